// code-server 4.100.3 (VS Code 1.100.3 on Node 20) for the end-to-end tests on machines that
// cannot download VS Code: installed once into a cache folder outside the repository, started
// on 127.0.0.1 with throwaway config, user data, extensions and HOME, stopped by killing its
// process group. Shared by the suite runner (runCodeServer.ts) and the UI test (ui.ts).
// Every install detail here is one ../shared/E2E.md established.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const codeServerVersion = '4.100.3';

/** The repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Where code-server is installed: `$READOUT_E2E_CACHE`, else `~/.cache/readout-e2e`. */
export const cacheRoot = process.env.READOUT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'readout-e2e');

const installDir = path.join(cacheRoot, `code-server-${codeServerVersion}`);
const installedMarker = path.join(installDir, '.installed');
export const codeServerBin = path.join(installDir, 'node_modules', '.bin', 'code-server');

/** The Chromium to drive: `$READOUT_E2E_CHROMIUM`, else Debian's. */
export function findChromium(): string | undefined {
  const candidates = [process.env.READOUT_E2E_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export const log = (line: string) => process.stdout.write(`[e2e] ${line}\n`);

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Installs code-server into the cache folder unless it is there already. Needs Debian's
 * `libkrb5-dev` and `ripgrep` (CI installs them; this installs nothing with apt).
 */
export function ensureCodeServer(): void {
  if (existsSync(installedMarker) && existsSync(codeServerBin)) {
    log(`code-server ${codeServerVersion}: cached in ${installDir}`);
    return;
  }
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (!rg) throw new Error('ripgrep is missing: apt-get install -y ripgrep (code-server bundles @vscode/ripgrep, which would download rg)');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error('libkrb5-dev is missing: apt-get install -y libkrb5-dev (code-server builds the kerberos module)');
  }
  const started = Date.now();
  log(`code-server ${codeServerVersion}: installing into ${installDir} (about 1.5 minutes)`);

  // @vscode/ripgrep downloads rg unless its cache holds the archive: seed it with Debian's binary.
  const ripgrepCache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(ripgrepCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(archive)) {
    mkdirSync(ripgrepCache, { recursive: true });
    execFileSync('tar', ['-czf', archive, '-C', path.dirname(rg), path.basename(rg)]);
  }

  // A half-finished install (no marker) is thrown away and done again.
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(path.join(installDir, 'package.json'), `${JSON.stringify({ name: 'readout-e2e-code-server', private: true }, null, 2)}\n`);
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root otherwise
    npm_config_yes: 'true', // node-pty runs `npx node-gyp`
    npm_config_nodedir: '/usr', // node-gyp must not download headers
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const logFile = path.join(cacheRoot, `code-server-${codeServerVersion}-install.log`);
  try {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', `code-server@${codeServerVersion}`], {
      cwd: installDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    execFileSync(codeServerBin, ['--version'], { env: { ...process.env, HOME: installDir }, stdio: 'pipe' });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer };
    writeFileSync(logFile, `${stdout?.toString() ?? ''}\n${stderr?.toString() ?? ''}`);
    const tail = (stderr?.toString() ?? String(err)).trim().split('\n').slice(-30).join('\n');
    throw new Error(`installing code-server ${codeServerVersion} failed (full log: ${logFile}):\n${tail}`);
  }
  writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
  log(`code-server ${codeServerVersion}: installed in ${seconds(started)}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** The throwaway folder holding its config, user data, extensions, HOME and log. */
  dir: string;
  logFile: string;
  /** Rejects if code-server exits before stop() is called. */
  died: Promise<never>;
  /** Kills code-server's whole process group (it spawns children), then removes `dir` unless READOUT_E2E_KEEP is set; idempotent. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for code-server (and so for the extension host it starts). */
  env?: Record<string, string>;
  /** `.vsix` files to install with `--install-extension` before starting. */
  extensions?: string[];
  /** User settings. */
  settings?: Record<string, unknown>;
}

/** What every run wants of the workbench: no welcome page, no trust prompt, no network, no distractions. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'files.simpleDialog.enable': true,
  'window.commandCenter': false,
};

/** Processes started here, so an interrupted run (Ctrl+C, a CI timeout's SIGTERM) still stops them. */
const running = new Set<() => void>();
let signalsHooked = false;
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      for (const kill of running) kill();
      process.exit(130);
    });
  }
  process.on('exit', () => {
    for (const kill of running) kill();
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Starts code-server on 127.0.0.1 in its own process group and waits for /healthz. */
export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  hookSignals();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readout-e2e-'));
  const port = await freePort();
  const home = path.join(dir, 'home');
  const userData = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  const config = path.join(dir, 'config.yaml');
  for (const d of [home, path.join(userData, 'User'), extensionsDir]) mkdirSync(d, { recursive: true });
  writeFileSync(config, [`bind-addr: 127.0.0.1:${port}`, 'auth: none', 'cert: false', 'disable-telemetry: true', 'disable-update-check: true', ''].join('\n'));
  writeFileSync(path.join(userData, 'User', 'settings.json'), `${JSON.stringify({ ...baseSettings, ...options.settings }, null, 2)}\n`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    // No extension gallery: nothing to fetch from the network, nothing to update.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
    ...options.env,
  };
  // The runner's own Node options (tsx's loader) are not code-server's.
  delete env.NODE_OPTIONS;
  const dirs = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensionsDir];

  for (const vsix of options.extensions ?? []) {
    execFileSync(codeServerBin, [...dirs, '--install-extension', vsix, '--force'], { env, stdio: 'pipe' });
    log(`installed ${path.basename(vsix)} into code-server`);
  }

  const logFile = path.join(dir, 'code-server.log');
  const out = createWriteStream(logFile);
  const args = [...dirs, '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', '--disable-proxy'];
  const child = spawn(codeServerBin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited = false;
  let stopping = false;
  let died: (err: Error) => void = () => undefined;
  const diedPromise = new Promise<never>((_, reject) => (died = reject));
  diedPromise.catch(() => undefined); // only a failure for whoever waits on it
  child.on('exit', (code, signal) => {
    exited = true;
    if (!stopping) died(new Error(`code-server exited (${signal ?? code}) while the run went on:\n${tail(logFile)}`));
  });
  const killNow = () => killGroup(child, 'SIGKILL');
  running.add(killNow);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      killGroup(child, 'SIGTERM');
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      killNow(); // whatever of the group is left
      running.delete(killNow);
      out.end();
      if (process.env.READOUT_E2E_KEEP) log(`kept ${dir} (READOUT_E2E_KEEP)`);
      else rmSync(dir, { recursive: true, force: true });
    })());

  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  try {
    for (;;) {
      if (exited) throw new Error(`code-server exited at start:\n${tail(logFile)}`);
      if (Date.now() - started > 60_000) throw new Error(`code-server did not answer /healthz within 60 s:\n${tail(logFile)}`);
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  log(`code-server ${codeServerVersion}: ${url} healthy after ${seconds(started)} (pid ${child.pid}, files in ${dir})`);
  return { port, url, dir, logFile, died: diedPromise, stop };
}

/** Headless Debian Chromium through playwright-core; closed by the caller (and on exit). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('chromium is missing: apt-get install -y chromium (or set READOUT_E2E_CHROMIUM)');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const close = () => {
    void browser.close().catch(() => undefined);
  };
  running.add(close);
  browser.on('disconnected', () => running.delete(close));
  return browser;
}

/** A file or folder on the machine as code-server's workbench addresses it. */
export const remoteUri = (server: CodeServer, file: string) => `vscode-remote://127.0.0.1:${server.port}${file.split(path.sep).join('/')}`;

/** A copy of the fixture workspace in a throwaway folder, so the tests may edit and save it. */
export function copyWorkspace(into: string): string {
  const target = path.join(into, 'workspace');
  execFileSync('cp', ['-R', path.join(repoRoot, 'test', 'e2e', 'workspace'), target]);
  return target;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
