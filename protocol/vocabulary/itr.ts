/**
 * ITR areas and commodities: the categories of the WCO Illicit Trade Report, which the global
 * CEN's statistics are built on. Every commodity belongs to exactly one area.
 *
 * HS codes are HS 2022. `hsCode` is the usual heading or subheading for the commodity (a
 * default for forms and generated data); `hsPrefixes` lists what an item's own `hsCode` may
 * start with, because many commodities are declared under several headings (tramadol as a
 * chemical or as tablets, clothing in chapters 61 and 62). Catch-all commodities have neither.
 */
import type { Labels, Term } from './vocabulary.ts';

export interface CommodityTerm extends Term {
  readonly itrArea: string;
  /** HS 2022 heading or subheading, digits only. */
  readonly hsCode?: string;
  /** Prefixes (chapter, heading or subheading) an item's hsCode may start with; defaults to hsCode's heading. */
  readonly hsPrefixes?: readonly string[];
  /** Unit offered first when an officer picks this commodity (vocabulary: unit). */
  readonly defaultUnit: string;
}

export const itrAreaTerms: readonly Term[] = [
  {
    code: 'drugs',
    labels: { en: 'Drugs', fr: 'Drogues', es: 'Drogas', ru: 'Наркотики', ar: 'المخدرات', pt: 'Drogas' },
  },
  {
    code: 'environment',
    labels: {
      en: 'Environment',
      fr: 'Environnement',
      es: 'Medio ambiente',
      ru: 'Окружающая среда',
      ar: 'البيئة',
      pt: 'Meio ambiente',
    },
  },
  {
    code: 'ipr-health-safety',
    labels: {
      en: 'IPR, health and safety',
      fr: 'DPI, santé et sécurité',
      es: 'DPI, salud y seguridad',
      ru: 'ПИС, здоровье и безопасность',
      ar: 'حقوق الملكية الفكرية والصحة والسلامة',
      pt: 'DPI, saúde e segurança',
    },
  },
  {
    code: 'revenue',
    labels: { en: 'Revenue', fr: 'Recettes', es: 'Ingresos', ru: 'Доходы', ar: 'الإيرادات', pt: 'Receitas' },
  },
  {
    code: 'security',
    labels: {
      en: 'Security',
      fr: 'Sécurité',
      es: 'Seguridad',
      ru: 'Безопасность',
      ar: 'الأمن',
      pt: 'Segurança',
    },
  },
  {
    code: 'cultural-heritage',
    labels: {
      en: 'Cultural heritage',
      fr: 'Patrimoine culturel',
      es: 'Patrimonio cultural',
      ru: 'Культурное наследие',
      ar: 'التراث الثقافي',
      pt: 'Patrimônio cultural',
    },
  },
  {
    code: 'money-laundering',
    labels: {
      en: 'Money laundering',
      fr: 'Blanchiment de capitaux',
      es: 'Blanqueo de capitales',
      ru: 'Отмывание денег',
      ar: 'غسل الأموال',
      pt: 'Lavagem de dinheiro',
    },
  },
];

type CommodityData = Omit<CommodityTerm, 'code' | 'labels' | 'itrArea'>;

function commodities(
  itrArea: string,
  list: readonly (readonly [code: string, labels: Labels, data: CommodityData])[],
): CommodityTerm[] {
  return list.map(([code, labels, data]) => ({ code, labels, itrArea, ...data }));
}

