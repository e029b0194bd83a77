/**
 * Fresh Debian machines for the appliance tests, without containers: a minimal Debian root with
 * systemd made by `debootstrap` (once per test run, kept as a tarball in test/artifacts for the next local
 * run), copied for each machine through an overlay mount, with /proc mounted, optionally inside
 * its own network namespace. The node's package is built by the project's own build
 * (deploy/appliance/build.ts) and installed with dpkg inside the root, as an operator would.
 * Needs root, `debootstrap` (make test-deps) and Debian's mirror.
 *
 * @example
 *   const deb = await buildTestPackage();
 *   await using machine = await DebianMachine.create('ke', { netns: true });
 *   const install = await machine.run(['dpkg', '-i', await machine.copyIn(deb)]);
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../../deploy/appliance/build.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const ROOT_CACHE = join(ARTIFACTS, 'debian-minbase-systemd.tar');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a host command; resolves with its output whatever its exit code. */
export function runHost(command: string, args: readonly string[], input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a command that reads nothing may exit first
    child.stdin.end(input ?? '');
  });
}

async function must(command: string, args: readonly string[]): Promise<string> {
  const result = await runHost(command, args);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.code}): ${result.stderr || result.stdout}`,
    );
  }
  return result.stdout;
}

/** Whether this machine can run the appliance tests, and if not why. */
export function applianceTestsUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'they need root (chroot, mounts, network namespaces)';
  if (!existsSync('/usr/sbin/debootstrap'))
    return 'debootstrap is not installed (make test-deps installs it)';
  return undefined;
}

async function codename(): Promise<string> {
  const release = await readFile('/etc/os-release', 'utf8');
  return /^VERSION_CODENAME=(\w+)$/m.exec(release)?.[1] ?? 'bookworm';
}

let base: Promise<string> | undefined;
const cleanups: string[] = [];

/** The shared minimal Debian root (read-only: machines write into their own overlay). */
export function debianBase(): Promise<string> {
  base ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cen-debian-'));
    cleanups.push(dir);
    const root = join(dir, 'root');
    await mkdir(root);
    if (existsSync(ROOT_CACHE)) {
      await must('tar', ['-C', root, '-xf', ROOT_CACHE]);
    } else {
      await must('debootstrap', [
        '--variant=minbase',
        await codename(),
        root,
        'http://deb.debian.org/debian',
      ]);
      await mkdir(ARTIFACTS, { recursive: true });
      await must('tar', ['-C', root, '-cf', `${ROOT_CACHE}.tmp`, '.']);
      await must('mv', [`${ROOT_CACHE}.tmp`, ROOT_CACHE]);
    }
    return root;
  })();
  return base;
}

const packages = new Map<string, Promise<string>>();

/** The node's package as `make appliance` builds it, once per version per test run. */
export function buildTestPackage(version?: string): Promise<string> {
  const key = version ?? '';
  let built = packages.get(key);
  if (!built) {
    built = (async () => {
      const out = await mkdtemp(join(tmpdir(), 'cen-deb-out-'));
      cleanups.push(out);
      return buildPackage({ outDir: out, ...(version ? { version } : {}), compression: 'zstd' });
    })();
    packages.set(key, built);
  }
  return built;
}

process.on('exit', () => {
  for (const dir of cleanups) {
    // Synchronous on exit: nothing may stay mounted under what is removed.
    try {
      execFileSync('rm', ['-rf', '--one-file-system', dir]);
    } catch {
      // best effort
    }
  }
});

export interface MachineOptions {
  /** Put the machine in its own network namespace (with only loopback until `link` adds a cable). */
  netns?: boolean;
}

/** One Debian machine: an overlay of the base root, /proc mounted, perhaps its own netns. */
export class DebianMachine implements AsyncDisposable {
  readonly name: string;
  readonly root: string;
  readonly netns: string | undefined;
  readonly #dir: string;
  readonly #children = new Set<ChildProcess>();
  readonly #links: string[] = [];
  /** systemd-nspawn while the machine is booted, and its PID 1 as the host sees it. */
  #booted: { nspawn: ChildProcess; leader: number; output: () => string } | undefined;

  private constructor(name: string, dir: string, netns: string | undefined) {
    this.name = name;
    this.#dir = dir;
    this.root = join(dir, 'merged');
    this.netns = netns;
  }

  static async create(name: string, options: MachineOptions = {}): Promise<DebianMachine> {
    const lower = await debianBase();
    const dir = await mkdtemp(join(tmpdir(), `cen-machine-${name}-`));
    cleanups.push(dir);
    for (const sub of ['upper', 'work', 'merged']) await mkdir(join(dir, sub));
    const netns = options.netns ? `cen${process.pid % 100000}${name}`.slice(0, 15) : undefined;
    const machine = new DebianMachine(name, dir, netns);
    await must('mount', [
      '-t',
      'overlay',
      'overlay',
      '-o',
      `lowerdir=${lower},upperdir=${join(dir, 'upper')},workdir=${join(dir, 'work')}`,
      machine.root,
    ]);
    await must('mount', ['-t', 'proc', 'proc', join(machine.root, 'proc')]);
    await must('mount', ['-t', 'tmpfs', '-o', 'mode=1777', 'tmpfs', join(machine.root, 'dev/shm')]);
    if (netns) {
      await must('ip', ['netns', 'add', netns]);
      await must('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
    }
    return machine;
  }

  /**
   * The command prefix that enters the machine: the booted system's namespaces (its PID 1's), or
   * else its network namespace and root.
   */
  #enter(args: readonly string[]): [string, string[]] {
    if (this.#booted) return ['nsenter', ['-t', String(this.#booted.leader), '-a', '--', ...args]];
    const chrooted = ['chroot', this.root, ...args];
    return this.netns
      ? ['ip', ['netns', 'exec', this.netns, ...chrooted]]
      : [chrooted[0]!, chrooted.slice(1)];
  }

  /** Runs a command inside the machine, as root; resolves whatever its exit code. */
  run(args: readonly string[], input?: string): Promise<RunResult> {
    const [command, full] = this.#enter([
      'env',
      '-i',
      'PATH=/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      ...args,
    ]);
    return runHost(command, full, input);
  }

  /** Like `run`, but throws with the output when the command fails. */
  async must(args: readonly string[]): Promise<string> {
    const result = await this.run(args);
    if (result.code !== 0) {
      throw new Error(
        `${this.name}: ${args.join(' ')} failed (${result.code}):\n${result.stdout}\n${result.stderr}`,
      );
    }
    return result.stdout;
  }

  /** Starts a long-running command inside the machine; `close()` stops it. */
  spawn(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
    const variables = Object.entries({ PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', ...env }).map(
      ([k, v]) => `${k}=${v}`,
    );
    const [command, full] = this.#enter(['env', '-i', ...variables, ...args]);
    const child = spawn(command, full, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#children.add(child);
    child.on('exit', () => this.#children.delete(child));
    return child;
  }

  /**
   * Boots the machine: systemd as PID 1 in a container (systemd-nspawn) in the machine's network
   * namespace, which starts the enabled units as on real hardware. Resolves once the boot is done.
   */
  async boot(): Promise<void> {
    if (this.#booted) throw new Error(`${this.name} is running already`);
    // The booted system mounts its own /proc and /dev.
    for (const mount of ['dev/shm', 'proc']) await must('umount', [join(this.root, mount)]);
    const nspawn = spawn(
      'systemd-nspawn',
      [
        '--directory',
        this.root,
        '--boot',
        '--register=no',
        '--keep-unit',
        '--quiet',
        `--machine=${this.netns ?? `cen${process.pid % 100000}${this.name}`}`,
        ...(this.netns ? [`--network-namespace-path=/run/netns/${this.netns}`] : []),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    nspawn.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    nspawn.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const until = Date.now() + 120_000;
    const fail = (why: string) => {
      nspawn.kill('SIGKILL');
      return new Error(`${this.name} did not boot (${why}):\n${output}`);
    };
    // The container's PID 1 is systemd, a child of nspawn once its helper process has gone.
    let leader: number | undefined;
    while (leader === undefined) {
      if (nspawn.exitCode !== null || Date.now() > until) throw fail('no systemd');
      const children = await readFile(`/proc/${nspawn.pid}/task/${nspawn.pid}/children`, 'utf8').catch(
        () => '',
      );
      for (const pid of children.trim().split(/\s+/).filter(Boolean)) {
        const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
        if (comm.trim() === 'systemd') leader = Number(pid);
      }
      if (leader === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.#booted = { nspawn, leader, output: () => output };
    // `--wait` returns when the boot is over: running, or degraded (a unit failed). Before its bus
    // is up, systemctl answers nothing useful: ask again.
    for (;;) {
      const state = (await this.run(['systemctl', 'is-system-running', '--wait'])).stdout.trim();
      if (state === 'running' || state === 'degraded') return;
      if (nspawn.exitCode !== null || Date.now() > until) throw fail(`state ${state || 'unknown'}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The booted system's console output (systemd's boot and shutdown messages). */
  get bootOutput(): string {
    return this.#booted?.output() ?? '';
  }

  /** Shuts the booted machine down cleanly (as a power button does: systemd stops every unit). */
  async shutdown(): Promise<void> {
    const booted = this.#booted;
    if (!booted) return;
    const exited = new Promise((resolve) => booted.nspawn.once('exit', resolve));
    if (booted.nspawn.exitCode === null) {
      booted.nspawn.kill('SIGTERM'); // nspawn asks the container's systemd to power off
      const timer = setTimeout(() => booted.nspawn.kill('SIGKILL'), 90_000);
      await exited;
      clearTimeout(timer);
    }
    this.#booted = undefined;
    await must('mount', ['-t', 'proc', 'proc', join(this.root, 'proc')]);
    await must('mount', ['-t', 'tmpfs', '-o', 'mode=1777', 'tmpfs', join(this.root, 'dev/shm')]);
  }

  /**
   * Copies a host file into the machine's /var/tmp (a booted machine has its own /tmp); resolves
   * to its path inside the machine.
   */
  async copyIn(file: string): Promise<string> {
    const inside = `/var/tmp/${basename(file)}`;
    await copyFile(file, join(this.root, inside));
    return inside;
  }

  /** A path inside the machine, as the host sees it. */
  path(inside: string): string {
    return join(this.root, inside);
  }

  async exists(inside: string): Promise<boolean> {
    return stat(this.path(inside)).then(
      () => true,
      () => false,
    );
  }

  /**
   * A cable from this machine's namespace: a veth pair whose inner end is `eth<n>` with `address`
   * (CIDR) and whose outer end goes into `outerNetns` (the host's namespace when undefined),
   * attached to `bridge` there when given. Returns the outer end's name (to cut the cable).
   */
  async link(
    address: string,
    outer: { netns?: string; bridge?: string; address?: string } = {},
  ): Promise<string> {
    if (!this.netns) throw new Error(`${this.name} has no network namespace`);
    const index = this.#links.length;
    const outerName = `${this.netns.slice(0, 11)}o${index}`;
    const innerName = `${this.netns.slice(0, 11)}i${index}`;
    await must('ip', ['link', 'add', outerName, 'type', 'veth', 'peer', 'name', innerName]);
    this.#links.push(outer.netns ? '' : outerName);
    await must('ip', ['link', 'set', innerName, 'netns', this.netns]);
    await must('ip', ['-n', this.netns, 'link', 'set', innerName, 'name', `eth${index}`]);
    await must('ip', ['-n', this.netns, 'addr', 'add', address, 'dev', `eth${index}`]);
    await must('ip', ['-n', this.netns, 'link', 'set', `eth${index}`, 'up']);
    const ns = outer.netns ? ['-n', outer.netns] : [];
    if (outer.netns) await must('ip', ['link', 'set', outerName, 'netns', outer.netns]);
    if (outer.bridge) await must('ip', [...ns, 'link', 'set', outerName, 'master', outer.bridge]);
    if (outer.address) await must('ip', [...ns, 'addr', 'add', outer.address, 'dev', outerName]);
    await must('ip', [...ns, 'link', 'set', outerName, 'up']);
    return outerName;
  }

  async close(): Promise<void> {
    await this.shutdown().catch(() => undefined);
    for (const child of this.#children) child.kill('SIGKILL');
    await Promise.all(
      [...this.#children].map((child) => new Promise((resolve) => child.once('exit', resolve))),
    );
    // Anything still running inside (a daemon the package started) would keep the mounts busy.
    await runHost('fuser', ['-k', '-m', this.root]).catch(() => undefined);
    for (const mount of ['dev/shm', 'proc', '']) {
      await runHost('umount', ['-l', join(this.root, mount)]);
    }
    for (const name of this.#links) if (name) await runHost('ip', ['link', 'del', name]);
    if (this.netns) await runHost('ip', ['netns', 'del', this.netns]);
    await rm(this.#dir, { recursive: true, force: true });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** A namespace holding only a bridge: the switch the machines' cables plug into. */
export class NetworkSwitch implements AsyncDisposable {
  readonly netns: string;
  readonly bridge = 'br0';

  private constructor(netns: string) {
    this.netns = netns;
  }

  static async create(name: string): Promise<NetworkSwitch> {
    const netns = `cen${process.pid % 100000}${name}`.slice(0, 15);
    await must('ip', ['netns', 'add', netns]);
    const sw = new NetworkSwitch(netns);
    await must('ip', ['-n', netns, 'link', 'add', sw.bridge, 'type', 'bridge']);
    await must('ip', ['-n', netns, 'link', 'set', sw.bridge, 'up']);
    return sw;
  }

  /** Unplugs (down) or plugs back (up) a cable by its outer end's name. */
  async setCable(outerName: string, state: 'up' | 'down'): Promise<void> {
    await must('ip', ['-n', this.netns, 'link', 'set', outerName, state]);
  }

  async close(): Promise<void> {
    await runHost('ip', ['netns', 'del', this.netns]);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/** Reads the `Key=value` lines of a systemd unit's section (repeated keys give several values). */
export function unitSettings(text: string, section: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = header[1]!;
      continue;
    }
    if (current !== section) continue;
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    settings.set(key, [...(settings.get(key) ?? []), line.slice(eq + 1)]);
  }
  return settings;
}

/** Reads an EnvironmentFile the way systemd does for plain `KEY=value` lines. */
export function environmentFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/**
 * Starts an installed systemd service's command the way systemd would, without systemd: its
 * ExecStart as its User, with its EnvironmentFile and Environment (and `${VAR}` replaced).
 */
export async function startUnit(machine: DebianMachine, unit: string): Promise<ChildProcess> {
  const text = await readFile(machine.path(`/lib/systemd/system/${unit}`), 'utf8');
  const service = unitSettings(text, 'Service');
  const env: Record<string, string> = {};
  for (const file of service.get('EnvironmentFile') ?? []) {
    Object.assign(env, environmentFile(await readFile(machine.path(file.replace(/^-/, '')), 'utf8')));
  }
  for (const assignment of service.get('Environment') ?? []) {
    const eq = assignment.indexOf('=');
    env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
  }
  const execStart = service.get('ExecStart')?.[0];
  const user = service.get('User')?.[0];
  if (!execStart || !user) throw new Error(`${unit} has no ExecStart or no User`);
  const argv = execStart
    .split(/\s+/)
    .map((word) => word.replace(/\$\{(\w+)\}/g, (_, name: string) => env[name] ?? ''));
  return machine.spawn(
    ['setpriv', `--reuid=${user}`, `--regid=${user}`, '--init-groups', '--inh-caps=-all', '--', ...argv],
    env,
  );
}
