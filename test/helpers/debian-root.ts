/**
 * Fresh Debian machines for the appliance tests, without a container engine: a minimal Debian
 * root with systemd made by `debootstrap` (once per test run, kept as a tarball in test/artifacts
 * for the next local run), copied for each machine through an overlay mount, optionally in its own
 * network namespace with cables to the host or to a switch. The node's package is built by the
 * project's own build (deploy/appliance/build.ts) and installed with dpkg inside the root, as an
 * operator would; `boot()` then runs the machine's systemd as PID 1 (systemd-nspawn), which starts
 * the enabled units. Needs root, `debootstrap` and `systemd-nspawn` (make test-deps) and Debian's
 * mirror.
 *
 * @example
 *   const deb = await buildTestPackage();
 *   await using machine = await DebianMachine.create('ke', { netns: true });
 *   await machine.must(['dpkg', '-i', await machine.copyIn(deb)]);
 *   await machine.boot();
 *   await machine.must(['systemctl', 'is-active', 'cen-node']);
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagePackage, type StagedPackage } from '../../deploy/appliance/build.ts';

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
  if (!existsSync('/usr/bin/systemd-nspawn'))
    return 'systemd-nspawn is not installed (make test-deps installs systemd-container)';
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
      // systemd as on a real appliance: the tests boot the machines with it.
      await must('debootstrap', [
        '--variant=minbase',
        '--include=systemd',
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
let staged: Promise<StagedPackage> | undefined;

/**
 * The node's package as `make appliance` builds it, once per version per test run (the tree is
 * staged once; uncompressed, since these packages never leave the machine).
 */
export function buildTestPackage(version?: string): Promise<string> {
  const key = version ?? '';
  let built = packages.get(key);
  if (!built) {
    built = (async () => {
      staged ??= stagePackage();
      const tree = await staged;
      const out = await mkdtemp(join(tmpdir(), 'cen-deb-out-'));
      cleanups.push(out);
      return tree.pack({ outDir: out, ...(version ? { version } : {}), compression: 'none' });
    })();
    packages.set(key, built);
  }
  return built;
}

process.on('exit', () => {
  // The staged tree is in the system's temporary folder too: leave no copy of it behind.
  void staged?.then((tree) => tree.close());
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
