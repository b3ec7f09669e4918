import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingInput } from '../briefing/briefing-schema';
import { createBriefing, deleteBriefing, getBriefing, listBriefings, updateBriefing } from './briefing-repository';
import { MIGRATIONS, migrate } from './migrations';
import { openDatabase } from './open-database';

const input: BriefingInput = {
  title: 'The ferry',
  slides: [
    {
      id: 's1',
      title: 'Rajin',
      notes: '',
      query: 'v=1&view=130.3,42.2,8',
      annotations: [{ id: 'a1', text: 'berth 3', lon: 130.3, lat: 42.2 }],
    },
  ],
};

let dir: string;
let path: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-atlas-repo-'));
  path = join(dir, 'atlas.db');
  db = openDatabase(path);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefing repository', () => {
  it('creates at version 1 with a UUID and equal timestamps, and reads it back', () => {
    const created = createBriefing(input, db);
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created).toMatchObject({ title: 'The ferry', version: 1, slides: input.slides });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(getBriefing(created.id, db)).toEqual(created);
  });

  it('stores only schema fields, whatever else the object carries', () => {
    const sneaky = { ...input, version: 99, id: 'mine', slides: [{ ...input.slides[0]!, extra: '<x>' }] } as unknown as BriefingInput;
    const created = createBriefing(sneaky, db);
    expect(created.version).toBe(1);
    expect(created.id).not.toBe('mine');
    const raw = db.prepare('SELECT slides_json FROM briefings WHERE id = ?').pluck().get(created.id);
    expect(raw).not.toContain('extra');
  });

  it('lists summaries newest first with the total, in pages', async () => {
    const a = createBriefing({ ...input, title: 'A' }, db);
    await new Promise((r) => setTimeout(r, 5));
    const b = createBriefing({ ...input, title: 'B', slides: [] }, db);
    await new Promise((r) => setTimeout(r, 5));
    updateBriefing(a.id, { ...input, title: 'A2', version: 1 }, db);
    const list = listBriefings({}, db);
    expect(list.total).toBe(2);
    expect(list.briefings.map((s) => [s.title, s.version, s.slideCount])).toEqual([
      ['A2', 2, 1],
      ['B', 1, 0],
    ]);
    expect(listBriefings({ limit: 1, offset: 1 }, db).briefings.map((s) => s.id)).toEqual([b.id]);
    expect(listBriefings({ limit: 1 }, db).total).toBe(2);
  });

  it('updates with the current version, refuses a stale one and keeps the stored data', () => {
    const created = createBriefing(input, db);
    const first = updateBriefing(created.id, { title: 'Mine', slides: [], version: 1 }, db);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.briefing).toMatchObject({ title: 'Mine', version: 2, slides: [], createdAt: created.createdAt });
    expect(first.briefing.updatedAt >= created.updatedAt).toBe(true);

    // A colleague who also read version 1 saves afterwards: conflict, and nothing is overwritten.
    const stale = updateBriefing(created.id, { title: 'Theirs', slides: [], version: 1 }, db);
    expect(stale).toEqual({ status: 'conflict', current: first.briefing });
    expect(getBriefing(created.id, db)?.title).toBe('Mine');
  });

  it('reports not-found for unknown and malformed ids', () => {
    expect(updateBriefing('00000000-0000-4000-8000-000000000000', { ...input, version: 1 }, db)).toEqual({ status: 'not-found' });
    expect(updateBriefing('../etc', { ...input, version: 1 }, db)).toEqual({ status: 'not-found' });
    expect(getBriefing('not-a-uuid', db)).toBeNull();
    expect(deleteBriefing("' OR 1=1 --", db)).toBe(false);
  });

  it('records who saved each version, "local" by default', () => {
    const created = createBriefing(input, db);
    expect(created.savedBy).toBe('local');
    const byAnna = updateBriefing(created.id, { ...input, version: 1 }, db, 'Anna');
    expect(byAnna.status === 'ok' && byAnna.briefing.savedBy).toBe('Anna');
    expect(listBriefings({}, db).briefings[0]?.savedBy).toBe('Anna');
    expect(createBriefing(input, db, 'Ben').savedBy).toBe('Ben');
  });

  it('marks briefings saved before sign-in existed as saved by "local"', () => {
    const old = join(dir, 'old.db');
    const raw = new Database(old);
    migrate(raw, MIGRATIONS.filter((m) => m.version <= 2));
    raw
      .prepare(`INSERT INTO briefings (id, title, version, created_at, updated_at, slide_count, slides_json) VALUES (?, 'Old', 1, ?, ?, 0, '[]')`)
      .run('00000000-0000-4000-8000-000000000001', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    raw.close();
    const reopened = openDatabase(old);
    try {
      expect(getBriefing('00000000-0000-4000-8000-000000000001', reopened)?.savedBy).toBe('local');
    } finally {
      reopened.close();
    }
  });

  it('deletes once', () => {
    const created = createBriefing(input, db);
    expect(deleteBriefing(created.id, db)).toBe(true);
    expect(deleteBriefing(created.id, db)).toBe(false);
    expect(getBriefing(created.id, db)).toBeNull();
  });

  it('keeps everything across a close and reopen of the file', () => {
    const created = createBriefing(input, db);
    const updated = updateBriefing(created.id, { ...input, title: 'after', version: 1 }, db);
    db.close();
    db = openDatabase(path);
    expect(getBriefing(created.id, db)).toEqual(updated.status === 'ok' ? updated.briefing : null);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('sees a write from a second connection to the same file (WAL readers)', () => {
    const other = openDatabase(path);
    try {
      const created = createBriefing(input, other);
      expect(getBriefing(created.id, db)?.title).toBe('The ferry');
      const result = updateBriefing(created.id, { ...input, version: 1 }, db);
      expect(updateBriefing(created.id, { ...input, version: 1 }, other).status).toBe('conflict');
      expect(result.status).toBe('ok');
    } finally {
      other.close();
    }
  });
});
