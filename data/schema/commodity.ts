import { z } from 'zod';

/** The closed vocabulary of goods and flows the dataset tags features and series with. */
export const COMMODITIES = [
  'coal',
  'crude-oil',
  'refined-petroleum',
  'timber',
  'seafood',
  'textiles',
  'labor',
  'iron-ore',
  'passengers',
  'general-cargo',
  'munitions',
  'containers',
] as const;

export const commoditySchema = z.enum(COMMODITIES);
export type Commodity = z.infer<typeof commoditySchema>;

/** Human labels for the commodities. */
export const COMMODITY_LABELS: Readonly<Record<Commodity, string>> = {
  coal: 'Coal',
  'crude-oil': 'Crude oil',
  'refined-petroleum': 'Refined petroleum',
  timber: 'Timber',
  seafood: 'Seafood',
  textiles: 'Textiles',
  labor: 'Labor',
  'iron-ore': 'Iron ore',
  passengers: 'Passengers',
  'general-cargo': 'General cargo',
  munitions: 'Munitions and military materiel',
  containers: 'Containers (contents not stated)',
};
