import { LIST_SNIFF_BYTES, parseSanctionsLists, sniffListLayout, type ListParseOptions, type ListParseOutcome, type ListSource } from '@/geo/analysis/vessels';

/** A file the browser gives (a `File`), or any named `Blob`. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

/** A file as the list parsers read it: streamed, never held whole. */
export function blobListSource({ name, blob }: NamedBlob): ListSource {
  return { name, size: blob.size, open: () => blob.stream() };
}

/** Extensions no data importer reads: such a file is meant as a list, and a wrong one gets the lists' sentence. */
const LIST_ONLY_EXTENSION = /\.(xml|jsonl|ndjson)$/i;

/**
 * Whether a file is read as a sanctions list: in one of the list layouts (OFAC sdn.xml or SDN CSV, OpenSanctions
 * FollowTheMoney) by its first bytes, as the list parsers judge them, or named .xml, .jsonl or .ndjson (which the data
 * importers do not read). The import worker asks this first, so a list dropped into "Import data" is read as a list
 * and anything else as data.
 */
export async function readsAsSanctionsList(file: NamedBlob): Promise<boolean> {
  if (LIST_ONLY_EXTENSION.test(file.name)) return true;
  const head = new Uint8Array(await file.blob.slice(0, LIST_SNIFF_BYTES).arrayBuffer());
  return sniffListLayout(head, file.blob.size).ok;
}

/**
 * Loads the files as sanctions lists (several files can make one list: OFAC's sdn.csv with alt.csv, add.csv and
 * sdn_comments.csv). All or nothing, never throws: a file of another layout, broken or truncated gives one sentence.
 */
export function runListImport(files: readonly NamedBlob[], options: ListParseOptions = {}): Promise<ListParseOutcome> {
  return parseSanctionsLists(files.map(blobListSource), options);
}
