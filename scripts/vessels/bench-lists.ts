/**
 * Memory and speed of the sanctions-list parsers on SYNTHETIC files of a given size (default 100 MB each):
 * OFAC sdn.xml and OpenSanctions FollowTheMoney. Each file is parsed in its own Node process, so its peak RSS
 * is its own. Prints figures; not a test.
 *
 *   npm run bench:lists [-- --mb 100]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSanctionsLists } from '../../geo/analysis/vessels';
import { writeSyntheticFtm, writeSyntheticSdnXml } from './synthetic-lists';

async function child(path: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peakHeap = before;
  let passes = 1;
  const t0 = performance.now();
  const outcome = await parseSanctionsLists([{ name: path, size: statSync(path).size, open: () => createReadStream(path) }], {
    onProgress: (p) => {
      passes = Math.max(passes, p.pass);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  gc?.();
  const kept = process.memoryUsage().heapUsed - before;
  if (!outcome.ok) throw new Error(outcome.message);
  const list = outcome.lists[0]!;
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
  console.log(
    `  ${list.layouts[0]}: ${list.entries.length.toLocaleString('en')} vessels of ${list.recordsRead.toLocaleString('en')} records, ` +
      `${passes} reading(s), ${seconds.toFixed(1)} s (${mb(statSync(path).size / seconds)}/s); heap kept ${mb(kept)}, ` +
      `heap peak sampled ${mb(peakHeap)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; skipped ${JSON.stringify(list.skipped)}`,
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!);
  const mbAt = argv.indexOf('--mb');
  const megabytes = mbAt >= 0 ? Number(argv[mbAt + 1]) : 100;
  if (!(megabytes > 0)) throw new Error('--mb must be a positive number');
  const dir = mkdtempSync(join(tmpdir(), 'bench-lists-'));
  try {
    const xml = join(dir, 'synthetic-sdn.xml');
    const ftm = join(dir, 'synthetic-entities.ftm.json');
    await writeSyntheticSdnXml(xml, megabytes * 1048576);
    await writeSyntheticFtm(ftm, megabytes * 1048576);
    console.log(`sanctions-list parsers on SYNTHETIC files of ${megabytes} MB (Node ${process.version}; a bare Node + tsx process is about 80 MB RSS):`);
    for (const file of [xml, ftm]) {
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--child', file], { stdio: 'inherit' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
