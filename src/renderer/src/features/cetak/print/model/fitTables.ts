// The document's font size and each table's column widths: the largest size (from a start that
// suits the paper) at which every code and number fits on one line in its column.
import type { ReportTable } from '../../../../../../shared/reports/document'
import { cellText, staysOnOneLine } from './cellText'
import { fitColumns, spreadMinimum } from './columnWidths'

const PX_PER_PT = 96 / 72
/** Horizontal padding (2 x 0.8 mm) and a border, in px. */
const CELL_CHROME_PX = 2 * 0.8 * (96 / 25.4) + 1
/** The probe's text is measured at this size and scaled. */
export const PROBE_PT = 10
const MAX_PT = 9
const MIN_PT = 5
/** A wrapping column still needs room for a short word. */
const TEXT_MIN_EM = 3.5
const OTHER_MIN_EM = 2.2

/** The longest one-line texts of a table, by the columns they cover (first column, span). */
export interface OneLineText {
  first: number
  span: number
  text: string
  /** The longest word of a wrapping cell: wanted whole, but never more than the column's share. */
  word?: boolean
  /** A header word: set a little smaller (HEADER_SCALE) and worth the column's whole share. */
  header?: boolean
}

/** Header cells are set at this share of the body size (print.css). */
export const HEADER_SCALE = 0.9

const CANDIDATES = 3

export function oneLineTexts(table: ReportTable): OneLineText[] {
  const longest = new Map<string, OneLineText[]>()
  const offer = (candidate: OneLineText) => {
    const key = `${candidate.first}:${candidate.span}:${candidate.header ? 'h' : candidate.word ? 'w' : ''}`
    const list = longest.get(key) ?? []
    if (list.length >= CANDIDATES && candidate.text.length <= list[list.length - 1].text.length) return
    list.push(candidate)
    list.sort((a, b) => b.text.length - a.text.length)
    if (list.length > CANDIDATES) list.pop()
    longest.set(key, list)
  }
  const longestWord = (text: string) => text.split(/[\s/]+/).reduce((best, word) => (word.length > best.length ? word : best), '')
  headerPlaces(table).forEach(({ first, span, text }) => {
    if (span === 1) offer({ first, span, text: longestWord(text), word: true, header: true })
  })
  for (const row of table.rows) {
    let column = 0
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1
      if (staysOnOneLine(cell)) offer({ first: column, span, text: cellText(cell) })
      else if (cell.kind === 'text' && span === 1) offer({ first: column, span, text: longestWord(cell.text), word: true })
      column += span
    }
  }
  return [...longest.values()].flat()
}

/** Each header cell with the column it starts in, as HTML places cells under row spans. */
export function headerPlaces(table: ReportTable): Array<{ first: number; span: number; text: string }> {
  const taken: boolean[][] = table.header.map(() => [])
  const places: Array<{ first: number; span: number; text: string }> = []
  table.header.forEach((cells, rowIndex) => {
    let column = 0
    for (const cell of cells) {
      while (taken[rowIndex][column]) column++
      const span = cell.colSpan ?? 1
      for (let row = rowIndex; row < Math.min(table.header.length, rowIndex + (cell.rowSpan ?? 1)); row++)
        for (let offset = 0; offset < span; offset++) taken[row][column + offset] = true
      places.push({ first: column, span, text: cell.text })
      column += span
    }
  })
  return places
}

/** A start that suits the paper: about 0,45 pt per mm of body width per column, 6 to 9 pt. */
export function startingFontPt(bodyWidthMm: number, tables: ReportTable[]): number {
  const columns = Math.max(1, ...tables.map((table) => table.columns.length))
  const pt = Math.floor(((bodyWidthMm / columns) * 0.45) / 0.5) * 0.5
  return Math.min(MAX_PT, Math.max(6, pt))
}

export interface FittedTables {
  fontPt: number
  /** Per table (in the order given), the column widths in % of the body. */
  widths: number[][]
  /** Per table: numbers and codes may break after a dot ("24.270.|000.000"), too many of them for the sheet's width. */
  breakNumbers: boolean[]
  /** False when even the smallest size leaves a code or number wider than its column. */
  fits: boolean
}

