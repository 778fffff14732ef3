import type { ReportCell } from '../../../shared/reports/document'
import { formatCount } from '../../../shared/money'
import { invalid } from '../errors'

// Pagu per year as the reports add it up: whole Rupiah, every sum checked to stay exact.

/** year -> whole Rupiah. */
export type Amounts = Record<number, number>

export const zeroAmounts = (years: number[]): Amounts => Object.fromEntries(years.map((year) => [year, 0]))

/** The analyst's message when a sum would pass 2^53, past which whole numbers are no longer exact. */
export const sumTooLarge = () =>
  invalid(
    `Jumlah pagu melebihi ${formatCount(Number.MAX_SAFE_INTEGER)} rupiah, batas angka yang dapat dijumlahkan dengan tepat; laporan tidak dibuat. Periksa pagu yang sangat besar.`
  )

/** a + b, refused rather than rounded when the sum leaves the exact range. */
export function exactSum(a: number, b: number): number {
  const sum = a + b
  if (!Number.isSafeInteger(sum)) throw sumTooLarge()
  return sum
}

/** Adds `from` into `into` for the given years. */
export function addAmounts(into: Amounts, from: Amounts | undefined, years: number[]): void {
  if (!from) return
  for (const year of years) into[year] = exactSum(into[year] ?? 0, from[year] ?? 0)
}

export function sumYears(amounts: Amounts | undefined, years: number[]): number {
  let sum = 0
  for (const year of years) sum = exactSum(sum, amounts?.[year] ?? 0)
  return sum
}

export function sameAmounts(a: Amounts | undefined, b: Amounts | undefined, years: number[]): boolean {
  return years.every((year) => (a?.[year] ?? 0) === (b?.[year] ?? 0))
}

export const money = (value: number): ReportCell => ({ kind: 'money', value })
export const text = (value: string, indent?: number): ReportCell => (indent ? { kind: 'text', text: value, indent } : { kind: 'text', text: value })
export const empty = (colSpan?: number): ReportCell => (colSpan && colSpan > 1 ? { kind: 'empty', colSpan } : { kind: 'empty' })
