/**
 * IMO ship identification numbers (IMO Resolution A.1117(30)): seven digits, the last a check digit. The
 * first six digits are weighted 7, 6, 5, 4, 3, 2 from the left; the sum's last digit is the check digit.
 * IMO 9074729: 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, so the check digit is 9.
 */

const IMO_TEXT = /^\s*(?:IMO[\s.:#-]*)?(\d{7})\s*$/i;

/** The check digit the first six digits of an IMO number call for. */
export function imoCheckDigit(firstSix: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (firstSix.charCodeAt(i) - 48) * (7 - i);
  return sum % 10;
}

/** True for seven digits whose last is the check digit of the first six ("0000000" is not a number). */
export function isValidImo(imo: string): boolean {
  if (!/^\d{7}$/.test(imo) || imo === '0000000') return false;
  return imoCheckDigit(imo) === imo.charCodeAt(6) - 48;
}

/**
 * The seven digits of an IMO number written as lists and AIS write it ("IMO 9074729", "IMO: 9074729",
 * "9074729"), whether or not the check digit is right; null for anything else.
 */
export function imoDigits(text: string): string | null {
  return IMO_TEXT.exec(text)?.[1] ?? null;
}