const drugs = commodities('drugs', [
  [
    'cannabis-herbal',
    {
      en: 'Cannabis (herbal)',
      fr: 'Cannabis (herbe)',
      es: 'Cannabis (hierba)',
      ru: 'Каннабис (трава)',
      ar: 'القنب العشبي',
      pt: 'Cannabis (erva)',
    },
    { hsCode: '121190', defaultUnit: 'kg' },
  ],
  [
    'cannabis-resin',
    {
      en: 'Cannabis resin',
      fr: 'Résine de cannabis',
      es: 'Resina de cannabis',
      ru: 'Смола каннабиса',
      ar: 'راتنج القنب',
      pt: 'Resina de cannabis',
    },
    { hsCode: '130190', defaultUnit: 'kg' },
  ],
  [
    'cannabis-oil',
    {
      en: 'Cannabis oil',
      fr: 'Huile de cannabis',
      es: 'Aceite de cannabis',
      ru: 'Масло каннабиса',
      ar: 'زيت القنب',
      pt: 'Óleo de cannabis',
    },
    { hsCode: '130219', defaultUnit: 'l' },
  ],
  [
    'cannabis-plants',
    {
      en: 'Cannabis plants',
      fr: 'Plants de cannabis',
      es: 'Plantas de cannabis',
      ru: 'Растения каннабиса',
      ar: 'نباتات القنب',
      pt: 'Plantas de cannabis',
    },
    { hsCode: '060290', defaultUnit: 'plants' },
  ],
  [
    'cocaine',
    { en: 'Cocaine', fr: 'Cocaïne', es: 'Cocaína', ru: 'Кокаин', ar: 'الكوكايين', pt: 'Cocaína' },
    { hsCode: '293972', defaultUnit: 'kg' },
  ],
  [
    'heroin',
    { en: 'Heroin', fr: 'Héroïne', es: 'Heroína', ru: 'Героин', ar: 'الهيروين', pt: 'Heroína' },
    { hsCode: '293911', defaultUnit: 'kg' },
  ],
  [
    'opium',
    { en: 'Opium', fr: 'Opium', es: 'Opio', ru: 'Опий', ar: 'الأفيون', pt: 'Ópio' },
    { hsCode: '130211', defaultUnit: 'kg' },
  ],
  [
    'methamphetamine',
    {
      en: 'Methamphetamine',
      fr: 'Méthamphétamine',
      es: 'Metanfetamina',
      ru: 'Метамфетамин',
      ar: 'الميثامفيتامين',
      pt: 'Metanfetamina',
    },
    { hsCode: '293945', defaultUnit: 'kg' },
  ],
  [
    'amphetamine',
    {
      en: 'Amphetamine',
      fr: 'Amphétamine',
      es: 'Anfetamina',
      ru: 'Амфетамин',
      ar: 'الأمفيتامين',
      pt: 'Anfetamina',
    },
    { hsCode: '292146', defaultUnit: 'kg' },
  ],
  [
    'captagon',
    { en: 'Captagon', fr: 'Captagon', es: 'Captagón', ru: 'Каптагон', ar: 'الكبتاغون', pt: 'Captagon' },
    // Sold as fenetylline (2939.51) but seized tablets are mostly amphetamine (2921.46).
    { hsCode: '292146', hsPrefixes: ['2921', '2939', '3004'], defaultUnit: 'tablets' },
  ],
  [
    'mdma',
    {
      en: 'MDMA (ecstasy)',
      fr: 'MDMA (ecstasy)',
      es: 'MDMA (éxtasis)',
      ru: 'МДМА (экстази)',
      ar: 'إم دي إم إيه (إكستاسي)',
      pt: 'MDMA (ecstasy)',
    },
    { hsCode: '293299', defaultUnit: 'tablets' },
  ],
  [
    'khat',
    { en: 'Khat', fr: 'Khat', es: 'Khat', ru: 'Кат', ar: 'القات', pt: 'Khat' },
    { hsCode: '121190', defaultUnit: 'kg' },
  ],
  [
    'tramadol',
    { en: 'Tramadol', fr: 'Tramadol', es: 'Tramadol', ru: 'Трамадол', ar: 'الترامادول', pt: 'Tramadol' },
    { hsCode: '292219', hsPrefixes: ['2922', '3003', '3004'], defaultUnit: 'tablets' },
  ],
  [
    'fentanyl',
    { en: 'Fentanyl', fr: 'Fentanyl', es: 'Fentanilo', ru: 'Фентанил', ar: 'الفنتانيل', pt: 'Fentanil' },
    { hsCode: '293333', hsPrefixes: ['2933', '3003', '3004'], defaultUnit: 'g' },
  ],
  [
    'ketamine',
    { en: 'Ketamine', fr: 'Kétamine', es: 'Ketamina', ru: 'Кетамин', ar: 'الكيتامين', pt: 'Cetamina' },
    { hsCode: '292239', hsPrefixes: ['2922', '3003', '3004'], defaultUnit: 'kg' },
  ],
  [
    'new-psychoactive-substances',
    {
      en: 'New psychoactive substances',
      fr: 'Nouvelles substances psychoactives',
      es: 'Nuevas sustancias psicoactivas',
      ru: 'Новые психоактивные вещества',
      ar: 'المؤثرات النفسانية الجديدة',
      pt: 'Novas substâncias psicoativas',
    },
    // Synthetic cathinones and cannabinoids in chapter 29, kratom and similar plants in 12 and 13.
    { hsCode: '293399', hsPrefixes: ['12', '13', '29', '30'], defaultUnit: 'kg' },
  ],
  [
    'precursors',
    {
      en: 'Precursors',
      fr: 'Précurseurs',
      es: 'Precursores',
      ru: 'Прекурсоры',
      ar: 'السلائف',
      pt: 'Precursores',
    },
    // Acetic anhydride (heroin) as the usual default; precursors span chapters 28, 29 and 38.
    { hsCode: '291524', hsPrefixes: ['28', '29', '38'], defaultUnit: 'kg' },
  ],
]);

