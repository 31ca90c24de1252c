/**
 * Money math in integer minor units. Every fraction is rounded once, half up (half away from zero; the
 * amounts here are never negative): 12.5 cents becomes 13. BigInt keeps products such as a large
 * subtotal times a rate in parts per million exact, beyond what a double holds.
 */
export function mulDivHalfUp(amount: number, numerator: number, denominator: number): number {
  if (
    !Number.isSafeInteger(amount) ||
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    denominator <= 0
  ) {
    throw new RangeError(
      `mulDivHalfUp needs safe integers and a positive denominator, got ${amount} × ${numerator} / ${denominator}`,
    );
  }
  if (amount < 0 || numerator < 0)
    throw new RangeError('mulDivHalfUp works on amounts and rates that are not negative');
  const product = BigInt(amount) * BigInt(numerator);
  const divisor = BigInt(denominator);
  return Number((product * 2n + divisor) / (divisor * 2n));
}
