/**
 * IMO ship identification numbers (IMO Resolution A.1117(30)): seven digits, the last a check digit. The
 * first six digits are weighted 7, 6, 5, 4, 3, 2 from the left; the sum's last digit is the check digit.
 * IMO 9074729: 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, so the check digit is 9.
 */

import { imoCheckDigit as checkDigitOf, isValidImoNumber } from '@/data/imo-number';

const IMO_TEXT = /^\s*(?:IMO[\s.:#-]*)?(\d{7})\s*$/i;

/** The check digit the first six digits of an IMO number call for; the rule lives in data/imo-number.ts. */
export function imoCheckDigit(firstSix: string): number {
  const digit = checkDigitOf(firstSix);
  if (digit === undefined) throw new RangeError(`an IMO check digit needs six digits, not "${firstSix}"`);
  return digit;
}

/** True for seven digits whose last is the check digit of the first six ("0000000" is not a number). */
export const isValidImo: (imo: string) => boolean = isValidImoNumber;

/**
 * The seven digits of an IMO number written as lists and AIS write it ("IMO 9074729", "IMO: 9074729",
 * "9074729"), whether or not the check digit is right; null for anything else.
 */
export function imoDigits(text: string): string | null {
  return IMO_TEXT.exec(text)?.[1] ?? null;
}