const revenue = commodities('revenue', [
  [
    'cigarettes',
    { en: 'Cigarettes', fr: 'Cigarettes', es: 'Cigarrillos', ru: 'Сигареты', ar: 'السجائر', pt: 'Cigarros' },
    { hsCode: '240220', defaultUnit: 'sticks' },
  ],
  [
    'tobacco-other',
    {
      en: 'Other tobacco products',
      fr: 'Autres produits du tabac',
      es: 'Otros productos de tabaco',
      ru: 'Прочие табачные изделия',
      ar: 'منتجات التبغ الأخرى',
      pt: 'Outros produtos de tabaco',
    },
    // 2404 (HS 2022) holds heated tobacco and nicotine products.
    { hsCode: '240319', hsPrefixes: ['2401', '2402', '2403', '2404'], defaultUnit: 'kg' },
  ],
  [
    'alcohol',
    {
      en: 'Alcohol and alcoholic beverages',
      fr: 'Alcool et boissons alcooliques',
      es: 'Alcohol y bebidas alcohólicas',
      ru: 'Алкоголь и алкогольные напитки',
      ar: 'الكحول والمشروبات الكحولية',
      pt: 'Álcool e bebidas alcoólicas',
    },
    { hsCode: '2208', hsPrefixes: ['2203', '2204', '2205', '2206', '2207', '2208'], defaultUnit: 'l' },
  ],
  [
    'fuel',
    { en: 'Fuel', fr: 'Carburant', es: 'Combustible', ru: 'Топливо', ar: 'الوقود', pt: 'Combustível' },
    { hsCode: '2710', hsPrefixes: ['2709', '2710', '2711'], defaultUnit: 'l' },
  ],
  [
    'sugar',
    { en: 'Sugar', fr: 'Sucre', es: 'Azúcar', ru: 'Сахар', ar: 'السكر', pt: 'Açúcar' },
    { hsCode: '1701', hsPrefixes: ['1701', '1702'], defaultUnit: 'kg' },
  ],
  [
    'revenue-other',
    {
      en: 'Other revenue-sensitive goods',
      fr: 'Autres marchandises sensibles (recettes)',
      es: 'Otras mercancías sensibles (ingresos)',
      ru: 'Прочие товары (доходы)',
      ar: 'سلع أخرى حساسة من حيث الإيرادات',
      pt: 'Outras mercadorias sensíveis (receitas)',
    },
    { defaultUnit: 'kg' },
  ],
]);

