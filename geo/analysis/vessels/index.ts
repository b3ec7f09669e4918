// Vessels: identity helpers, sanctions lists, matching, identity red flags of imported AIS.
// Pure TypeScript (no React, no DOM): runs in the import Web Worker, in Node scripts and in tests.
export { imoCheckDigit, imoDigits, isValidImo } from './identity/imo';
export { midAgreesWithFlag, mmsiMid } from './identity/mmsi';
export type { MidFlagAgreement, MmsiMid, MmsiStationKind } from './identity/mmsi';
export { MID_TO_ISO2, TERRITORY_SOVEREIGN } from './identity/mid-table';
export { COUNTRY_NAMES, flagCode } from './identity/country-names';
export { compactVesselName, DIFFERENT_NUMERAL_MAX_SCORE, normalisedNameScore, normaliseVesselName, vesselNameScore } from './identity/vessel-name';

export * from './lists';

export { buildSanctionsIndex } from './matching/sanctions-index';
export type { SanctionsIndex } from './matching/sanctions-index';
export { DEFAULT_MIN_NAME_SCORE, matchVessels } from './matching/match-vessels';
export type { MatchableVessel, MatchEvidence, MatchMethod, MatchOptions, VesselListMatch } from './matching/match-vessels';

export { aisIdentityToMatchable, createAisIdentityCollector, MAX_IDENTITY_VALUES } from './ais-identity/collect-identities';
export type { AisIdentities, AisIdentityCollector, AisVesselIdentity, IdentityObservation } from './ais-identity/collect-identities';

export { computeAisRedFlags } from './red-flags/compute-red-flags';
export type { AisRedFlagInput, AisRedFlagParams } from './red-flags/compute-red-flags';
export { identityRedFlags } from './red-flags/identity-flags';
export type { StatedFlag } from './red-flags/identity-flags';
export { statedFlagsFromMatches } from './red-flags/stated-flags';
export { DEFAULT_IMPOSSIBLE_SPEED_PARAMS, findImpossibleSpeeds } from './red-flags/impossible-speed';
export type { ImpossibleSpeedParams } from './red-flags/impossible-speed';
export { DEFAULT_ZONE_NEAR_KM, gapsNearZones } from './red-flags/gaps-near-zones';
export type { GapNearZone, StsZone } from './red-flags/gaps-near-zones';
export type { AisRedFlag, AisRedFlagKind, SpeedJump, TrackFix } from './red-flags/types';
