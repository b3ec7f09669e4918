import { describe, expect, it } from 'vitest';
import { imoCheckDigit, imoDigits, isValidImo } from './imo';

describe('IMO check digit', () => {
  it('accepts numbers whose seventh digit is the weighted sum of the first six (mod 10)', () => {
    // Worked example of IMO Resolution A.1117(30): 9×7+0×6+7×5+4×4+7×3+2×2 = 139 → 9.
    expect(imoCheckDigit('907472')).toBe(9);
    expect(isValidImo('9074729')).toBe(true);
    expect(isValidImo('8814275')).toBe(true); // 8·7+8·6+1·5+4·4+2·3+7·2 = 145 → 5
    expect(isValidImo('1000005')).toBe(false); // 1·7 = 7 → check digit 7, not 5
    expect(isValidImo('1000007')).toBe(true);
  });

  it('refuses a wrong check digit, other lengths, letters and all zeros', () => {
    expect(isValidImo('9074728')).toBe(false);
    expect(isValidImo('907472')).toBe(false);
    expect(isValidImo('90747290')).toBe(false);
    expect(isValidImo('9O74729')).toBe(false);
    expect(isValidImo('0000000')).toBe(false);
  });

  it('reads the digits as lists and AIS write them', () => {
    expect(imoDigits('IMO 9074729')).toBe('9074729');
    expect(imoDigits('imo:9074729')).toBe('9074729');
    expect(imoDigits(' 9074729 ')).toBe('9074729');
    expect(imoDigits('IMO 9074728')).toBe('9074728'); // digits, whatever the check digit says
    expect(imoDigits('MMSI 445123000')).toBeNull();
    expect(imoDigits('90747291')).toBeNull();
  });
});
