// A ReportDocument as an XLSX workbook (exceljs): the same rows and numbers as the print.
// Sheet 1: kop and title lines first, the tables stacked with their captions (charts are left
// out: their numbers are in the tables), the footnotes and the signature block; page setup for
// the chosen paper, fit to one page wide, header rows repeated, page numbers in the footer.
// Sheet "Opsi": the options and facts the report was built with.
import type { Font, Workbook, Worksheet } from 'exceljs'
import type { PrintSettings, Signatory } from '../../shared/printSettings'
import type { ReportDocument } from '../../shared/reports/document'
import { formatIndonesianDate, formatNip } from '../../shared/reports/format'
import { REPORT_TITLES, type PaperSize, type ReportId, type ReportOptions } from '../../shared/reports/options'
import { tablesOf } from './cells'
import { columnWidths, linesFor, rowHeight, writeTable, type WrittenTable } from './xlsxTable'

/** Excel's paperSize codes; Folio (8,5 x 13 in) is the closest to F4. */
export const EXCEL_PAPER: Record<PaperSize, number> = { A4: 9, F4: 14, A3: 8 }
/** Characters across the sheet before fit-to-width scales it onto the page. */
const SHEET_CHARS: Record<PaperSize, number> = { A4: 150, F4: 160, A3: 210 }
const SHEET_NAMES: Record<ReportId, string> = { tc14: 'T-C.14', rekapMisiPd: 'Rekap misi-PD', keselarasan: 'Keselarasan', daftarProgram: 'Daftar program' }
export const OPTIONS_SHEET = 'Opsi'
export const SIGNATURE_CITY = 'Ternate'
const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/

export interface XlsxInput {
  document: ReportDocument
  settings: PrintSettings
  options: ReportOptions
  /** When it is printed: the signature date, the footer and the options sheet. */
  now?: Date
}

function signatoryOf(settings: PrintSettings, options: ReportOptions): Signatory | undefined {
  const id = options.signatoryId ?? settings.defaultSignatoryId
  return settings.signatories.find((signatory) => signatory.id === id)
}

const time = (date: Date) => `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`

/** Writes a full-width line (merged across the sheet) and returns the next row. */
function line(sheet: Worksheet, at: number, width: number, text: string, font: Partial<Font>, horizontal: 'center' | 'left' = 'center'): number {
  const cell = sheet.getCell(at, 1)
  cell.value = text
  cell.font = font
  cell.alignment = { horizontal, vertical: 'middle', wrapText: horizontal === 'left' }
  if (width > 1) sheet.mergeCells(at, 1, at, width)
  if (horizontal === 'left') {
    const chars = sheet.columns.slice(0, width).reduce((sum, column) => sum + (column.width ?? 8), 0)
    const lines = linesFor(text, chars)
    if (lines > 1) sheet.getRow(at).height = rowHeight(lines)
  }
  return at + 1
}

function writeKop(workbook: Workbook, sheet: Worksheet, settings: PrintSettings, width: number): number {
  const kop = settings.kop
  const logo = kop.logoDataUrl ? PNG_DATA_URL.exec(kop.logoDataUrl) : null
  if (logo) {
    // An SVG logo has no place in a workbook (exceljs embeds PNG/JPEG/GIF); the text kop still prints.
    const imageId = workbook.addImage({ base64: logo[1], extension: 'png' })
    sheet.addImage(imageId, { tl: { col: 0.1, row: 0.1 }, ext: { width: 64, height: 64 } })
  }
  let at = 1
  const lines: Array<[string, Partial<Font>]> = [
    [kop.government, { bold: true, size: 14 }],
    [kop.agency, { bold: true, size: 12 }],
    [kop.address, { size: 9 }],
    [kop.contact, { size: 9 }]
  ]
  for (const [text, font] of lines) if (text.trim() !== '') at = line(sheet, at, width, text, font)
  // The double rule under the kop.
  for (let col = 1; col <= width; col++) sheet.getCell(at - 1, col).border = { bottom: { style: 'double' } }
  return at + 1
}

function writeSignature(sheet: Worksheet, at: number, width: number, signatory: Signatory, now: Date): number {
  const left = width >= 3 ? width - Math.max(1, Math.floor(width / 3)) + 1 : 1
  const lines: Array<[string, Partial<Font>]> = [
    [`${SIGNATURE_CITY}, ${formatIndonesianDate(now)}`, {}],
    [signatory.title, { bold: true }],
    ['', {}],
    ['', {}],
    ['', {}],
    ['', {}],
    [signatory.name, { bold: true, underline: true }],
    [signatory.pangkat, {}],
    [`NIP. ${formatNip(signatory.nip)}`, {}]
  ]
  for (const [text, font] of lines) {
    const cell = sheet.getCell(at, left)
    cell.value = text === '' ? null : text
    cell.font = font
    cell.alignment = { horizontal: 'center', wrapText: true }
    if (width > left) sheet.mergeCells(at, left, at, width)
    at++
  }
  return at
}

