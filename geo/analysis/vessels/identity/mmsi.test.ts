import { describe, expect, it } from 'vitest';
import { flagCode } from './country-names';
import { MID_TO_ISO2 } from './mid-table';
import { midAgreesWithFlag, mmsiMid } from './mmsi';

describe('MID to flag (ITU table of Maritime Identification Digits)', () => {
  // Allocations checked against the ITU MID table.
  const KNOWN: [mid: string, iso2: string][] = [
    ['445', 'KP'], ['273', 'RU'], ['412', 'CN'], ['413', 'CN'], ['414', 'CN'], ['440', 'KR'], ['441', 'KR'],
    ['431', 'JP'], ['432', 'JP'], ['511', 'PW'], ['667', 'SL'], ['352', 'PA'], ['353', 'PA'], ['354', 'PA'],
    ['355', 'PA'], ['356', 'PA'], ['357', 'PA'], ['370', 'PA'], ['371', 'PA'], ['372', 'PA'], ['373', 'PA'],
    ['477', 'HK'], ['457', 'MN'], ['671', 'TG'], ['312', 'BZ'], ['341', 'KN'], ['616', 'KM'], ['620', 'KM'],
    ['514', 'KH'], ['515', 'KH'], ['636', 'LR'], ['538', 'MH'], ['574', 'VN'], ['613', 'CM'], ['518', 'CK'],
    ['674', 'TZ'], ['677', 'TZ'], ['422', 'IR'], ['468', 'SY'], ['232', 'GB'], ['366', 'US'], ['211', 'DE'],
  ];
  it.each(KNOWN)('MID %s is %s', (mid, iso2) => {
    expect(MID_TO_ISO2.get(mid)).toBe(iso2);
    expect(mmsiMid(`${mid}123456`)).toEqual({ kind: 'ship', mid, iso2 });
  });

  it('finds the MID of group, coast, SAR aircraft, craft and aid-to-navigation numbers', () => {
    expect(mmsiMid('044512345')).toMatchObject({ kind: 'group', mid: '445', iso2: 'KP' });
    expect(mmsiMid('002731234')).toMatchObject({ kind: 'coast', mid: '273', iso2: 'RU' });
    expect(mmsiMid('111273123')).toMatchObject({ kind: 'sar-aircraft', mid: '273' });
    expect(mmsiMid('984121234')).toMatchObject({ kind: 'craft-associated', mid: '412', iso2: 'CN' });
    expect(mmsiMid('994401234')).toMatchObject({ kind: 'aid-to-navigation', mid: '440', iso2: 'KR' });
  });

  it('has no MID for devices, other lengths and text; unallocated MIDs name no country', () => {
    expect(mmsiMid('970123456')).toBeNull();
    expect(mmsiMid('812345678')).toBeNull();
    expect(mmsiMid('44512345')).toBeNull();
    expect(mmsiMid('44512345x')).toBeNull();
    expect(mmsiMid('217123456')).toEqual({ kind: 'ship', mid: '217', iso2: null });
  });

  it('compares an MMSI with a stated flag, a territory agreeing with its sovereign', () => {
    expect(midAgreesWithFlag('445123000', 'KP')).toBe('agrees');
    expect(midAgreesWithFlag('445123000', 'sl')).toBe('disagrees');
    expect(midAgreesWithFlag('477123000', 'CN')).toBe('agrees');
    expect(midAgreesWithFlag('217123000', 'KP')).toBe('unallocated-mid');
    expect(midAgreesWithFlag('970123456', 'KP')).toBe('no-mid');
  });
});

describe('flagCode', () => {
  it('reads ISO codes and the names lists write', () => {
    expect(flagCode('kp')).toBe('KP');
    expect(flagCode('Korea, North')).toBe('KP');
    expect(flagCode('DPRK')).toBe('KP');
    expect(flagCode('  Russian Federation ')).toBe('RU');
    expect(flagCode('Sierra Leone')).toBe('SL');
    expect(flagCode('Panama')).toBe('PA');
    expect(flagCode('Atlantis')).toBeNull();
    expect(flagCode('xx')).toBeNull();
  });
});
