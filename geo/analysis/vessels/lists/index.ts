// Sanctions lists the user loads: OFAC sdn.xml, OFAC's CSV set, OpenSanctions FollowTheMoney JSON lines.
// Pure TypeScript: runs in a Web Worker and in Node.
export type {
  ListDesignation,
  ListLayout,
  ListParseOptions,
  ListParseOutcome,
  ListParseProgress,
  ListParty,
  ListSkipCounts,
  ListSource,
  SanctionsEntry,
  SanctionsList,
} from './types';
export { parseSanctionsLists } from './parse-lists';
export { sniffListLayout } from './sniff-list';
export type { ListSniffResult } from './sniff-list';
export { DEFAULT_EARLY_BUFFER_CHARS } from './ftm-parser';
export type { FtmParserOptions } from './ftm-parser';
export { LIST_SKIP_REASON_LABELS, LIST_SNIFF_BYTES, MAX_FIELD_CHARS, MAX_LINE_CHARS, MAX_VALUES_PER_FIELD } from './limits';
