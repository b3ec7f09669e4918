import type Database from 'better-sqlite3';
import { getDatabase } from './get-database';

// `run` performs the write and returns the function that will hand its result over once the batch is committed.
type Job = { run: () => () => void; reject: (error: unknown) => void };
type Queue = { pending: Job[]; scheduled: boolean };

const queues = new WeakMap<Database.Database, Queue>();

function flush(db: Database.Database, queue: Queue): void {
  queue.scheduled = false;
  const batch = queue.pending;
  queue.pending = [];
  const outcomes: ({ ok: true; settle: () => void } | { ok: false; error: unknown })[] = [];
  try {
    db.transaction(() => {
      for (const job of batch) {
        try {
          // A nested better-sqlite3 transaction is a SAVEPOINT: a job that throws undoes only its own changes.
          outcomes.push({ ok: true, settle: db.transaction(job.run)() });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
    }).immediate();
  } catch (error) {
    // The commit itself failed: nothing of this batch is on disk, so nobody may be told otherwise.
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) outcome.settle();
    else job.reject(outcome?.error);
  });
}

/**
 * Runs `write` in the next group commit on `db` and resolves with its result once that commit is durable.
 *
 * Why: with `synchronous = FULL` each commit waits for an fsync, and better-sqlite3 waits on the event loop. One
 * commit per request made 200 concurrent clients time out on a busy 2-core machine. Writes that arrive in the same
 * turn of the event loop are instead committed together, one fsync for all, each in its own savepoint so that one
 * failing write (it rejects) does not undo the others. A write's promise never resolves before its data is on disk.
 */
export function queueWrite<T>(write: () => T, db: Database.Database = getDatabase()): Promise<T> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { pending: [], scheduled: false };
    queues.set(db, queue);
  }
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.pending.push({
      run: () => {
        const value = write();
        return () => resolve(value);
      },
      reject,
    });
    if (!q.scheduled) {
      q.scheduled = true;
      setImmediate(() => flush(db, q));
    }
  });
}
