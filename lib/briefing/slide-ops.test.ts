import { describe, expect, it } from 'vitest';
import {
  BriefingInputSchema,
  MAX_ANNOTATIONS_PER_SLIDE,
  MAX_NOTES_CHARS,
  MAX_QUERY_CHARS,
  MAX_SLIDES,
  MAX_TITLE_CHARS,
  type Briefing,
} from './briefing-schema';
import {
  addAnnotation,
  addSlide,
  deleteSlide,
  draftForSave,
  draftFromBriefing,
  emptyDraft,
  moveSlide,
  newItemId,
  removeAnnotation,
  renameBriefing,
  renameSlide,
  sameContent,
  setSlideNotes,
  updateSlideQuery,
  wrapLongitude,
  type BriefingDraft,
  type OpResult,
} from './slide-ops';

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function value(result: OpResult): BriefingDraft {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

function message(result: OpResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

const FERRY = 'v=1&view=131.9,43.1,6.00&select=port-rajin';
const RAIL = 'v=1&view=130.5,42.4,9.00&select=rail-khasan-rajin';
const STS = 'v=1&view=123.0,37.0,6.00&layers=zones,incidents';

function threeSlides(): BriefingDraft {
  const ids = counter('slide');
  let draft = emptyDraft('Leaks through Rason');
  draft = value(addSlide(draft, { query: FERRY, title: 'The ferry', notes: 'Twice a week.' }, ids));
  draft = value(addSlide(draft, { query: RAIL, title: 'The rail link', notes: '' }, ids));
  draft = value(addSlide(draft, { query: STS, title: 'The STS zones', notes: 'Ship to ship.' }, ids));
  return draft;
}

const titles = (draft: BriefingDraft) => draft.slides.map((s) => s.title);

describe('slide operations', () => {
  it('adds slides with fresh ids, the view query, notes and no annotations; the result is a valid body', () => {
    const draft = threeSlides();
    expect(draft.slides.map((s) => s.id)).toEqual(['slide-1', 'slide-2', 'slide-3']);
    expect(draft.slides[0]).toEqual({ id: 'slide-1', title: 'The ferry', notes: 'Twice a week.', query: FERRY, annotations: [] });
    expect(BriefingInputSchema.safeParse({ title: draft.title, slides: draft.slides }).success).toBe(true);
  });

  it('names an untitled slide by its position and trims titles', () => {
    const draft = value(addSlide(threeSlides(), { query: FERRY, title: '   ', notes: '' }, counter('x')));
    expect(draft.slides[3]?.title).toBe('Slide 4');
    expect(value(renameSlide(draft, 'slide-1', '  Ferry  ')).slides[0]?.title).toBe('Ferry');
  });

  it('uses crypto UUIDs by default', () => {
    const draft = value(addSlide(emptyDraft('b'), { query: FERRY, title: 't', notes: '' }));
    expect(draft.slides[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newItemId()).not.toBe(newItemId());
  });

  it('does not change the draft it was given', () => {
    const draft = threeSlides();
    const before = structuredClone(draft);
    moveSlide(draft, 'slide-1', 1);
    deleteSlide(draft, 'slide-2');
    renameSlide(draft, 'slide-3', 'Other');
    addAnnotation(draft, 'slide-1', { text: 'Rajin', lon: 130.3, lat: 42.2 });
    expect(draft).toEqual(before);
  });

  it('refuses more slides than the schema allows', () => {
    let draft = emptyDraft('Many');
    const ids = counter();
    for (let i = 0; i < MAX_SLIDES; i++) draft = value(addSlide(draft, { query: FERRY, title: `S${i}`, notes: '' }, ids));
    expect(message(addSlide(draft, { query: FERRY, title: 'one more', notes: '' }, ids))).toMatch(`at most ${MAX_SLIDES} slides`);
  });

  it('refuses titles, notes and queries over the limits, and empty slide titles on rename', () => {
    const draft = threeSlides();
    expect(message(addSlide(draft, { query: FERRY, title: 'x'.repeat(MAX_TITLE_CHARS + 1), notes: '' }))).toMatch(/too long/);
    expect(message(addSlide(draft, { query: FERRY, title: 't', notes: 'x'.repeat(MAX_NOTES_CHARS + 1) }))).toMatch(/notes are too long/);
    expect(message(addSlide(draft, { query: 'x'.repeat(MAX_QUERY_CHARS + 1), title: 't', notes: '' }))).toMatch(/too complex/);
    expect(message(renameSlide(draft, 'slide-1', '  '))).toMatch(/needs a title/);
    expect(message(renameBriefing(draft, 'x'.repeat(MAX_TITLE_CHARS + 1)))).toMatch(/too long/);
    expect(message(setSlideNotes(draft, 'slide-1', 'x'.repeat(MAX_NOTES_CHARS + 1)))).toMatch(/too long/);
    expect(value(setSlideNotes(draft, 'slide-1', 'New notes')).slides[0]?.notes).toBe('New notes');
  });

  it('moves slides up and down, and a move past an end changes nothing', () => {
    const draft = threeSlides();
    expect(titles(value(moveSlide(draft, 'slide-3', -1)))).toEqual(['The ferry', 'The STS zones', 'The rail link']);
    expect(titles(value(moveSlide(draft, 'slide-1', 1)))).toEqual(['The rail link', 'The ferry', 'The STS zones']);
    expect(value(moveSlide(draft, 'slide-1', -1))).toBe(draft);
    expect(value(moveSlide(draft, 'slide-3', 1))).toBe(draft);
  });

  it('updates a slide from the current view, keeping its title, notes and annotations', () => {
    const annotated = value(addAnnotation(threeSlides(), 'slide-1', { text: 'Rajin', lon: 130.3, lat: 42.2 }, counter('a')));
    const updated = value(updateSlideQuery(annotated, 'slide-1', STS));
    expect(updated.slides[0]).toMatchObject({ title: 'The ferry', notes: 'Twice a week.', query: STS });
    expect(updated.slides[0]?.annotations).toHaveLength(1);
    expect(updated.slides[1]?.query).toBe(RAIL);
  });

  it('deletes a slide; an unknown slide id is refused', () => {
    const draft = value(deleteSlide(threeSlides(), 'slide-2'));
    expect(titles(draft)).toEqual(['The ferry', 'The STS zones']);
    expect(message(deleteSlide(draft, 'slide-2'))).toMatch(/no longer/);
    expect(message(renameSlide(draft, 'nope', 'x'))).toMatch(/no longer/);
    expect(message(moveSlide(draft, 'nope', 1))).toMatch(/no longer/);
  });

  it('adds and removes annotations, with trimmed text and a wrapped longitude', () => {
    const ids = counter('a');
    let draft = value(addAnnotation(threeSlides(), 'slide-2', { text: '  Tumen bridge ', lon: 130.6 + 360, lat: 42.4 }, ids));
    draft = value(addAnnotation(draft, 'slide-2', { text: 'Khasan', lon: 130.7, lat: 42.43 }, ids));
    const annotations = draft.slides[1]?.annotations ?? [];
    expect(annotations.map((a) => a.text)).toEqual(['Tumen bridge', 'Khasan']);
    expect(annotations[0]?.lon).toBeCloseTo(130.6, 9);
    expect(value(removeAnnotation(draft, 'slide-2', 'a-1')).slides[1]?.annotations.map((a) => a.id)).toEqual(['a-2']);
  });

  it('refuses empty, long, misplaced and too many annotations', () => {
    const draft = threeSlides();
    expect(message(addAnnotation(draft, 'slide-1', { text: ' ', lon: 0, lat: 0 }))).toMatch(/needs some text/);
    expect(message(addAnnotation(draft, 'slide-1', { text: 'x'.repeat(281), lon: 0, lat: 0 }))).toMatch(/too long/);
    expect(message(addAnnotation(draft, 'slide-1', { text: 'x', lon: Number.NaN, lat: 0 }))).toMatch(/not on the map/);
    expect(message(addAnnotation(draft, 'slide-1', { text: 'x', lon: 0, lat: 95 }))).toMatch(/not on the map/);
    let full = draft;
    const ids = counter('a');
    for (let i = 0; i < MAX_ANNOTATIONS_PER_SLIDE; i++) full = value(addAnnotation(full, 'slide-1', { text: `n${i}`, lon: 130, lat: 42 }, ids));
    expect(message(addAnnotation(full, 'slide-1', { text: 'one more', lon: 130, lat: 42 }, ids))).toMatch(`at most ${MAX_ANNOTATIONS_PER_SLIDE}`);
  });

  it('wraps longitudes into [-180, 180]', () => {
    expect(wrapLongitude(190)).toBeCloseTo(-170);
    expect(wrapLongitude(-190)).toBeCloseTo(170);
    expect(wrapLongitude(540)).toBe(180);
    expect(wrapLongitude(-180)).toBe(-180);
    expect(wrapLongitude(12.5)).toBe(12.5);
  });
});

describe('draftForSave', () => {
  it('trims the title and returns exactly title and slides', () => {
    const result = draftForSave({ ...threeSlides(), title: '  Rason  ', saved: { id: 'x', version: 2 } });
    expect(result.ok && Object.keys(result.value)).toEqual(['title', 'slides']);
    expect(result.ok && result.value.title).toBe('Rason');
  });

  it('asks for a title', () => {
    const result = draftForSave(emptyDraft('  '));
    expect(!result.ok && result.message).toMatch(/title/);
  });

  it('refuses a body over the API limit before any request', () => {
    let draft = emptyDraft('Long');
    const ids = counter();
    for (let i = 0; i < 80; i++) draft = value(addSlide(draft, { query: FERRY, title: `S${i}`, notes: '한'.repeat(MAX_NOTES_CHARS) }, ids));
    const result = draftForSave(draft);
    expect(!result.ok && result.message).toMatch(/too large to save/);
  });

  it('refuses what the schema refuses (a duplicate slide id from a hand-made draft)', () => {
    const draft = threeSlides();
    const result = draftForSave({ ...draft, slides: [...draft.slides, draft.slides[0]!] });
    expect(!result.ok && result.message).toMatch(/duplicate slide id/);
  });
});

describe('drafts', () => {
  it('a saved briefing opens with its id and version', () => {
    const briefing: Briefing = {
      id: '6f1c1c52-8f0e-4c3e-9f77-0a9d6f0f1e11',
      title: 'Rason',
      version: 4,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      savedBy: 'Anna',
      slides: threeSlides().slides,
    };
    const draft = draftFromBriefing(briefing);
    expect(draft.saved).toEqual({ id: briefing.id, version: 4 });
    expect(sameContent(draft, briefing)).toBe(true);
    expect(sameContent(value(renameSlide(draft, 'slide-1', 'Other')), briefing)).toBe(false);
  });
});
