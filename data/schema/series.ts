import { z } from 'zod';
import { commoditySchema } from './commodity';
import { confidenceSchema } from './confidence';
import { countryCodeSchema, idSchema, isoDateSchema, periodSchema, requireNoteForConfidence, sourceIdsSchema } from './common';

// ---------------------------------------------------------------------------------------------------------------
// Trade

/** One year's value in whole US dollars (84.8 M → 84800000). */
export const tradePointSchema = z
  .strictObject({
    year: z.int().min(1990).max(2100),
    valueUsd: z.int().nonnegative(),
    confidence: confidenceSchema,
    sourceIds: sourceIdsSchema,
    note: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => requireNoteForConfidence(p, ctx));
export type TradePoint = z.infer<typeof tradePointSchema>;

export const TRADE_FLOWS = ['total', 'dprk-exports', 'dprk-imports'] as const;
export const tradeFlowSchema = z.enum(TRADE_FLOWS);
export type TradeFlow = z.infer<typeof tradeFlowSchema>;

export const tradePartnersSchema = z.union([
  z.tuple([z.literal('CN'), z.literal('KP')]),
  z.tuple([z.literal('RU'), z.literal('KP')]),
]);
export type TradePartners = z.infer<typeof tradePartnersSchema>;

/**
 * One publisher's series for one partner pair, flow and commodity. Where publishers disagree (GACC vs KOTRA)
 * each keeps its own series; values are never averaged.
 */
export const tradeSeriesSchema = z
  .strictObject({
    id: idSchema,
    label: z.string().min(1),
    partners: tradePartnersSchema,
    publisher: z.string().min(1),
    flow: tradeFlowSchema,
    commodity: z.union([z.literal('all'), commoditySchema]),
    unit: z.literal('USD'),
    sourceIds: sourceIdsSchema,
    confidence: confidenceSchema,
    note: z.string().min(1).optional(),
    points: z.array(tradePointSchema).min(1),
  })
  .superRefine((s, ctx) => {
    requireNoteForConfidence(s, ctx);
    const seen = new Set<number>();
    s.points.forEach((p, i) => {
      if (seen.has(p.year)) {
        ctx.addIssue({ code: 'custom', path: ['points', i, 'year'], message: `duplicate year ${p.year}` });
      }
      seen.add(p.year);
    });
  });
export type TradeSeries = z.infer<typeof tradeSeriesSchema>;

export const tradeFileSchema = z.strictObject({ series: z.array(tradeSeriesSchema) });
export type TradeData = z.infer<typeof tradeFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Labor

/** A head count: a single value, or a range (low and/or high: "more than 50,000" is `low: 50000`). */
export const laborPointSchema = z
  .strictObject({
    date: isoDateSchema,
    value: z.int().nonnegative().optional(),
    low: z.int().nonnegative().optional(),
    high: z.int().nonnegative().optional(),
    confidence: confidenceSchema,
    sourceIds: sourceIdsSchema,
    note: z.string().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    requireNoteForConfidence(p, ctx);
    if (p.value === undefined && p.low === undefined && p.high === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'needs value, low or high' });
    }
    if (p.low !== undefined && p.high !== undefined && p.low > p.high) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'low is above high' });
    }
  });
export type LaborPoint = z.infer<typeof laborPointSchema>;

export const LABOR_HOSTS = ['RU', 'CN', 'ALL'] as const;

export const workerSeriesSchema = z.strictObject({
  id: idSchema,
  host: z.enum(LABOR_HOSTS),
  label: z.string().min(1),
  /** What is counted (workers present, valid permits, new registrations...). */
  measure: z.string().min(1),
  points: z.array(laborPointSchema).min(1),
});
export type WorkerSeries = z.infer<typeof workerSeriesSchema>;

export const earningsSchema = z
  .strictObject({
    id: idSchema,
    /** What is earned by whom, e.g. "DPRK state revenue from workers abroad". */
    scope: z.string().min(1),
    host: z.enum(LABOR_HOSTS),
    period: periodSchema,
    /** Display text for the period, e.g. "2017–2019". */
    periodLabel: z.string().min(1),
    lowUsd: z.number().nonnegative().optional(),
    highUsd: z.number().nonnegative().optional(),
    valueUsd: z.number().nonnegative().optional(),
    unit: z.enum(['USD/year', 'USD/month']),
    confidence: confidenceSchema,
    sourceIds: sourceIdsSchema,
    note: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    requireNoteForConfidence(e, ctx);
    if (e.valueUsd === undefined && e.lowUsd === undefined && e.highUsd === undefined) {
      ctx.addIssue({ code: 'custom', path: ['valueUsd'], message: 'needs valueUsd, lowUsd or highUsd' });
    }
    if (e.lowUsd !== undefined && e.highUsd !== undefined && e.lowUsd > e.highUsd) {
      ctx.addIssue({ code: 'custom', path: ['lowUsd'], message: 'lowUsd is above highUsd' });
    }
  });
