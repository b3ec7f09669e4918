import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import { queueWrite } from './write-queue';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'route-atlas-queue-'));
  db = openDatabase(join(dir, 'q.db'));
  db.exec('CREATE TABLE t (n INTEGER NOT NULL UNIQUE)');
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (n: number) => () => db.prepare('INSERT INTO t (n) VALUES (?)').run(n).changes;
const rows = () => db.prepare('SELECT n FROM t ORDER BY n').pluck().all();

describe('queueWrite', () => {
  it('commits writes queued in one turn together, in order, and resolves each with its result', async () => {
    const other = openDatabase(db.name);
    const seenByOther: unknown[] = [];
    try {
      const results = await Promise.all([
        queueWrite(insert(1), db),
        queueWrite(() => {
          // Another connection does not see write 1 yet: it is not committed on its own.
          seenByOther.push(other.prepare('SELECT count(*) FROM t').pluck().get());
          return rows();
        }, db),
        queueWrite(insert(2), db),
      ]);
      expect(results).toEqual([1, [1], 1]);
      expect(seenByOther).toEqual([0]);
      expect(other.prepare('SELECT n FROM t ORDER BY n').pluck().all()).toEqual([1, 2]);
    } finally {
      other.close();
    }
  });

  it('rejects a failing write without undoing the others of its batch', async () => {
    const outcomes = await Promise.allSettled([
      queueWrite(insert(1), db),
      queueWrite(() => {
        insert(3)();
        insert(1)(); // UNIQUE violation: this write, its row 3 included, is undone
      }, db),
      queueWrite(insert(2), db),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rows()).toEqual([1, 2]);
  });

  it('rejects every write of a batch whose commit fails, and resolves none', async () => {
    const pending = [queueWrite(insert(1), db), queueWrite(insert(2), db)];
    db.close(); // the transaction cannot even start
    const outcomes = await Promise.allSettled(pending);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('starts a new batch for writes queued after a flush', async () => {
    await queueWrite(insert(1), db);
    await queueWrite(insert(2), db);
    expect(rows()).toEqual([1, 2]);
  });
});
