// The status bar figures for the selected cells, as a spreadsheet shows them. Pure.
import { cellsOf, type CellRange } from './rangeModel'

export interface SelectionStats {
  /** Non-empty cells. */
  count: number
  /** Cells holding a number (typeof number, finite); text that looks like a number is text. */
  numericCount: number
  sum: number
  /** Mean of the numeric cells; null when there is none. */
  average: number | null
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'number') return Number.isNaN(value)
  return Array.isArray(value) && value.length === 0
}

export function stats(values: unknown[]): SelectionStats {
  let count = 0
  let numericCount = 0
  let sum = 0
  for (const value of values) {
    if (isEmpty(value)) continue
    count++
    if (typeof value === 'number' && Number.isFinite(value)) {
      numericCount++
      sum += value
    }
  }
  return { count, numericCount, sum, average: numericCount > 0 ? sum / numericCount : null }
}

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 })

/** "Jumlah sel: 3 · Total: 1.250.000 · Rata-rata: 416.666,67"; Total and Rata-rata only with numbers. */
export function formatStats(selection: SelectionStats): string {
  const parts = [`Jumlah sel: ${numberFormat.format(selection.count)}`]
  if (selection.numericCount > 0) {
    parts.push(`Total: ${numberFormat.format(selection.sum)}`)
    if (selection.average !== null) parts.push(`Rata-rata: ${numberFormat.format(selection.average)}`)
  }
  return parts.join(' · ')
}

/** The status text for a range; empty for a single cell, as in Excel. */
export function rangeStatus(range: CellRange, columnOrder: string[], rawValue: (rowIndex: number, colId: string) => unknown): string {
  const cells = cellsOf(range, columnOrder)
  return cells.length > 1 ? formatStats(stats(cells.map((cell) => rawValue(cell.rowIndex, cell.colId)))) : ''
}
