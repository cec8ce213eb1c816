/**
 * Custom functions: price cuts: the volume a discount needs to pay back.
 * Whole ranges in, one result per row out; the JSDoc is what Sheets shows in autocomplete.
 */
import { DISCOUNT_BREAKEVEN_ARGS, discountBreakevenRow } from '../../core/pricing';
import { sheetContext } from '../locale';
import { asNumber, runColumn } from './column';

/**
 * Extra volume a discount needs to keep gross profit (Nagle & Müller): discount ÷ (margin − discount), e.g. 20% at 60% margin needs +50%.
 *
 * @param {number|Array<Array<number>>} discount The price cut as a share of the old price, e.g. 20%; negative for a price rise. A column for many requests.
 * @param {number|Array<Array<number>>} margin Contribution margin as a share of the old price, e.g. 60%.
 * @return The needed volume growth as a fraction per row (0.5 = +50%; negative: the volume a price rise may lose), or a ⚠ text when the discount is not below the margin.
 * @customfunction
 * @see Price cuts (docs/method.md#price-cuts)
 * @example =DISCOUNT_BREAKEVEN(20%; 60%) → 0,5
 *   The client must buy 50 % more.
 * @example =DISCOUNT_BREAKEVEN(-10%; 40%) → -0,2
 *   A 10 % price rise may lose a fifth of the volume.
 * @example =DISCOUNT_BREAKEVEN(60%; 60%) → ⚠ скидка: «0,6» — не меньше маржи: такую скидку не окупит никакой рост объёма
 * @example =DISCOUNT_BREAKEVEN(F2:F50; 35%) → (one figure per request)
 *   One margin for every request.
 */
export function DISCOUNT_BREAKEVEN(discount: unknown, margin: unknown): Array<[string | number]> {
  return runColumn(
    sheetContext(),
    'DISCOUNT_BREAKEVEN',
    DISCOUNT_BREAKEVEN_ARGS,
    { discount, margin },
    discountBreakevenRow,
    asNumber,
  );
}
