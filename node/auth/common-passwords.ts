/**
 * A compact list of the passwords (and the words at their core) that lead every published leak
 * corpus, plus their usual translations in the console's languages and words an attacker would
 * try first against a customs administration. `password-policy.ts` strips digits and symbols at
 * either end and undoes leetspeak before it looks a password up here, so `Summer2026!` and
 * `P@ssw0rd1234` are caught by `summer` and `password`.
 */
const WORDS = `
password passwd passw0rd pass pass123 password1 password123 motdepasse contrasena contrasenya senha
passwort kennwort parola wachtwoord salasana haslo parolparol secret secreto secretpassword
changeme changeit default guest test testing tester admin administrator adminadmin root toor
superuser sysadmin system manager login logon access letmein welcome welcome1 bienvenue bienvenido
willkommen hello helloworld hi iloveyou iloveu loveme love lovely lover loveyou
qwerty qwertyui qwertyuiop qwertz qwertzuiop azerty azertyuiop asdf asdfgh asdfghjk asdfghjkl
zxcvbn zxcvbnm qazwsx qazwsxedc 1qaz2wsx 1qaz2wsx3edc zaq12wsx zaq1zaq1 1q2w3e4r 1q2w3e4r5t
1q2w3e4r5t6y qweasd qweasdzxc qwe123 asd123 zxc123 q1w2e3r4 q1w2e3r4t5 1qazxsw2 qwertyuiopasdfghjkl
abc abc123 abcd abcd1234 abcdef abcdefg abcdefgh abcdefghijkl aaaaaa aaaaaaaa
123456 1234567 12345678 123456789 1234567890 12345678910 123123 123321 654321 987654321
0987654321 111111 11111111 000000 00000000 121212 112233 123qwe 123abc 1234qwer 12qwaszx
111222 666666 777777 888888 999999 159753 147258369 159357 789456 789456123 147258
monkey dragon football baseball basketball soccer hockey tennis golf master sunshine princess
shadow superman batman spiderman starwars trustno1 whatever freedom ninja mustang michael
jennifer hunter jordan harley ranger buster killer george charlie andrew michelle pepper daniel
joshua maggie computer ashley thomas jessica amanda nicole matthew anthony robert william
jasmine hannah samantha sophie chocolate cookie cheese banana orange apple butterfly flower
summer winter spring autumn fall january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday
internet online server network cisco oracle microsoft windows linux ubuntu google facebook
yahoo hotmail gmail office office365 outlook company business corporate work password!
money dollar euro bitcoin lucky luckyone blessed god jesus christ angel angels heaven
hallo bonjour salut hola ciao privet marhaba shalom
liverpool chelsea arsenal barcelona realmadrid madrid manchester manutd juventus milan
bayern paris london newyork america canada france germany spain italy russia china india
brazil mexico africa europe nigeria kenya egypt
pokemon naruto matrix ferrari porsche mercedes corvette jaguar yankees cowboys eagles lakers
tigger pussycat kitten puppy doggie dog cat fish bird horse tiger lion bear wolf eagle
diamond silver golden gold platinum crystal rainbow purple yellow black white blue green
red pink starlight midnight moonlight sunrise sunset thunder lightning storm
princesa mariposa tequiero teamo jetaime ichliebedich tiamo
asdasd qweqwe zxczxc ababab aaaaa qqqqqq
hottie sexy babygirl babyboy baby sweety sweetheart honey darling
iloveme loveu trustme believe forever family friends friend together
jordan23 michael1 superman1 batman1 dragon1 monkey1 shadow1 master1 killer1
qwerty1 qwerty12 qwerty123 qwerty1234 password12 password1234 admin123 admin1234 root123
letmein1 welcome123 changeme123 test123 test1234 guest123 user user123 demo demo123
customs douane douanes aduana aduanas alfandega zoll tamozhnya gumruk dogana
enforcement seizure officer analyst police border borderpolice security
wco omd cen ncen cencomm interpol europol
captain hacker matrix1 phoenix zeus apollo spartan warrior legend
skywalker starwars1 whiskey vodka beer coffee pizza
soccer1 football1 baseball1 hockey1 basketball1
iamthebest mypassword yourpassword nopassword newpassword oldpassword temppassword temp
temporary initial start startup begin firsttime onetime reset forgot forgotten
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/).filter((word) => word.length > 0),
);
