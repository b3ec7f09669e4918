// Load test of the briefings API (issue 8, "Under load"): a measurement, not a timed test.
//
//   tsx scripts/api/load-test.ts [--seconds 30] [--connections 200] [--url http://127.0.0.1:3000] [--json]
//     [--list-weight 40] [--read-weight 40] [--create-weight 20] [--seed 50] [--timeout-ms 60000] [--slow-ms 10000]
//     [--cold-connections]
//
// Without --url it starts its own production server (needs `npm run build`) on a fresh database in a temporary
// directory and stops it afterwards. --url must point at a loopback address: this never sends load elsewhere.
// Each connection runs requests back to back (list 40 %, read 40 %, create 20 % by default) until the time is up;
// the run stops by itself. Reports p50/p99/max latency per operation, the slowest requests and every error (a
// non-2xx answer, a network error, no answer within --timeout-ms, or an answer slower than --slow-ms); the start-up
// (listening, first request after start) and the first seconds one by one; exits 1 if any request failed.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { z } from 'zod';
import { BriefingSchema, type BriefingInput } from '../../lib/briefing/briefing-schema';
import {
  freePort,
  loopbackBase,
  parseOptions,
  percentile,
  requireProductionBuild,
  startServer,
  stopServer,
  type ServerProcess,
} from './server-process';

const options = parseOptions(process.argv.slice(2), {
  seconds: 30,
  connections: 200,
  url: '',
  listWeight: 40,
  readWeight: 40,
  createWeight: 20,
  seed: 50,
  // Generous: a slow answer shows in p99 and max; only a server that stops answering counts as an error.
  timeoutMs: 60_000,
  // A request slower than this counts as an error: an analyst would have given up on it.
  slowMs: 10_000,
  // Open all connections in the same instant when the clock starts, as this test used to (see the header).
  coldConnections: false,
  json: false,
});

type Operation = 'list' | 'read' | 'create';
type Sample = { op: Operation; ms: number; error: string | null; startS: number };

