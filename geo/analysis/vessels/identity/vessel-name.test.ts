import { describe, expect, it } from 'vitest';
import { compactVesselName, DIFFERENT_NUMERAL_MAX_SCORE, normaliseVesselName, vesselNameScore } from './vessel-name';

describe('normaliseVesselName', () => {
  it.each([
    ['Chon Ma San', 'CHON MA SAN'],
    ['  chon   ma-san ', 'CHON MA SAN'],
    ['M/V CHON MA SAN', 'CHON MA SAN'],
    ['M.V. Chon Ma San', 'CHON MA SAN'],
    ['MV CHON MA SAN', 'CHON MA SAN'],
    ['m/t Yuk Tung', 'YUK TUNG'],
    ['KUM UN SAN NO. 3', 'KUM UN SAN 3'],
    ['KUM UN SAN NO 3', 'KUM UN SAN 3'],
    ['Kum Un San No.3', 'KUM UN SAN 3'],
    ['KUM UN SAN #3', 'KUM UN SAN 3'],
    ['KUM UN SAN3', 'KUM UN SAN 3'],
    ['Séa Brêeze', 'SEA BREEZE'],
    ["O'Rion", 'ORION'],
    ['<b>NAME</b>', 'B NAME B'],
    ['NOBLE STAR', 'NOBLE STAR'],
    ['MV', 'MV'],
    ['MT. ', 'MT'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseVesselName(input)).toBe(expected);
  });

  it('compacts spaces away, so split and joined spellings meet', () => {
    expect(compactVesselName('Chon Ma San')).toBe(compactVesselName('CHONMASAN'));
  });
});

describe('vesselNameScore', () => {
  it('is 1 for spellings that normalise alike', () => {
    expect(vesselNameScore('M/V Chon Ma San', 'CHONMASAN')).toBe(1);
    expect(vesselNameScore('KUM UN SAN NO. 3', 'kum un san #3')).toBe(1);
  });

  it('is high for one letter apart and low for different names', () => {
    expect(vesselNameScore('CHON MA SAN', 'CHEON MA SAN')).toBeCloseTo(1 - 1 / 10, 5);
    expect(vesselNameScore('YU JONG 2', 'YU JONG 2')).toBe(1);
    expect(vesselNameScore('CHON MA SAN', 'NEW REGENT')).toBeLessThan(0.3);
  });

  it('keeps sister ships apart: a different number caps the score', () => {
    expect(vesselNameScore('KUM UN SAN 2', 'KUM UN SAN 3')).toBeLessThanOrEqual(DIFFERENT_NUMERAL_MAX_SCORE);
    expect(vesselNameScore('CHON MA SAN', 'CHON MA SAN NO. 2')).toBeLessThanOrEqual(DIFFERENT_NUMERAL_MAX_SCORE);
    expect(vesselNameScore('KUM UN SAN 03', 'KUM UN SAN 3')).toBe(1);
  });

  it('scores empty names 0', () => {
    expect(vesselNameScore('', 'CHON MA SAN')).toBe(0);
    expect(vesselNameScore('---', '...')).toBe(0);
  });
});
