// The exports opened the way a user opens them: LibreOffice Calc, headless, reads the XLSX and
// the CSV (';', UTF-8, Indonesian locale) and writes their cells back as tab-separated values.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { writeCsv } from '../../../src/main/reports/csvWriter'
import { writeXlsx } from '../../../src/main/reports/xlsxWriter'
import { readCells, trimRows } from '../../e2e/libreOffice'
import { BIG, fixtureDocument, fixtureOptions, fixtureSettings, fixtureTable } from './fixtureDocument'

const run = promisify(execFile)
// Tab-separated, "" quoting, UTF-8, stored values (token 9 false), not as the cells show them.
const VALUES_EXPORT = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,true,false,false'
// ';' separated (59), '"' quoting, UTF-8, from line 1, Indonesian locale (1057): Excel's id-ID reading.
const SEMICOLON_IMPORT = 'CSV:59,34,76,1,,1057'

const dir = mkdtempSync(join(tmpdir(), 'selaras-export-calc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function calcCells(name: string, bytes: Buffer, infilter?: string): Promise<string[][]> {
  const input = join(dir, name)
  writeFileSync(input, bytes)
  const out = join(dir, `out-${name}`)
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      VALUES_EXPORT,
      '--outdir',
      out,
      input
    ],
    { timeout: 90_000 }
  )
  return trimRows(readCells(readFileSync(join(out, name.replace(/\.\w+$/, '.csv')), 'utf8')))
}

/** What a cell of the sheet holds, written as Calc writes stored values (a share as "25%"). */
function expectedText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return ''
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return cell.numFmt === '0.00%' ? `${Math.round(value * 10000) / 100}%` : String(value)
  return typeof value === 'string' ? value : JSON.stringify(value)
}

describe('exports in LibreOffice Calc', () => {
  it('reads the XLSX with the same cells as exceljs wrote: every number equal, formula-looking text as text', async () => {
    const bytes = await writeXlsx({ document: fixtureDocument(), settings: fixtureSettings(), options: fixtureOptions(), now: new Date(2026, 11, 3) })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('T-C.14')!
    const expected: string[][] = []
    for (let row = 1; row <= sheet.rowCount; row++) expected.push(Array.from({ length: 6 }, (_, col) => expectedText(sheet.getCell(row, col + 1))))
    const calc = await calcCells('laporan.xlsx', bytes)
    expect(calc).toEqual(trimRows(expected))
    // The numbers themselves, as the document has them.
    const program = calc.find((row) => row[0] === '1.02.03')!
    expect(program.slice(1)).toEqual(['=1+1*', 'Angka harapan\nhidup', '72.5', String(BIG), '25%'])
    expect(calc.find((row) => row[0] === 'TOTAL')?.[4]).toBe(String(BIG + 1_250_000))
    expect(calc.find((row) => row[0] === '01')?.[1]).toBe('@SUM(A1:A2)')
  })

  it('reads the CSV with ; in the Indonesian locale as the same cells: numbers as numbers, formula-looking text never evaluated', async () => {
    const calc = await calcCells('laporan.csv', writeCsv(fixtureDocument()), SEMICOLON_IMPORT)
    const table = fixtureTable()
    expect(calc[0]).toEqual(table.columns.map((column) => column.label))
    expect(calc).toHaveLength(1 + table.rows.length)
    expect(calc[1]).toEqual(['1', 'Misi 1: Mewujudkan "Ternate" maju; sejahtera'])
    expect(calc[2]).toEqual(['1.02.03', "'=1+1*", 'Angka harapan\nhidup', '72.5', String(BIG), '25%'])
    expect(calc[3]).toEqual(['', '', "'  +62 812 3456", 'Baik', '1250000', '75%'])
    // A one-part code with a leading zero is a number to any CSV reader: "01" comes back as 1
    // (the XLSX keeps it as text, see above).
    expect(calc[4]).toEqual(['1', "'@SUM(A1:A2)", "'\t-2+3", '', '0'])
    expect(calc[5]).toEqual(['Jumlah Misi 1', '', '', '', String(BIG + 1_250_000), '100%'])
    expect(calc[6]).toEqual(['TOTAL', '', '', '', String(BIG + 1_250_000)])
  })
})