/** probeWidths: the width in px of each table's oneLineTexts at PROBE_PT, bold (the widest a row prints them). */
export function fitTables(
  tables: ReportTable[],
  probes: Array<{ texts: OneLineText[]; widths: number[] }>,
  bodyWidthPx: number,
  startPt: number
): FittedTables {
  // In order: text columns near their share with whole words and whole numbers; whole words and
  // whole numbers with narrower text columns (an amount broken over two lines is misread more easily
  // than a name on more lines); numbers broken after a dot (a sheet too narrow for them, T-C.14 in
  // portrait); then whatever keeps every code and number inside its column.
  const balancedLowest = Math.max(6, startPt - 1.5)
  return (
    fitAt(tables, probes, bodyWidthPx, startPt, balancedLowest, { words: true, balanced: true, halves: false }) ??
    fitAt(tables, probes, bodyWidthPx, startPt, 6, { words: true, balanced: false, halves: false }) ??
    fitAt(tables, probes, bodyWidthPx, startPt, balancedLowest, { words: true, balanced: true, halves: true }) ??
    fitAt(tables, probes, bodyWidthPx, startPt, MIN_PT, { words: true, balanced: true, halves: true }) ??
    fitAt(tables, probes, bodyWidthPx, startPt, MIN_PT, { words: false, balanced: false, halves: false }) ??
    fitAt(tables, probes, bodyWidthPx, startPt, MIN_PT, { words: false, balanced: false, halves: true }) ??
    fallback(tables)
  )
}

interface FitMode {
  /** Each wrapping column at least as wide as its longest word (up to 0,8 of its share). */
  words: boolean
  /** Each wrapping column at least 0,6 of its share. */
  balanced: boolean
  /** Numbers and codes may take two lines, broken after a dot. */
  halves: boolean
}

function fitAt(
  tables: ReportTable[],
  probes: Array<{ texts: OneLineText[]; widths: number[] }>,
  bodyWidthPx: number,
  startPt: number,
  lowestPt: number,
  mode: FitMode
): FittedTables | null {
  for (let pt = startPt; pt >= lowestPt; pt -= 0.5) {
    const widths: number[][] = []
    let all = true
    const breaks: boolean[] = []
    tables.forEach((table, tableIndex) => {
      // Numbers break only in the tables that need it.
      const fitted =
        fitTable(table, probes[tableIndex], bodyWidthPx, pt, { ...mode, halves: false }) ??
        (mode.halves ? fitTable(table, probes[tableIndex], bodyWidthPx, pt, mode) : null)
      if (!fitted) all = false
      else {
        widths[tableIndex] = fitted.widths.map((width) => (width * 100) / bodyWidthPx)
        breaks[tableIndex] = fitted.halves
      }
    })
    if (all) return { fontPt: pt, widths, fits: true, breakNumbers: breaks }
  }
  return null
}

function fitTable(
  table: ReportTable,
  probe: { texts: OneLineText[]; widths: number[] },
  bodyWidthPx: number,
  pt: number,
  mode: FitMode
): { widths: number[]; halves: boolean } | null {
  const weights = table.columns.map((column) => column.width)
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  // Every column keeps room for a few characters (an empty target column still prints its header and number).
  const minimums = table.columns.map((column) =>
    column.kind !== 'text'
      ? OTHER_MIN_EM * pt * PX_PER_PT + CELL_CHROME_PX
      : Math.max(TEXT_MIN_EM * pt * PX_PER_PT, mode.balanced ? (0.6 * bodyWidthPx * column.width) / weightSum : 0)
  )
  probe.texts.forEach((text, index) => {
    if (text.word && !mode.words) return
    const part = (mode.halves && !text.word ? longestHalf(text.text) : 1) * (text.header ? HEADER_SCALE : 1)
    // A little over the measured width: the printed text may render a hair wider.
    const needed = probe.widths[index] * part * (pt / PROBE_PT) * 1.04 + CELL_CHROME_PX + 2
    const share = (bodyWidthPx * weights[text.first]) / weightSum
    spreadMinimum(minimums, weights, text.first, text.span, text.word ? Math.min(needed, share * (text.header ? 1 : 0.8)) : needed)
  })
  const widths = fitColumns(weights, minimums, bodyWidthPx)
  return widths ? { widths, halves: mode.halves } : null
}

function fallback(tables: ReportTable[]): FittedTables {
  const widths = tables.map((table) => proportional(table.columns.map((column) => column.width)))
  return { fontPt: MIN_PT, widths, fits: false, breakNumbers: tables.map(() => true) }
}

/** The share of a number's width on its longer line when it breaks at the dot nearest its middle. */
export function longestHalf(text: string): number {
  let best = text.length
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '.') best = Math.min(best, Math.max(index + 1, text.length - index - 1))
  }
  return text.length === 0 ? 1 : best / text.length
}

function proportional(weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  return weights.map((weight) => (weight * 100) / total)
}
