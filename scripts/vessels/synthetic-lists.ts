import { createWriteStream, type WriteStream } from 'node:fs';
import { imoCheckDigit } from '../../geo/analysis/vessels';

/** A SYNTHETIC IMO number with a valid check digit (never a real ship's on purpose; 999 prefix where it fits). */
function imo(n: number): string {
  const six = String(990000 + (n % 9999)).padStart(6, '0');
  return six + imoCheckDigit(six);
}

function write(out: WriteStream, text: string): Promise<void> {
  return out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()));
}

function close(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Writes a SYNTHETIC sdn.xml of about `bytes`: one entry in 20 a vessel, the rest entities. Returns the vessel count. */
export async function writeSyntheticSdnXml(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  await write(out, '<?xml version="1.0" standalone="yes"?>\n<!-- SYNTHETIC benchmark file: not real sanctions data -->\n<sdnList xmlns="https://example.invalid/sdn">\n<publshInformation><Publish_Date>01/15/2025</Publish_Date></publshInformation>\n');
  let written = 0;
  let vessels = 0;
  for (let n = 0; written < bytes; n++) {
    const vessel = n % 20 === 0;
    if (vessel) vessels++;
    const entry =
      `<sdnEntry><uid>${n}</uid><lastName>SYNTH ${vessel ? 'VESSEL' : 'ENTITY'} ${n}</lastName><sdnType>${vessel ? 'Vessel' : 'Entity'}</sdnType>` +
      `<programList><program>SYNTH1</program><program>SYNTH2</program></programList><idList><id><uid>${n}1</uid>` +
      `<idType>${vessel ? 'Vessel Registration Identification' : 'Registration Number'}</idType><idNumber>IMO ${imo(n)}</idNumber></id></idList>` +
      `<akaList><aka><uid>${n}2</uid><type>a.k.a.</type><category>strong</category><lastName>SYNTH ALIAS ${n}</lastName></aka></akaList>` +
      `<addressList><address><uid>${n}3</uid><city>Synthetic City</city><country>Nowhere</country></address></addressList>` +
      (vessel ? `<vesselInfo><callSign>XX${n}</callSign><vesselType>Tanker</vesselType><vesselFlag>Korea, North</vesselFlag></vesselInfo>` : '') +
      '<remarks>Synthetic remarks for a benchmark entry, not a real designation.</remarks></sdnEntry>\n';
    await write(out, entry);
    written += entry.length;
  }
  await write(out, '</sdnList>\n');
  await close(out);
  return vessels;
}

/**
 * Writes SYNTHETIC FollowTheMoney JSON lines of about `bytes`: one vessel in 20 lines, each owned by the company on
 * the next line and by another company through an Ownership that comes before the vessel and names a company
 * written two lines before it; everything else is companies nobody links to. Returns the vessel count.
 */
export async function writeSyntheticFtm(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let vessels = 0;
  for (let n = 0; written < bytes; n++) {
    let entity: object;
    if (n % 20 === 0) {
      vessels++;
      entity = { id: `v${n}`, schema: 'Vessel', properties: { name: [`SYNTH VESSEL ${n}`], imoNumber: [`IMO ${imo(n)}`], owner: [`c${n + 1}`], flag: ['kp'] }, datasets: ['synthetic'] };
    } else if (n % 20 === 19) entity = { id: `o${n}`, schema: 'Ownership', properties: { owner: [`c${n - 2}`], asset: [`v${n + 1}`] } };
    else entity = { id: `c${n}`, schema: 'Company', properties: { name: [`SYNTH COMPANY ${n} HOLDINGS LIMITED`], address: ['1 Synthetic Street, Nowhere'] }, datasets: ['synthetic'] };
    const line = JSON.stringify(entity) + '\n';
    await write(out, line);
    written += line.length;
  }
  await close(out);
  return vessels;
}
