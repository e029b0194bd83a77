/**
 * Two network namespaces joined by one cable (a veth pair), for tests whose nodes must lose a
 * real link: `setLink('down')` takes the cable down in the kernel (no reset, no answer: packets
 * stop, as when a cable is pulled or a router dies), `setLink('up')` plugs it back. Each node runs
 * in its namespace through `exec` (`ip netns exec <ns> …`). Needs root; removed on dispose.
 *
 * @example
 *   await using pair = await NetnsPair.create();
 *   spawn(pair.exec('a')[0], [...pair.exec('a').slice(1), process.execPath, script]);
 *   await pair.setLink('down');
 */
import { runHost } from './debian-root.ts';

async function must(command: string, args: readonly string[]): Promise<void> {
  const result = await runHost(command, args);
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.code}): ${result.stderr || result.stdout}`,
    );
}

/** Why the namespace tests cannot run here, or undefined. */
export function netnsUnavailable(): string | undefined {
  return process.getuid?.() === 0 ? undefined : 'they need root (network namespaces)';
}

export class NetnsPair implements AsyncDisposable {
  readonly names: { a: string; b: string };
  readonly addresses = { a: '10.213.0.1', b: '10.213.0.2' } as const;

  private constructor(names: { a: string; b: string }) {
    this.names = names;
  }

  static async create(): Promise<NetnsPair> {
    const tag = `${process.pid % 100000}${Math.floor(Math.random() * 1000)}`;
    const pair = new NetnsPair({ a: `cena${tag}`.slice(0, 15), b: `cenb${tag}`.slice(0, 15) });
    const { a, b } = pair.names;
    await must('ip', ['netns', 'add', a]);
    await must('ip', ['netns', 'add', b]);
    try {
      await must('ip', [
        '-n',
        a,
        'link',
        'add',
        'cable',
        'type',
        'veth',
        'peer',
        'name',
        'cable',
        'netns',
        b,
      ]);
      for (const side of ['a', 'b'] as const) {
        const ns = pair.names[side];
        await must('ip', ['-n', ns, 'addr', 'add', `${pair.addresses[side]}/30`, 'dev', 'cable']);
        await must('ip', ['-n', ns, 'link', 'set', 'cable', 'up']);
        await must('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
      }
    } catch (err) {
      await pair.close();
      throw err;
    }
    return pair;
  }

  /** The command prefix that runs a program inside one side's namespace. */
  exec(side: 'a' | 'b'): string[] {
    return ['ip', 'netns', 'exec', this.names[side]];
  }

  /** Pulls the cable (down: on side a, which takes the pair's carrier down) or plugs it back. */
  async setLink(state: 'up' | 'down'): Promise<void> {
    await must('ip', ['-n', this.names.a, 'link', 'set', 'cable', state]);
  }

  async close(): Promise<void> {
    await runHost('ip', ['netns', 'del', this.names.a]);
    await runHost('ip', ['netns', 'del', this.names.b]);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
