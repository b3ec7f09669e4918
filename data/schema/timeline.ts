import { z } from 'zod';
import { confidenceSchema } from './confidence';
import { datePrecisionSchema, idSchema, isoDateSchema, requireNoteForConfidence, sourceIdsSchema } from './common';

export const TIMELINE_KINDS = [
  'resolution',
  'designation',
  'infrastructure',
  'incident',
  'policy',
  'weapons-test',
  'summit',
  'report',
] as const;
export const timelineKindSchema = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

/** What each kind is called where an event is shown, mid-sentence ("6 Jan 2016 · weapons test · …"). */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  resolution: 'UN resolution',
  designation: 'designation',
  infrastructure: 'infrastructure',
  incident: 'incident',
  policy: 'policy',
  'weapons-test': 'weapons test',
  summit: 'summit',
  report: 'report',
};

export const timelineEventSchema = z
  .strictObject({
    id: idSchema,
    date: isoDateSchema,
    /** Last day where an event spans days, e.g. the 18–19 Feb 2017 coal suspension. */
    dateEnd: isoDateSchema.optional(),
    datePrecision: datePrecisionSchema,
    kind: timelineKindSchema,
    title: z.string().min(1),
    description: z.string().min(1),
    /** What a resolution or measure banned or capped, one item per entry. */
    bans: z.array(z.string().min(1)).optional(),
    featureIds: z.array(idSchema).optional(),
    /** Vessel records of the ships the event concerns (a designation, a seizure, a port call). */
    vesselIds: z.array(idSchema).optional(),
    sourceIds: sourceIdsSchema,
    confidence: confidenceSchema,
    note: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => requireNoteForConfidence(e, ctx));
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineFileSchema = z.array(timelineEventSchema);
