import { describe, expect, it } from 'vitest';
import { draftRecord, draftsToOffer, parseDraftRecord } from './draft-record';
import type { BriefingDraft } from './slide-ops';

const slide = (id: string) => ({ id, title: `Slide ${id}`, notes: 'n', query: 'v=1', annotations: [{ id: 'a', text: 'pin', lon: 130, lat: 42 }] });
const three: BriefingDraft = { title: 'Rason', slides: [slide('1'), slide('2'), slide('3')] };

describe('draft records', () => {
  it('round-trips a draft, its saved id and version included, through structured data', () => {
    const saved = { ...three, saved: { id: '6f1c1c52-8f0e-4c3e-9f77-0a9d6f0f1e11', version: 3 } };
    const record = draftRecord('page-1', saved, 1234);
    expect(parseDraftRecord(structuredClone(record))).toEqual(record);
    expect(parseDraftRecord(draftRecord('p', { title: '', slides: [] }, 1))?.draft).toEqual({ title: '', slides: [] });
  });

  it('refuses damaged or foreign records', () => {
    const record = draftRecord('page-1', three, 1);
    for (const bad of [null, 'x', {}, { ...record, format: 'other' }, { ...record, draft: { title: 1, slides: [] } }, { ...record, draft: { ...three, slides: [slide('1'), slide('1')] } }]) {
      expect(parseDraftRecord(bad)).toBeNull();
    }
  });

  it('offers the records of pages that are gone, newest first, except one identical to the open briefing', () => {
    const older = draftRecord('gone-1', three, 100);
    const newer = draftRecord('gone-2', { ...three, title: 'Newer' }, 200);
    const live = draftRecord('live', { ...three, title: 'Being edited' }, 300);
    const same = draftRecord('gone-3', { title: 'Open', slides: [] }, 400);
    expect(draftsToOffer([older, live, newer, same], new Set(['live']), { title: 'Open', slides: [] }).map((r) => r.pageId)).toEqual(['gone-2', 'gone-1']);
  });
});
