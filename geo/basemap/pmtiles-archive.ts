import { zxyToTileId } from 'pmtiles';

/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): one file the
 * browser reads by byte ranges, so the app serves thousands of tiles as a single static asset. The `pmtiles`
 * package reads archives but does not write them; this is the writer's small part we need: MVT tiles, gzip,
 * identical tiles stored once, leaf directories when the root would not fit in the first 16 KiB.
 */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile as stored (already compressed with `tileCompression`). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** [west, south, east, north], degrees. */
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  /** JSON metadata (TileJSON-like: vector_layers, attribution). */
  metadata: Record<string, unknown>;
  /** Compresses directories and metadata; the archive declares it as gzip. */
  gzip: (bytes: Uint8Array) => Uint8Array;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
const ROOT_MAX_BYTES = 16_384 - HEADER_BYTES;
const GZIP = 2;
const MVT = 1;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    writeVarint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** The root directory, and the leaf directories it points to when all entries do not fit in it. */
function buildDirectories(entries: readonly Entry[], gzip: ArchiveOptions['gzip']): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (root.length <= ROOT_MAX_BYTES) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafChunks: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafChunks.push(leaf);
      offset += leaf.length;
    }
    const candidate = gzip(serializeDirectory(rootEntries));
    if (candidate.length <= ROOT_MAX_BYTES) return { root: candidate, leaves: concat(leafChunks) };
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function contentKey(data: Uint8Array): string {
  // Tiles are small: the bytes themselves are an exact key (a hash would need node:crypto).
  let key = '';
  for (let i = 0; i < data.length; i += 8192) key += String.fromCharCode(...data.subarray(i, i + 8192));
  return key;
}

/** Builds the archive's bytes from tiles that are already encoded and gzip-compressed. */
export function writePmtilesArchive(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const key = contentKey(tile.data);
    let place = stored.get(key);
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(key, place);
      chunks.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries[entries.length - 1];
    // Consecutive tile ids with the same contents (open sea, inland) become one entry with a run length.
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }

  const { root, leaves } = buildDirectories(entries, options.gzip);
  const metadata = options.gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const tileData = concat(chunks);

  const header = new ArrayBuffer(HEADER_BYTES);
  const view = new DataView(header);
  new Uint8Array(header).set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const sections = [root, metadata, leaves, tileData];
  let offset = HEADER_BYTES;
  sections.forEach((section, i) => {
    view.setBigUint64(8 + i * 16, BigInt(offset), true);
    view.setBigUint64(16 + i * 16, BigInt(section.length), true);
    offset += section.length;
  });
  view.setBigUint64(72, BigInt(sorted.length), true);
  view.setBigUint64(80, BigInt(entries.length), true);
  view.setBigUint64(88, BigInt(chunks.length), true);
  view.setUint8(96, 1); // clustered: tile data in tile id order
  view.setUint8(97, GZIP);
  view.setUint8(98, GZIP);
  view.setUint8(99, MVT);
  view.setUint8(100, options.minZoom);
  view.setUint8(101, options.maxZoom);
  const [west, south, east, north] = options.bounds;
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  view.setUint8(118, options.minZoom);
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  return concat([new Uint8Array(header), ...sections]);
}