const iprHealthSafety = commodities('ipr-health-safety', [
  [
    'counterfeit-clothing',
    {
      en: 'Counterfeit clothing',
      fr: 'Vêtements contrefaits',
      es: 'Prendas de vestir falsificadas',
      ru: 'Контрафактная одежда',
      ar: 'ملابس مقلدة',
      pt: 'Roupas falsificadas',
    },
    { hsCode: '6109', hsPrefixes: ['61', '62', '63'], defaultUnit: 'pieces' },
  ],
  [
    'counterfeit-footwear',
    {
      en: 'Counterfeit footwear',
      fr: 'Chaussures contrefaites',
      es: 'Calzado falsificado',
      ru: 'Контрафактная обувь',
      ar: 'أحذية مقلدة',
      pt: 'Calçados falsificados',
    },
    { hsCode: '6404', hsPrefixes: ['64'], defaultUnit: 'pairs' },
  ],
  [
    'counterfeit-accessories',
    {
      en: 'Counterfeit accessories',
      fr: 'Accessoires contrefaits',
      es: 'Accesorios falsificados',
      ru: 'Контрафактные аксессуары',
      ar: 'إكسسوارات مقلدة',
      pt: 'Acessórios falsificados',
    },
    // Bags (42), headwear (65), imitation jewellery (7117), sunglasses (9004), watches (91).
    { hsCode: '4202', hsPrefixes: ['42', '65', '7117', '9004', '91'], defaultUnit: 'pieces' },
  ],
  [
    'counterfeit-electronics',
    {
      en: 'Counterfeit electronics',
      fr: 'Appareils électroniques contrefaits',
      es: 'Aparatos electrónicos falsificados',
      ru: 'Контрафактная электроника',
      ar: 'أجهزة إلكترونية مقلدة',
      pt: 'Eletrônicos falsificados',
    },
    { hsCode: '8517', hsPrefixes: ['84', '85', '90'], defaultUnit: 'pieces' },
  ],
  [
    'counterfeit-medicines',
    {
      en: 'Counterfeit medicines',
      fr: 'Médicaments contrefaits',
      es: 'Medicamentos falsificados',
      ru: 'Фальсифицированные лекарственные средства',
      ar: 'أدوية مزيفة',
      pt: 'Medicamentos falsificados',
    },
    { hsCode: '3004', hsPrefixes: ['3002', '3003', '3004', '3006'], defaultUnit: 'tablets' },
  ],
  [
    'counterfeit-cosmetics',
    {
      en: 'Counterfeit cosmetics',
      fr: 'Cosmétiques contrefaits',
      es: 'Cosméticos falsificados',
      ru: 'Контрафактная косметика',
      ar: 'مستحضرات تجميل مقلدة',
      pt: 'Cosméticos falsificados',
    },
    { hsCode: '3304', hsPrefixes: ['3303', '3304', '3305', '3307', '3401'], defaultUnit: 'pieces' },
  ],
  [
    'counterfeit-toys',
    {
      en: 'Counterfeit toys',
      fr: 'Jouets contrefaits',
      es: 'Juguetes falsificados',
      ru: 'Контрафактные игрушки',
      ar: 'ألعاب أطفال مقلدة',
      pt: 'Brinquedos falsificados',
    },
    { hsCode: '9503', hsPrefixes: ['9503', '9504', '9505'], defaultUnit: 'pieces' },
  ],
  [
    'counterfeit-spare-parts',
    {
      en: 'Counterfeit spare parts',
      fr: 'Pièces détachées contrefaites',
      es: 'Repuestos falsificados',
      ru: 'Контрафактные запасные части',
      ar: 'قطع غيار مقلدة',
      pt: 'Peças de reposição falsificadas',
    },
    { hsCode: '8708', hsPrefixes: ['40', '68', '73', '84', '85', '87', '88'], defaultUnit: 'pieces' },
  ],
  [
    'unsafe-food',
    {
      en: 'Unsafe foodstuffs',
      fr: 'Denrées alimentaires dangereuses',
      es: 'Alimentos no aptos para el consumo',
      ru: 'Небезопасная пищевая продукция',
      ar: 'أغذية غير آمنة',
      pt: 'Alimentos impróprios para consumo',
    },
    {
      hsPrefixes: Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0')),
      defaultUnit: 'kg',
    },
  ],
]);

