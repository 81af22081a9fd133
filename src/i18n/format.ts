import { numberLocale } from './index';

/** A token count in the user's number format. */
export const formatCount = (n: number) =>
  new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 0 }).format(n);

/** US dollars in the user's number format, with as many digits as a small cost needs. */
export function formatCost(usd: number): string {
  const digits = usd === 0 || usd >= 1 ? 2 : usd >= 0.01 ? 3 : 4;
  return new Intl.NumberFormat(numberLocale(), {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(usd);
}