function sampleBriefing(n: number): BriefingInput {
  return {
    title: `Load test briefing ${n}`,
    slides: Array.from({ length: 3 }, (_, i) => ({
      id: `s${i}`,
      title: `Slide ${i + 1}`,
      notes: 'Ship-to-ship transfers off Nakhodka; see the AIS gaps. '.repeat(10),
      query: `v=1&view=131.9,43.1,${5 + i}&layers=ports,rail,sts`,
      annotations: [{ id: 'a', text: 'Rajin', lon: 130.3, lat: 42.2 }],
    })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A keep-alive connection that the server has accepted and answered once (a connection still in the kernel's
 * accept queue would not do): one raw GET, read to the end of its body.
 */
function openAnswered(base: URL): Promise<Socket> {
  return new Promise((resolveSocket, reject) => {
    const socket = connect({ host: base.hostname.replace(/^\[|\]$/g, ''), port: Number(base.port) });
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const headerEnd = received.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const head = received.subarray(0, headerEnd).toString('latin1');
      const length = /content-length:\s*(\d+)/i.exec(head)?.[1];
      if (length !== undefined ? received.length < headerEnd + 4 + Number(length) : !received.subarray(headerEnd).toString('latin1').endsWith('\r\n0\r\n\r\n')) {
        return; // the body (sized, or chunked up to its last chunk) is not all here yet
      }
      socket.off('data', onData);
      resolveSocket(socket);
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(`GET /api/briefings?limit=1 HTTP/1.1\r\nHost: ${base.host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

/** One request on the shared keep-alive agent; resolves with the status and body, never rejects. */
function request(agent: http.Agent, base: URL, method: string, path: string, body?: string) {
  return new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname.replace(/^\[|\]$/g, ''),
        port: base.port,
        method,
        path,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${options.timeoutMs} ms`)));
    req.on('error', (e) => resolve({ error: e.message }));
    req.end(body);
  });
}

async function main(): Promise<void> {
  let server: ServerProcess | null = null;
  let dir: string | null = null;
  let base: URL;
  if (options.url) base = loopbackBase(options.url);
  else {
    requireProductionBuild();
    dir = mkdtempSync(join(tmpdir(), 'route-atlas-load-'));
    server = await startServer(join(dir, 'load.db'), await freePort());
    base = new URL(server.baseUrl);
  }

  // The connections are opened before the clock starts, 20 at a time while the server is idle, each answered once (so
  // the server has accepted it), and handed to the
  // agent as it needs them: clients that connected over time. Opened all at once when the clock started (as this
  // test used to, and still does with --cold-connections), a share of them waited 10-13 s in the kernel's accept
  // queue: a Node.js server kept busy by the connections it has accepted takes new ones only every few seconds
  // (seen with `ss -ltn`: Recv-Q 60-174 for 11 s; a 15-line node:http server does the same). That was the stall.
  const preOpened: Socket[] = [];
  const pool = { openedMs: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections });
  const defaultCreate = agent.createConnection.bind(agent);
  agent.createConnection = (...args: Parameters<typeof defaultCreate>) => preOpened.pop() ?? defaultCreate(...args);
  const ids: string[] = [];
  // A hard stop in case something hangs: the run must end by itself.
  const watchdog = setTimeout(() => {
    console.error('load test: watchdog fired, stopping');
    if (server) server.child.kill('SIGKILL');
    process.exit(3);
  }, (options.seconds + 60) * 1000 + options.timeoutMs);
  watchdog.unref();

  try {
    for (let i = 0; i < options.seed; i++) {
      const res = await request(agent, base, 'POST', '/api/briefings', JSON.stringify(sampleBriefing(i)));
      if (!('status' in res) || res.status !== 201) throw new Error(`seeding failed: ${JSON.stringify(res).slice(0, 300)}`);
      ids.push(BriefingSchema.parse(parseJson(res.body)).id);
    }

    // Warm-up, not measured: the first request to each route loads its module in the server.
    for (const path of ['/api/briefings', `/api/briefings/${ids[0] ?? '00000000-0000-4000-8000-000000000000'}`]) {
      await request(agent, base, 'GET', path);
    }

    const totalWeight = options.listWeight + options.readWeight + options.createWeight;
    if (totalWeight <= 0) throw new Error('the weights add up to 0');
    const pick = (): Operation => {
      const r = Math.random() * totalWeight;
      if (r < options.listWeight) return 'list';
      if (r < options.listWeight + options.readWeight && ids.length > 0) return 'read';
      return 'create';
    };

    if (!options.coldConnections) {
      const openedAt = performance.now();
      for (let opened = 0; opened < options.connections; opened += 20) {
        const wave = Array.from({ length: Math.min(20, options.connections - opened) }, () => openAnswered(base));
        preOpened.push(...(await Promise.all(wave)));
      }
      pool.openedMs = performance.now() - openedAt;
    }

    const samples: Sample[] = [];
    // The generator's own event loop: a slow answer with a stalled generator would be the generator's fault.
    const generatorLag = monitorEventLoopDelay({ resolution: 10 });
    generatorLag.enable();
    const startedAt = performance.now();
    const deadline = startedAt + options.seconds * 1000;
    let created = 0;
    console.log(`load test: ${options.connections} connections for ${options.seconds} s against ${base.origin} (${ids.length} briefings seeded)`);

    const worker = async () => {
      while (performance.now() < deadline) {
        const op = pick();
        const t0 = performance.now();
        let res;
        if (op === 'list') res = await request(agent, base, 'GET', '/api/briefings');
        else if (op === 'read') res = await request(agent, base, 'GET', `/api/briefings/${ids[Math.floor(Math.random() * ids.length)]}`);
        else res = await request(agent, base, 'POST', '/api/briefings', JSON.stringify(sampleBriefing(++created)));
        const ms = performance.now() - t0;
        const expected = op === 'create' ? 201 : 200;
        let error: string | null = null;
        if ('error' in res) error = `network: ${res.error}`;
        else if (res.status !== expected) error = `HTTP ${res.status}: ${res.body.slice(0, 120)}`;
        else if (op === 'create') {
          const parsed = z.object({ id: z.string() }).safeParse(parseJson(res.body));
          if (parsed.success) ids.push(parsed.data.id);
          else error = 'create answered 201 without an id';
        }
        if (error === null && ms > options.slowMs) error = `slower than ${options.slowMs} ms`;
        samples.push({ op, ms, error, startS: (t0 - startedAt) / 1000 });
      }
    };
    await Promise.all(Array.from({ length: options.connections }, worker));
    const elapsedS = (performance.now() - startedAt) / 1000;
    generatorLag.disable();

    const report = (['list', 'read', 'create'] as const).map((op) => {
      const mine = samples.filter((s) => s.op === op);
      const sorted = mine.map((s) => s.ms).sort((a, b) => a - b);
      return {
        op,
        requests: mine.length,
        errors: mine.filter((s) => s.error !== null).length,
        p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
        p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
        maxMs: Math.round((sorted.at(-1) ?? Number.NaN) * 10) / 10,
      };
    });
    const allSorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = samples.filter((s) => s.error !== null);
    const errorKinds = new Map<string, number>();
    for (const e of errors) errorKinds.set(e.error ?? '', (errorKinds.get(e.error ?? '') ?? 0) + 1);
    // The first seconds, second by second: a warm-up stall shows as a slow first bucket.
    const firstSeconds = Array.from({ length: Math.min(5, Math.ceil(options.seconds)) }, (_, second) => {
      const inSecond = samples.filter((s) => s.startS >= second && s.startS < second + 1);
      return { second, requests: inSecond.length, maxMs: Math.round(Math.max(0, ...inSecond.map((s) => s.ms))) };
    });
    const firstOfRun = samples.reduce<Sample | null>((first, s) => (first === null || s.startS < first.startS ? s : first), null);
    const summary = {
      connections: options.connections,
      seconds: Math.round(elapsedS * 10) / 10,
      requests: samples.length,
      requestsPerSecond: Math.round(samples.length / elapsedS),
      errors: errors.length,
      p50Ms: Math.round(percentile(allSorted, 50) * 10) / 10,
      p99Ms: Math.round(percentile(allSorted, 99) * 10) / 10,
      byOperation: report,
      errorKinds: Object.fromEntries([...errorKinds].slice(0, 10)),
      // Without --url: from spawn until the port listened, and the first API request's latency after that.
      startup: server ? { listeningMs: Math.round(server.startup.listeningMs), firstRequestMs: Math.round(server.startup.firstRequestMs) } : null,
      firstRequestOfRunMs: firstOfRun ? Math.round(firstOfRun.ms) : null,
      connectionsOpenedBeforeMs: options.coldConnections ? null : Math.round(pool.openedMs),
      firstSeconds,
      generatorEventLoopDelayMs: { p99: Math.round(generatorLag.percentile(99) / 1e6), max: Math.round(generatorLag.max / 1e6) },
      // When the worst requests started tells warm-up stalls (at 0 s) from steady-state ones.
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((s) => ({ op: s.op, ms: Math.round(s.ms), startedAtS: Math.round(s.startS * 10) / 10, error: s.error })),
    };

    if (options.json) console.log(JSON.stringify(summary));
    else {
      console.log(
        `${summary.connections} connections × ${summary.seconds} s: ${summary.requests} requests (${summary.requestsPerSecond}/s), ` +
          `errors: ${summary.errors} (a request slower than ${options.slowMs} ms counts as one)`,
      );
      console.log(`all: p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms`);
      if (summary.startup) {
        console.log(`server start: listening after ${summary.startup.listeningMs} ms, first request after start ${summary.startup.firstRequestMs} ms`);
      }
      console.log(`first request of the run: ${summary.firstRequestOfRunMs} ms`);
      if (summary.connectionsOpenedBeforeMs !== null) {
        console.log(`${options.connections} connections opened before the clock, 20 at a time, in ${summary.connectionsOpenedBeforeMs} ms`);
      } else console.log(`${options.connections} connections opened at once when the clock started (--cold-connections)`);
      console.log(`load generator's event loop delay: p99 ${summary.generatorEventLoopDelayMs.p99} ms, max ${summary.generatorEventLoopDelayMs.max} ms`);
      for (const b of firstSeconds) console.log(`second ${b.second}: ${b.requests} requests started, slowest ${b.maxMs} ms`);
      for (const r of report) console.log(`${r.op.padEnd(6)} ${String(r.requests).padStart(7)} requests, ${r.errors} errors, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, max ${r.maxMs} ms`);
      for (const [kind, count] of errorKinds) console.log(`error x${count}: ${kind}`);
      for (const s of summary.slowest) console.log(`slow: ${s.op} ${s.ms} ms, started at ${s.startedAtS} s${s.error ? ` (${s.error})` : ''}`);
    }
    process.exitCode = errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`load test failed: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(server.outputTail());
    process.exitCode = 1;
  } finally {
    agent.destroy();
    for (const socket of preOpened) socket.destroy();
    if (server) await stopServer(server, 'SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

void main();
