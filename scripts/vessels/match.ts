/**
 * Which vessels of an AIS file are named by sanctions lists: for files too large for the browser.
 *
 *   npm run match -- --list sdn.xml [--list entities.ftm.json ...] --ais positions.csv [--out matches.json]
 *
 * Prints a JSON array of matches (or writes it to --out); a summary and any error go to stderr, one line each,
 * and an unreadable input exits non-zero. Memory: the lists are streamed and only their vessels kept (see
 * geo/analysis/vessels/lists); the AIS file is streamed and only the names, call signs and IMO numbers each
 * MMSI reported are kept, never its positions.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { aisIdentityToMatchable, buildSanctionsIndex, type ListSource, matchVessels, parseSanctionsLists } from '../../geo/analysis/vessels';
import { parseMatchArgs, USAGE, UsageError } from './match-args';
import { toMatchRecord } from './match-records';
import { streamAisIdentities } from './stream-ais-identities';

class InputError extends Error {}

function checkReadable(path: string, what: string): number {
  if (!existsSync(path)) throw new InputError(`${what} ${path}: no such file`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new InputError(`${what} ${path}: not a file`);
  return stat.size;
}

function fileSource(path: string): ListSource {
  const size = checkReadable(path, 'list');
  return { name: basename(path), size, open: () => createReadStream(path) as Readable & AsyncIterable<Uint8Array> };
}

async function main(): Promise<void> {
  const args = parseMatchArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  const sources = args.lists.map(fileSource);
  checkReadable(args.ais, 'AIS file');

  const loaded = await parseSanctionsLists(sources);
  if (!loaded.ok) throw new InputError(loaded.message);
  const entries = loaded.lists.flatMap((l) => l.entries);

  const identities = await streamAisIdentities(createReadStream(args.ais), (rows) =>
    process.stderr.write(`  … ${rows.toLocaleString('en')} AIS rows\r`),
  );
  if (identities === null) {
    throw new InputError(`AIS file ${args.ais}: not an AIS CSV we know (NOAA MarineCadastre or Danish Maritime Authority header)`);
  }

  const index = buildSanctionsIndex(entries);
  const byMmsi = new Map(identities.vessels.map((v) => [v.mmsi, v]));
  const matches = matchVessels(index, identities.vessels.map(aisIdentityToMatchable), args.minNameScore === undefined ? {} : { minNameScore: args.minNameScore });
  const records = matches.map((m) => toMatchRecord(m, byMmsi.get(m.vesselId)!));
  const json = JSON.stringify(records, null, 2) + '\n';
  if (args.out !== undefined) writeFileSync(args.out, json);
  else process.stdout.write(json);

  const lists = loaded.lists.map((l) => `${l.listName} (${l.entries.length} vessels${l.publicationDate ? `, published ${l.publicationDate}` : ''})`);
  const exact = records.filter((r) => r.certainty === 'exact').length;
  const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.error(
    `match: ${lists.join('; ')} against ${identities.vessels.length.toLocaleString('en')} AIS vessels (${identities.rowsRead.toLocaleString('en')} rows): ` +
      `${exact} exact, ${records.length - exact} possible${args.out ? `, written to ${args.out}` : ''}; peak RSS ${peakMb} MB`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`match: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(`match: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