function writeOptionsSheet(workbook: Workbook, input: XlsxInput, now: Date, signatory: Signatory | undefined): void {
  const { document, options } = input
  const sheet = workbook.addWorksheet(OPTIONS_SHEET)
  sheet.columns = [{ width: 32 }, { width: 90 }]
  // The builder's facts first-hand; the writer's own lines only where the facts do not say them.
  const said = new Set(document.facts.map((fact) => fact.label))
  const own = (rows: Array<[string, string]>) => rows.filter(([label]) => !said.has(label))
  const rows: Array<[string, string]> = [
    ...own([
      ['Laporan', REPORT_TITLES[document.report]],
      ['Dicetak', `${formatIndonesianDate(now)} pukul ${time(now)}`],
      ['Data dibaca', document.builtAt]
    ]),
    ...document.facts.map((fact): [string, string] => [fact.label, fact.value]),
    ...own([
      ['Kertas', `${options.paper} ${options.orientation === 'landscape' ? 'lanskap' : 'potret'}`],
      ['Kop', options.kop ? 'Ya' : 'Tidak'],
      ['DRAFT', options.draft ? 'Ya' : 'Tidak'],
      ['Penanda tangan', signatory ? `${signatory.name} (${signatory.title})` : '-']
    ])
  ]
  sheet.addRow(['Keterangan', 'Nilai']).font = { bold: true }
  for (const [label, value] of rows) sheet.addRow([label, value]).alignment = { vertical: 'top', wrapText: true }
}

/**
 * exceljs checks every new merge against all earlier ones: quadratic, seconds for a T-C.14 of
 * 3.000 rows. The writer's merges never overlap (header and row cells are placed on a grid, full-
 * width lines have rows of their own), so each merge is checked against none and all are put
 * back at the end. Relies on exceljs keeping merges in Worksheet._merges (4.4.0).
 */
function uncheckedMerges(sheet: Worksheet): () => void {
  const internal = sheet as unknown as { _merges: Record<string, unknown> }
  const kept: Record<string, unknown> = {}
  const merge = sheet.mergeCells.bind(sheet) as (...range: number[]) => void
  const fast = (...range: number[]) => {
    internal._merges = {}
    merge(...range)
    Object.assign(kept, internal._merges)
  }
  Object.defineProperty(sheet, 'mergeCells', { value: fast, configurable: true, writable: true })
  return () => {
    Reflect.deleteProperty(sheet, 'mergeCells')
    internal._merges = kept
  }
}

export async function writeXlsx(input: XlsxInput): Promise<Buffer> {
  const { document, settings, options } = input
  const now = input.now ?? new Date()
  const tables = tablesOf(document.blocks)
  const width = Math.max(1, ...tables.map((table) => table.columns.length))
  // Loaded on the first export, not at start-up: exceljs is large.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Selaras'
  workbook.created = now
  const sheet = workbook.addWorksheet(SHEET_NAMES[document.report])
  const mergesDone = uncheckedMerges(sheet)

  const widths = new Array<number>(width).fill(8)
  for (const table of tables) columnWidths(table, SHEET_CHARS[options.paper]).forEach((chars, index) => (widths[index] = Math.max(widths[index], chars)))
  sheet.columns = widths.map((chars) => ({ width: chars }))

  let at = options.kop ? writeKop(workbook, sheet, settings, width) : 1
  for (const title of document.titleLines) at = line(sheet, at, width, title, { bold: true, size: 12 })
  if (options.draft) at = line(sheet, at, width, 'DRAFT', { bold: true, size: 16, color: { argb: 'FFC00000' } })
  for (const filter of document.filterLines) at = line(sheet, at, width, filter, {}, 'left')
  at++

  let first: WrittenTable | undefined
  for (const block of document.blocks) {
    if (block.kind === 'heading') at = line(sheet, at, width, block.text, { bold: true }, 'left')
    if (block.kind !== 'table') continue
    if (block.table.caption && tables.length > 1) at = line(sheet, at, width, block.table.caption, { bold: true }, 'left')
    const written = writeTable(sheet, block.table, at, widths)
    first ??= written
    at = written.nextRow + 1
  }
  for (const note of document.footnotes) at = line(sheet, at, width, note, { size: 9, italic: true }, 'left')
  const signatory = signatoryOf(settings, options)
  if (signatory) writeSignature(sheet, at + 1, width, signatory, now)
  mergesDone()

  if (first) {
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: first.headerLastRow, topLeftCell: `A${first.headerLastRow + 1}`, activeCell: `A${first.headerLastRow + 1}` }]
  }
  sheet.pageSetup = {
    paperSize: EXCEL_PAPER[options.paper],
    orientation: options.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
    ...(first ? { printTitlesRow: `${first.headerFirstRow}:${first.headerLastRow}` } : {})
  }
  sheet.headerFooter = {
    oddHeader: options.draft ? '&C&"-,Bold"&14DRAFT' : '',
    oddFooter: `&L&8Dicetak ${formatIndonesianDate(now)}&R&8Halaman &P dari &N`
  }
  writeOptionsSheet(workbook, input, now, signatory)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