export type Earnings = z.infer<typeof earningsSchema>;

export const laborFileSchema = z.strictObject({
  workers: z.array(workerSeriesSchema),
  earnings: z.array(earningsSchema),
});
export type LaborData = z.infer<typeof laborFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Petroleum

const numberRecordBase = {
  id: idSchema,
  period: periodSchema,
  /** Display text for the period, e.g. "Jan–Apr 2018". */
  periodLabel: z.string().min(1),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  note: z.string().min(1).optional(),
};

/** A UN Security Council supply cap. */
export const petroleumCapSchema = z
  .strictObject({
    ...numberRecordBase,
    product: z.enum(['refined-petroleum', 'crude-oil']),
    /** Resolution symbol, e.g. "S/RES/2397 (2017)". */
    resolution: z.string().min(1),
    barrels: z.int().positive().optional(),
    tonnes: z.int().positive().optional(),
    /** True where the cap is per year; false where it covers only `period`. */
    perYear: z.boolean(),
  })
  .superRefine((c, ctx) => {
    requireNoteForConfidence(c, ctx);
    if (c.barrels === undefined && c.tonnes === undefined) {
      ctx.addIssue({ code: 'custom', path: ['barrels'], message: 'a cap needs barrels or tonnes' });
    }
  });
export type PetroleumCap = z.infer<typeof petroleumCapSchema>;

/** Deliveries of refined products officially reported to the 1718 Committee. */
export const reportedDeliverySchema = z
  .strictObject({
    ...numberRecordBase,
    /** Reporting supplier states; more than one where only a combined figure is published. */
    suppliers: z.array(countryCodeSchema).min(1),
    tonnes: z.int().nonnegative().optional(),
    /** Only where a source states barrels; never converted here. */
    barrels: z.int().nonnegative().optional(),
    /** Share of the annual cap, where a source states it. */
    shareOfCapPercent: z.number().nonnegative().optional(),
  })
  .superRefine((d, ctx) => {
    requireNoteForConfidence(d, ctx);
    if (d.tonnes === undefined && d.barrels === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tonnes'], message: 'a delivery record needs tonnes or barrels' });
    }
  });
export type ReportedDelivery = z.infer<typeof reportedDeliverySchema>;

/** Estimates of actual (including illicit) supply, e.g. the US estimate for 2018. */
export const petroleumEstimateSchema = z
  .strictObject({
    ...numberRecordBase,
    publisher: z.string().min(1),
    description: z.string().min(1),
    /** Number of deliveries counted. */
    deliveries: z.int().nonnegative().optional(),
    barrels: z.int().nonnegative().optional(),
    /** True where `barrels` is a ceiling ("up to"), not a measurement. */
    barrelsIsUpperBound: z.boolean().optional(),
    /** True where `barrels` is a floor ("more than"). */
    barrelsIsLowerBound: z.boolean().optional(),
    /** A stated range ("0.6–1.6 M bbl"), low end; kept as a range, never averaged into `barrels`. */
    barrelsLow: z.int().nonnegative().optional(),
    /** High end of the stated range. */
    barrelsHigh: z.int().nonnegative().optional(),
    barrelsPerDay: z.int().nonnegative().optional(),
    /** Multiple of the annual cap, where a source states it ("more than 7 times"). */
    multipleOfCap: z.number().positive().optional(),
  })
  .superRefine((e, ctx) => {
    requireNoteForConfidence(e, ctx);
    if (e.deliveries === undefined && e.barrels === undefined && e.barrelsPerDay === undefined && e.barrelsLow === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['barrels'],
        message: 'an estimate needs deliveries, barrels, a barrels range or barrelsPerDay',
      });
    }
    if ((e.barrelsLow === undefined) !== (e.barrelsHigh === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['barrelsLow'], message: 'a range needs both barrelsLow and barrelsHigh' });
    }
    if (e.barrelsLow !== undefined && e.barrelsHigh !== undefined && e.barrelsLow > e.barrelsHigh) {
      ctx.addIssue({ code: 'custom', path: ['barrelsLow'], message: 'barrelsLow is above barrelsHigh' });
    }
    if (e.barrelsLow !== undefined && e.barrels !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['barrels'], message: 'give a single figure or a range, not both' });
    }
  });
export type PetroleumEstimate = z.infer<typeof petroleumEstimateSchema>;

export const petroleumFileSchema = z.strictObject({
  caps: z.array(petroleumCapSchema),
  reportedDeliveries: z.array(reportedDeliverySchema),
  estimates: z.array(petroleumEstimateSchema),
});
export type PetroleumData = z.infer<typeof petroleumFileSchema>;
