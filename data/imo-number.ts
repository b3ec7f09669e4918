/**
 * IMO ship identification numbers: seven digits, the last a check digit. Each of the first six digits is multiplied
 * by its weight (7, 6, 5, 4, 3, 2 from the left); the last digit of the sum is the check digit. IMO 9074729:
 * 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, check digit 9.
 */

const IMO_PATTERN = /^\d{7}$/;

/**
 * The check digit for the first six digits of an IMO number.
 *
 * @param firstSix six digits, e.g. "907472"
 * @returns the digit 0–9, or undefined when `firstSix` is not six digits
 */
export function imoCheckDigit(firstSix: string): number | undefined {
  if (!/^\d{6}$/.test(firstSix)) return undefined;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(firstSix[i]) * (7 - i);
  return sum % 10;
}

/**
 * True where `value` is seven digits whose last digit is the IMO check digit of the first six ("0000000", which
 * passes the arithmetic, is a placeholder, not a number). Accepts the number alone, not an "IMO " prefix: callers
 * normalise first (sanctions lists write "IMO 9074729").
 */
export function isValidImoNumber(value: string): boolean {
  if (!IMO_PATTERN.test(value) || value === '0000000') return false;
  return imoCheckDigit(value.slice(0, 6)) === Number(value[6]);
}
