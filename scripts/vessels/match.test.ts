import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMatchArgs } from './match-args';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'geo/analysis/vessels/test-fixtures');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['scripts/vessels/match.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

const fixture = (name: string) => join(FIXTURES, name);

describe('npm run match (end to end, SYNTHETIC fixtures)', () => {
  it('prints one JSON object per match: IMO, MMSI and name matches against XML and FollowTheMoney lists', async () => {
    const { code, stdout, stderr } = await run([
      '--list', fixture('synthetic-sdn.xml'),
      '--list', fixture('synthetic-entities.ftm.json'),
      '--ais', fixture('synthetic-ais-noaa.csv'),
    ]);
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records.map((r) => [r.mmsi, r.list, r.entryId, r.method, r.score])).toEqual([
      ['999000001', 'OFAC SDN List', '90001', 'imo', 1],
      ['999000077', 'OFAC SDN List', '90001', 'name', 0.909],
      ['999000088', 'OpenSanctions entities (synthetic-entities.ftm.json)', 'synth-vessel-2', 'imo', 1],
    ]);
    expect(records[0]).toMatchObject({ imo: '9990002', name: 'EXAMPLE STAR', entryName: 'EXAMPLE STAR', certainty: 'exact', listPublicationDate: '2025-01-15' });
    expect(records[1]).toMatchObject({ imo: null, name: 'M/V EXAMPL STAR', certainty: 'possible' });
    expect(stderr).toMatch(/2 exact, 1 possible/);
  }, 30_000);

  it('writes --out and joins the OFAC CSV set', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'match-')), 'matches.json');
    const { code, stdout } = await run([
      '--list', fixture('synthetic-sdn.csv'), '--list', fixture('synthetic-alt.csv'),
      '--ais', fixture('synthetic-ais-noaa.csv'), '--out', out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    // EXAMPLE BROOK is a former name that only alt.csv gives.
    const records = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ mmsi: '999000055', entryId: '90101', entryName: 'EXAMPLE RIVER', method: 'name', score: 1 });
    expect(records[0]!.evidence).toEqual([{ method: 'name', aisValue: 'EXAMPLE BROOK', listValue: 'EXAMPLE BROOK', score: 1 }]);
  }, 30_000);

  it('stops with one line and a non-zero exit on an unreadable, broken or wrong input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'match-'));
    const cut = join(dir, 'sdn.xml');
    writeFileSync(cut, readFileSync(fixture('synthetic-sdn.xml'), 'utf8').slice(0, 1200));
    const missing = await run(['--list', join(dir, 'nope.xml'), '--ais', fixture('synthetic-ais-noaa.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^match: list .*nope\.xml: no such file$/);
    const broken = await run(['--list', cut, '--ais', fixture('synthetic-ais-noaa.csv')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe('match: sdn.xml: This XML file ends before its elements close: it is truncated (download it again).');
    const notAis = await run(['--list', fixture('synthetic-sdn.xml'), '--ais', fixture('synthetic-sdn.csv')]);
    expect(notAis.code).toBe(1);
    expect(notAis.stderr.trim()).toMatch(/^match: AIS file .*: not an AIS CSV we know/);
    expect(broken.stdout + notAis.stdout).toBe('');
  }, 30_000);
});

describe('parseMatchArgs', () => {
  it('takes repeated --list and one --ais, and explains what is missing or wrong', () => {
    expect(parseMatchArgs(['--list', 'a.xml', '--list=b.json', '--ais', 'x.csv', '--out', 'o.json', '--min-name-score', '0.9'])).toEqual({
      lists: ['a.xml', 'b.json'],
      ais: 'x.csv',
      out: 'o.json',
      minNameScore: 0.9,
    });
    expect(parseMatchArgs(['--help'])).toBe('help');
    expect(() => parseMatchArgs(['--ais', 'x.csv'])).toThrow(/at least one --list/);
    expect(() => parseMatchArgs(['--list', 'a'])).toThrow(/--ais/);
    expect(() => parseMatchArgs(['--list', 'a', '--ais', 'x', '--ais', 'y'])).toThrow(/twice/);
    expect(() => parseMatchArgs(['--list', 'a', '--ais', 'x', '--min-name-score', '2'])).toThrow(/\(0, 1\]/);
    expect(() => parseMatchArgs(['--list', 'a', '--ais', 'x', '--colour', 'red'])).toThrow(/unknown option --colour/);
    expect(() => parseMatchArgs(['--list'])).toThrow(/needs a value/);
  });
});
