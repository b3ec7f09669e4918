import { describe, expect, it } from 'vitest';
import { imoCheckDigit, isValidImoNumber } from './imo-number';

describe('IMO check digit', () => {
  it('accepts numbers whose last digit is the weighted sum of the first six, mod 10', () => {
    // The worked example of the IMO scheme, and ships in the dataset (Japan MOFA and MoD pages).
    expect(imoCheckDigit('907472')).toBe(9);
    for (const imo of ['9074729', '8660313', '8691702', '8916293', '8610461', '7303803', '8125703']) {
      expect(isValidImoNumber(imo), imo).toBe(true);
    }
  });

  it('rejects a wrong check digit, a transposition, and anything but seven digits', () => {
    expect(isValidImoNumber('8660314')).toBe(false);
    expect(isValidImoNumber('8606313')).toBe(false);
    expect(isValidImoNumber('866031')).toBe(false);
    expect(isValidImoNumber('IMO 8660313')).toBe(false);
    expect(isValidImoNumber('86603130')).toBe(false);
    expect(isValidImoNumber('0000000')).toBe(false);
    expect(imoCheckDigit('12345')).toBeUndefined();
  });
});
