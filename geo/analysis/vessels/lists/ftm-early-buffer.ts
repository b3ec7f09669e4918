/** A party (company, person, ...) reduced to what a dossier shows of an owner or operator. */
export interface FtmPartySummary {
  id: string;
  schema: string;
  name?: string;
}

/** A relation entity reduced to its endpoints and what it says. */
export interface FtmRelationSummary {
  id: string;
  schema: 'Ownership' | 'UnknownLink' | 'Sanction';
  /** Endpoints that may be a vessel: Ownership.asset, Sanction.entity, both ends of an UnknownLink. */
  vesselSide: string[];
  /** The party at the other end (Ownership.owner, the other end of an UnknownLink). */
  partyIds: string[];
  role?: string;
  programme?: string;
  authority?: string;
  startDate?: string;
}

interface Slot {
  kind: 'party' | 'relation';
  item: FtmPartySummary | FtmRelationSummary;
  size: number;
  live: boolean;
}

function sizeOf(item: FtmPartySummary | FtmRelationSummary): number {
  let n = 64;
  for (const v of Object.values(item)) n += Array.isArray(v) ? v.reduce((s: number, x: string) => s + x.length + 8, 0) : String(v).length;
  return n;
}

/**
 * Parties and relations read before any vessel named them, kept in case one does later. This is what lets a
 * file put an owner before its vessel in one pass; it is also the only part of the memory that grows with the
 * number of non-vessel entities, so it has a budget (characters of summaries kept, about two bytes each):
 * beyond it the oldest are dropped and counted, and the parser reads the file again to find them.
 */
export class FtmEarlyBuffer {
  private readonly parties = new Map<string, Slot>();
  private readonly relations = new Map<string, Slot[]>();
  private readonly queue: Slot[] = [];
  private head = 0;
  private used = 0;
  dropped = 0;

  constructor(private readonly budgetChars: number) {}

  addParty(party: FtmPartySummary): void {
    if (this.parties.has(party.id)) return;
    const slot: Slot = { kind: 'party', item: party, size: sizeOf(party), live: true };
    this.parties.set(party.id, slot);
    this.enqueue(slot);
  }

  addRelation(relation: FtmRelationSummary): void {
    const slot: Slot = { kind: 'relation', item: relation, size: sizeOf(relation), live: true };
    for (const end of relation.vesselSide) {
      const list = this.relations.get(end);
      if (list === undefined) this.relations.set(end, [slot]);
      else list.push(slot);
    }
    this.enqueue(slot);
  }

  /** Removes and returns the party, if it is still held. */
  takeParty(id: string): FtmPartySummary | undefined {
    const slot = this.parties.get(id);
    if (slot === undefined) return undefined;
    this.parties.delete(id);
    this.release(slot);
    return slot.item as FtmPartySummary;
  }

  /** Removes and returns the relations held for a vessel id. */
  takeRelations(vesselId: string): FtmRelationSummary[] {
    const list = this.relations.get(vesselId);
    if (list === undefined) return [];
    this.relations.delete(vesselId);
    const out: FtmRelationSummary[] = [];
    for (const slot of list) {
      if (!slot.live) continue;
      this.release(slot);
      out.push(slot.item as FtmRelationSummary);
    }
    return out;
  }

  /** Drops everything held (when the file is to be read again, which finds it all anyway). */
  clear(): void {
    this.parties.clear();
    this.relations.clear();
    this.queue.length = 0;
    this.head = 0;
    this.used = 0;
  }

  get usedChars(): number {
    return this.used;
  }

  private enqueue(slot: Slot): void {
    this.queue.push(slot);
    this.used += slot.size;
    while (this.used > this.budgetChars && this.head < this.queue.length) {
      const oldest = this.queue[this.head++]!;
      if (!oldest.live) continue;
      this.release(oldest);
      this.dropped++;
      if (oldest.kind === 'party') this.parties.delete(oldest.item.id);
      else {
        for (const end of (oldest.item as FtmRelationSummary).vesselSide) {
          const rest = this.relations.get(end)?.filter((s) => s !== oldest) ?? [];
          if (rest.length === 0) this.relations.delete(end);
          else this.relations.set(end, rest);
        }
      }
    }
    // Compact the queue now and then so the dead slots at its head can be collected.
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  private release(slot: Slot): void {
    if (!slot.live) return;
    slot.live = false;
    this.used -= slot.size;
  }
}
