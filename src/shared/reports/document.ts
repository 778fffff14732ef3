// A report as data: what the print view, the XLSX writer and the CSV writer all render, so the
// three outputs agree number for number. Built in main (services/reports), never on the screen.
import type { TargetValue } from '../domain'
import type { ReportId } from './options'

/** What a column holds: decides alignment, wrapping (codes never wrap) and the export's cell type. */
export type ColumnKind = 'code' | 'text' | 'money' | 'count' | 'share' | 'target'

export interface ReportColumn {
  key: string
  kind: ColumnKind
  /** Relative width; the print view turns the widths of a table into shares of the page. */
  width: number
  /** The column's title on one line: the CSV header and the XLSX options sheet. */
  label: string
}

/** One cell of a header row; spans as in HTML. */
export interface HeaderCell {
  text: string
  colSpan?: number
  rowSpan?: number
}

export type ReportCell =
  | { kind: 'text'; text: string; colSpan?: number; /** nesting depth for the name column */ indent?: number }
  | { kind: 'code'; text: string; colSpan?: number }
  /** Whole Rupiah, a safe integer. */
  | { kind: 'money'; value: number; colSpan?: number }
  | { kind: 'count'; value: number; colSpan?: number }
  /** part / whole, shown as "12,50%"; a display ratio, not money. */
  | { kind: 'share'; part: number; whole: number; colSpan?: number }
  | { kind: 'target'; value: TargetValue | null; colSpan?: number }
  | { kind: 'empty'; colSpan?: number }

/**
 * label: a full-width level label ("Misi"); group: a misi, tujuan, sasaran, PD or program heading
 * (bold); item: a data row; continuation: a further indicator of the row above (kept with it);
 * subtotal and total: bold sums.
 */
export type RowStyle = 'label' | 'group' | 'item' | 'continuation' | 'subtotal' | 'total'

export interface ReportRow {
  style: RowStyle
  /** Nesting depth (0 = top), for indentation and XLSX outline. */
  depth: number
  /** The cells; their colSpans add up to the table's column count. */
  cells: ReportCell[]
  /** A footnote mark shown after the name, e.g. "*" for a program that repeats under another misi. */
  mark?: string
}

export interface ReportTable {
  id: string
  /** Shown above the table when a document has several ("Tabel 2. Sasaran tanpa program"). */
  caption?: string
  columns: ReportColumn[]
  /** Header rows, top to bottom; repeated on every page. */
  header: HeaderCell[][]
  /** True when the last header row is the column-number row "(1) (2) ...". */
  numberRow: boolean
  rows: ReportRow[]
  /** Printed as one full-width row when `rows` is empty ("Belum ada program dalam rencana."). */
  emptyText: string
}

/** A bar chart drawn at a fixed size: one bar group per category, one bar per series. */
export interface ReportChart {
  id: string
  caption: string
  categories: string[]
  series: Array<{ label: string; values: number[] }>
  /** The values are whole Rupiah. */
  unit: 'rupiah'
}

export type ReportBlock = { kind: 'table'; table: ReportTable } | { kind: 'chart'; chart: ReportChart } | { kind: 'heading'; text: string }

export interface ReportDocument {
  report: ReportId
  /** Centred title lines: table number, title, region, period ("Tabel T-C.14", ..., "Kota Ternate"). */
  titleLines: string[]
  /** Left-aligned lines under the title that say what the filters kept ("Perangkat Daerah : Dinas Kesehatan"). */
  filterLines: string[]
  blocks: ReportBlock[]
  /** Notes printed under the last table: rules of the numbers ("Rp kondisi akhir = jumlah lima tahun"). */
  footnotes: string[]
  /** For the XLSX options sheet: the options used, the nomenclature version, when it was built. */
  facts: Array<{ label: string; value: string }>
  /** ISO time the data was read. */
  builtAt: string
  /** A short file-name stem: "T-C.14_2022-2026" (the writers add the date and extension). */
  fileStem: string
}