const environment = commodities('environment', [
  [
    'ivory',
    { en: 'Ivory', fr: 'Ivoire', es: 'Marfil', ru: 'Слоновая кость', ar: 'العاج', pt: 'Marfim' },
    { hsCode: '050790', hsPrefixes: ['0507', '9601', '97'], defaultUnit: 'kg' },
  ],
  [
    'rhino-horn',
    {
      en: 'Rhinoceros horn',
      fr: 'Corne de rhinocéros',
      es: 'Cuerno de rinoceronte',
      ru: 'Рог носорога',
      ar: 'قرن وحيد القرن',
      pt: 'Chifre de rinoceronte',
    },
    { hsCode: '050790', hsPrefixes: ['0507', '9601', '97'], defaultUnit: 'kg' },
  ],
  [
    'pangolin-scales',
    {
      en: 'Pangolin scales',
      fr: 'Écailles de pangolin',
      es: 'Escamas de pangolín',
      ru: 'Чешуя панголина',
      ar: 'حراشف آكل النمل الحرشفي',
      pt: 'Escamas de pangolim',
    },
    { hsCode: '050790', hsPrefixes: ['0507', '0510'], defaultUnit: 'kg' },
  ],
  [
    'live-animals',
    {
      en: 'Live animals',
      fr: 'Animaux vivants',
      es: 'Animales vivos',
      ru: 'Живые животные',
      ar: 'حيوانات حية',
      pt: 'Animais vivos',
    },
    // Live fish and invertebrates are in chapter 03.
    { hsCode: '0106', hsPrefixes: ['01', '0301', '0306', '0307', '0308'], defaultUnit: 'pieces' },
  ],
  [
    'timber',
    { en: 'Timber', fr: 'Bois', es: 'Madera', ru: 'Древесина', ar: 'الأخشاب', pt: 'Madeira' },
    { hsCode: '4403', hsPrefixes: ['44'], defaultUnit: 'm3' },
  ],
  [
    'ozone-depleting-substances',
    {
      en: 'Ozone-depleting substances',
      fr: 'Substances appauvrissant la couche d’ozone',
      es: 'Sustancias que agotan la capa de ozono',
      ru: 'Озоноразрушающие вещества',
      ar: 'المواد المستنفدة للأوزون',
      pt: 'Substâncias que destroem a camada de ozônio',
    },
    // 3827 (HS 2022) holds mixtures of halogenated derivatives.
    { hsCode: '290371', hsPrefixes: ['2903', '3824', '3827'], defaultUnit: 'kg' },
  ],
  [
    'hazardous-waste',
    {
      en: 'Hazardous waste',
      fr: 'Déchets dangereux',
      es: 'Desechos peligrosos',
      ru: 'Опасные отходы',
      ar: 'النفايات الخطرة',
      pt: 'Resíduos perigosos',
    },
    // 8549 (HS 2022) is electrical and electronic waste.
    {
      hsCode: '8549',
      hsPrefixes: ['2620', '2621', '2710', '3825', '3915', '4004', '6309', '7204', '8548', '8549'],
      defaultUnit: 'kg',
    },
  ],
  [
    'wildlife-other',
    {
      en: 'Other wildlife products',
      fr: 'Autres produits de la faune et de la flore sauvages',
      es: 'Otros productos de fauna y flora silvestres',
      ru: 'Прочие объекты дикой фауны и флоры',
      ar: 'منتجات أخرى من الأحياء البرية',
      pt: 'Outros produtos da fauna e flora silvestres',
    },
    { defaultUnit: 'kg' },
  ],
]);

const security = commodities('security', [
  [
    'firearms',
    {
      en: 'Firearms',
      fr: 'Armes à feu',
      es: 'Armas de fuego',
      ru: 'Огнестрельное оружие',
      ar: 'الأسلحة النارية',
      pt: 'Armas de fogo',
    },
    { hsCode: '9302', hsPrefixes: ['9301', '9302', '9303', '9304'], defaultUnit: 'pieces' },
  ],
  [
    'ammunition',
    { en: 'Ammunition', fr: 'Munitions', es: 'Municiones', ru: 'Боеприпасы', ar: 'الذخائر', pt: 'Munições' },
    { hsCode: '9306', defaultUnit: 'pieces' },
  ],
  [
    'explosives',
    {
      en: 'Explosives',
      fr: 'Explosifs',
      es: 'Explosivos',
      ru: 'Взрывчатые вещества',
      ar: 'المتفجرات',
      pt: 'Explosivos',
    },
    { hsCode: '3602', hsPrefixes: ['36'], defaultUnit: 'kg' },
  ],
  [
    'firearm-parts',
    {
      en: 'Firearm parts and components',
      fr: 'Pièces et éléments d’armes à feu',
      es: 'Piezas y componentes de armas de fuego',
      ru: 'Части и компоненты огнестрельного оружия',
      ar: 'أجزاء ومكونات الأسلحة النارية',
      pt: 'Peças e componentes de armas de fogo',
    },
    { hsCode: '9305', defaultUnit: 'pieces' },
  ],
  [
    'dual-use-goods',
    {
      en: 'Dual-use goods',
      fr: 'Biens à double usage',
      es: 'Productos de doble uso',
      ru: 'Товары двойного назначения',
      ar: 'السلع ذات الاستخدام المزدوج',
      pt: 'Bens de uso dual',
    },
    { defaultUnit: 'pieces' },
  ],
]);

