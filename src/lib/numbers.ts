/**
 * How the portal writes numbers and money, one way everywhere:
 * - counts and amounts in tables: digits grouped by thousands (`983,517.40`), the unit in the
 *   column heading;
 * - money in running text: `128.6万元` from ten thousand yuan up, `8,500元` below.
 */
const grouped = new Map<number, Intl.NumberFormat>();

/**
 * `983517.4` → `983,517.40` with `decimals` = 2; `1520` → `1,520`. Without `decimals`, whole
 * numbers have none and others two.
 */
export function formatNumber(n: number, decimals = Number.isInteger(n) ? 0 : 2): string {
  let f = grouped.get(decimals);
  if (!f) grouped.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(n);
}

/** Money in running text: `1286000` → `128.6万元`; `50000` → `5万元`; `8500` → `8,500元`. */
export function formatYuan(yuan: number): string {
  if (Math.abs(yuan) >= 10000) {
    const wan = yuan / 10000;
    const s = Number.isInteger(wan) ? String(wan) : wan.toFixed(2).replace(/\.?0+$/, '');
    return `${s}万元`;
  }
  return `${formatNumber(yuan)}元`;
}
