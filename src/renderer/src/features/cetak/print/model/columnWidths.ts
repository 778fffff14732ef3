// Column widths of a printed table: the columns' relative widths as shares of the body, except
// that a column whose codes or numbers must stay on one line gets at least their width, taken
// from the columns that wrap.

/**
 * widths: relative weights; minimums: the least width of each column (same unit as total).
 * Returns the widths, adding up to total, or null when the minimums alone do not fit.
 */
export function fitColumns(weights: number[], minimums: number[], total: number): number[] | null {
  const needed = minimums.reduce((sum, value) => sum + value, 0)
  if (needed > total + 1e-6) return null
  const fixed = new Set<number>()
  for (;;) {
    const freeWeight = weights.reduce((sum, weight, index) => (fixed.has(index) ? sum : sum + weight), 0)
    const freeTotal = total - [...fixed].reduce((sum, index) => sum + minimums[index], 0)
    const widths = weights.map((weight, index) => (fixed.has(index) ? minimums[index] : freeWeight > 0 ? (freeTotal * weight) / freeWeight : 0))
    const short = widths.map((width, index) => (!fixed.has(index) && width < minimums[index] - 1e-9 ? index : -1)).filter((index) => index >= 0)
    if (short.length === 0) return widths
    for (const index of short) fixed.add(index)
  }
}

/** A cell spanning several columns asks each of them for a part of its width, by their weights. */
export function spreadMinimum(minimums: number[], weights: number[], first: number, span: number, width: number): void {
  const share = weights.slice(first, first + span).reduce((sum, weight) => sum + weight, 0)
  for (let index = first; index < first + span; index++) {
    const part = share > 0 ? (width * weights[index]) / share : width / span
    minimums[index] = Math.max(minimums[index], part)
  }
}