const culturalHeritage = commodities('cultural-heritage', [
  [
    'archaeological-objects',
    {
      en: 'Archaeological objects',
      fr: 'Objets archéologiques',
      es: 'Objetos arqueológicos',
      ru: 'Археологические предметы',
      ar: 'القطع الأثرية',
      pt: 'Objetos arqueológicos',
    },
    { hsCode: '970510', hsPrefixes: ['9705', '9706'], defaultUnit: 'pieces' },
  ],
  [
    'artworks',
    {
      en: 'Works of art',
      fr: 'Œuvres d’art',
      es: 'Obras de arte',
      ru: 'Произведения искусства',
      ar: 'الأعمال الفنية',
      pt: 'Obras de arte',
    },
    { hsCode: '9701', hsPrefixes: ['9701', '9702', '9703', '9706'], defaultUnit: 'pieces' },
  ],
  [
    'manuscripts',
    {
      en: 'Manuscripts and old books',
      fr: 'Manuscrits et livres anciens',
      es: 'Manuscritos y libros antiguos',
      ru: 'Рукописи и старинные книги',
      ar: 'المخطوطات والكتب القديمة',
      pt: 'Manuscritos e livros antigos',
    },
    { hsCode: '9706', hsPrefixes: ['4901', '4906', '9705', '9706'], defaultUnit: 'pieces' },
  ],
  [
    'coins-antique',
    {
      en: 'Antique coins',
      fr: 'Monnaies anciennes',
      es: 'Monedas antiguas',
      ru: 'Старинные монеты',
      ar: 'العملات المعدنية الأثرية',
      pt: 'Moedas antigas',
    },
    { hsCode: '970531', hsPrefixes: ['7118', '9705'], defaultUnit: 'pieces' },
  ],
]);

const moneyLaundering = commodities('money-laundering', [
  [
    'cash',
    {
      en: 'Cash',
      fr: 'Espèces',
      es: 'Dinero en efectivo',
      ru: 'Наличные денежные средства',
      ar: 'الأموال النقدية',
      pt: 'Dinheiro em espécie',
    },
    { hsCode: '4907', hsPrefixes: ['4907', '7118'], defaultUnit: 'usd' },
  ],
  [
    'bearer-instruments',
    {
      en: 'Bearer negotiable instruments',
      fr: 'Instruments négociables au porteur',
      es: 'Instrumentos negociables al portador',
      ru: 'Оборотные инструменты на предъявителя',
      ar: 'الصكوك القابلة للتداول لحاملها',
      pt: 'Instrumentos negociáveis ao portador',
    },
    { hsCode: '4907', defaultUnit: 'usd' },
  ],
  [
    'gold',
    { en: 'Gold', fr: 'Or', es: 'Oro', ru: 'Золото', ar: 'الذهب', pt: 'Ouro' },
    { hsCode: '7108', hsPrefixes: ['7108', '7113', '7115', '7118'], defaultUnit: 'kg' },
  ],
  [
    'precious-stones',
    {
      en: 'Precious stones',
      fr: 'Pierres précieuses',
      es: 'Piedras preciosas',
      ru: 'Драгоценные камни',
      ar: 'الأحجار الكريمة',
      pt: 'Pedras preciosas',
    },
    { hsCode: '7102', hsPrefixes: ['7102', '7103', '7104', '7116'], defaultUnit: 'g' },
  ],
]);

export const commodityTerms: readonly CommodityTerm[] = [
  ...drugs,
  ...revenue,
  ...iprHealthSafety,
  ...environment,
  ...security,
  ...culturalHeritage,
  ...moneyLaundering,
];
