// Starting and stopping the production Next server for the API harnesses (crash-test.ts, load-test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';

export const REPO_ROOT = process.cwd();
const NEXT_BIN = join(REPO_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Exits with a clear message unless run from the repository root after `npm run build`. */
export function requireProductionBuild(): void {
  if (!existsSync(NEXT_BIN)) {
    console.error(`cannot find ${NEXT_BIN}: run this from the repository root, after npm install`);
    process.exit(2);
  }
  if (!existsSync(join(REPO_ROOT, '.next', 'BUILD_ID'))) {
    console.error('no production build (.next/BUILD_ID is missing): run `npm run build` first');
    process.exit(2);
  }
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no port'))));
    });
  });
}

export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  /** The last lines the server printed, for diagnostics. */
  outputTail: () => string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  /** From spawn until the port accepted connections, and how long the first API request then took, in ms. */
  startup: { listeningMs: number; firstRequestMs: number };
};

function accepts(port: number): Promise<boolean> {
  return new Promise((resolveConnect) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
  });
}

/**
 * Starts `next start` on 127.0.0.1:`port` with `ROUTE_ATLAS_DB=dbPath` (and `env`), as `node .../next` so that the
 * recorded pid is the server itself (an `npx` wrapper would survive its child's kill), and waits until the API
 * answers. The wait is in two steps, so that the first request's own latency is measured apart from start-up.
 */
export async function startServer(
  dbPath: string,
  port: number,
  readyTimeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ROUTE_ATLAS_DB: dbPath, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  const fail = (why: string): never => {
    child.kill('SIGKILL');
    throw new Error(`${why}:\n${tail}`);
  };
  while (!(await accepts(port))) {
    if (hasExited) fail('the server exited during start-up');
    if (Date.now() > deadline) fail(`the server did not listen within ${readyTimeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const listeningMs = performance.now() - spawnedAt;
  let firstRequestMs = Number.NaN;
  while (Date.now() < deadline) {
    if (hasExited) fail('the server exited during start-up');
    const sentAt = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/briefings?limit=1`, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
      await response.arrayBuffer();
      if (Number.isNaN(firstRequestMs)) firstRequestMs = performance.now() - sentAt;
      if (response.status === 200) return { child, baseUrl, outputTail: () => tail, exited, startup: { listeningMs, firstRequestMs } };
    } catch {
      // listening, but not answering yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return fail(`the server did not answer within ${readyTimeoutMs} ms`);
}

/** Kills the server with `signal` and waits for it to be gone. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  await server.exited;
}

/** Reads `--name value` and `--flag` options; unknown options are an error. */
export function parseOptions<T extends Record<string, string | number | boolean>>(argv: readonly string[], defaults: T): T {
  const out: Record<string, string | number | boolean> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const key = match?.[1]?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!match || key === undefined || !(key in defaults)) throw new Error(`unknown option ${arg}`);
    const kind = typeof defaults[key];
    if (kind === 'boolean') {
      out[key] = match[2] === undefined ? true : match[2] !== 'false';
      continue;
    }
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new Error(`${arg} needs a value`);
    if (kind === 'number') {
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) throw new Error(`${arg} needs a non-negative number, got ${raw}`);
      out[key] = value;
    } else out[key] = raw;
  }
  return out as T;
}

/** Nearest-rank percentile of sorted values (`p` from 0 to 100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `raw` as a URL if it is plain HTTP to this machine's loopback interface; throws otherwise. */
export function loopbackBase(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`--url must be http://127.0.0.1:<port> (or localhost); got ${raw}`);
  }
  return url;
}
