// Money is whole Rupiah held in safe integers; these are the only bounds the app accepts.
export const MAX_RUPIAH = 1_000_000_000_000_000 // Rp 1 kuadriliun, far above any city budget

const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })
const decimalFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 })
const percentFormat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** 1250000 -> "1.250.000" */
export function formatRupiah(value: number): string {
  return integerFormat.format(value)
}

/** A count of rows, cells or marks as the analyst reads it: 34500 -> "34.500". */
export function formatCount(value: number): string {
  return integerFormat.format(value)
}

/** 82.59 -> "82,59" */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value)
}

/** part/whole as "12,50%"; a share is a display ratio, not money. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0,00%'
  return `${percentFormat.format((part * 100) / whole)}%`
}
