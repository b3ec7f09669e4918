import { gzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';

import { writePmtilesArchive, type ArchiveTile } from './pmtiles-archive';

function read(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'test.pmtiles',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
}

const text = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : null);

describe('PMTiles writer', () => {
  // Enough distinct tiles, scattered and of uneven sizes, that the root directory cannot hold them: leaf
  // directories are written and followed.
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const distinct: ArchiveTile[] = [];
  for (let x = 0; x < 512; x++) {
    for (let y = 0; y < 512; y++) {
      if (random() < 0.5 && !(x === 5 && y === 99)) continue;
      distinct.push({ z: 9, x, y, data: gzipSync(`tile 9/${x}/${y}`.padEnd(20 + Math.floor(random() * 200), '.')) });
    }
  }
  const same = gzipSync('all land');
  const repeated: ArchiveTile[] = [];
  for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) repeated.push({ z: 4, x, y, data: same });
  const bytes = writePmtilesArchive([...distinct, ...repeated], {
    bounds: [117, 28, 145, 52],
    minZoom: 4,
    maxZoom: 9,
    metadata: { name: 'test' },
    gzip: (b) => gzipSync(b),
  });

  it('writes an archive the pmtiles reader opens, with its header and metadata', async () => {
    const archive = read(bytes);
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 4, maxZoom: 9, minLon: 117, minLat: 28, maxLon: 145, maxLat: 52 });
    expect(header.numAddressedTiles).toBe(distinct.length + repeated.length);
    expect(header.numTileContents).toBe(distinct.length + 1);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(await archive.getMetadata()).toEqual({ name: 'test' });
  });

  it('finds every tile, through leaf directories and runs of identical tiles', async () => {
    const archive = read(bytes);
    for (const tile of [distinct[0]!, distinct[1000]!, distinct[distinct.length - 1]!, distinct.find((t) => t.x === 5 && t.y === 99)!]) {
      expect(text((await archive.getZxy(9, tile.x, tile.y))?.data)).toMatch(new RegExp(`^tile 9/${tile.x}/${tile.y}\\.*$`));
    }
    for (const [x, y] of [[0, 0], [15, 15], [7, 3]] as const) expect(text((await archive.getZxy(4, x, y))?.data)).toBe('all land');
    expect(await archive.getZxy(5, 0, 0)).toBeUndefined();
  });
});
