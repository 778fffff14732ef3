// Browser mode end to end: the XLSX and CSV of T-C.14 downloaded with the Cetak screen's buttons
// (the bytes made by the server's /export routes), read back with exceljs and opened in
// LibreOffice headless; every Rp equal to the plan in the database.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import type { KeselarasanView, PlanRow } from '../../src/shared/domain'
import type { ReportDocument } from '../../src/shared/reports/document'
import { apiCall, createRow, expect, test, type SelarasServer } from './fixtures'
import { readCells, trimRows } from './libreOffice'

const run = promisify(execFile)
const YEARS = [2022, 2023, 2024, 2025, 2026]
const BIG = 10_000_000_000_000
const FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")'

interface Row {
  id: number
  code: string
}

/** Three programs: one serving sasaran 3.2 (with Rp 10^13 a year below it and a formula-looking name), one serving misi 1 and 3, one linked to nothing. */
async function arrange(selaras: SelarasServer) {
  const plan = await apiCall<{ misi: Array<{ number: number; sasaran: Array<{ id: number; label: string }> }> }>(selaras, 'getRpjmd', {})
  const sasaran = (label: string) => plan.misi.flatMap((misi) => misi.sasaran).find((entry) => entry.label === label)!.id
  const health = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: FORMULA_NAME })
  await apiCall(selaras, 'linkSasaran', { planRowId: health.id, sasaranId: sasaran('3.2') })
  const kegiatan = await createRow<Row>(selaras, { level: 'kegiatan', parentId: health.id, code: '1.02.02.2.02', name: 'Kegiatan Layanan' })
  for (const n of [1, 2]) {
    const pagu = Object.fromEntries(YEARS.map((year, index) => [String(year), n === 1 ? BIG : (index + 1) * 1_250_000]))
    await createRow(selaras, { level: 'sub_kegiatan', parentId: kegiatan.id, code: `1.02.02.2.02.000${n}`, name: `Sub kegiatan ${n}`, pagu })
  }
  const school = await createRow<Row>(selaras, {
    level: 'program',
    perangkatDaerahId: 8,
    code: '1.01.02',
    name: 'Program Pendidikan; "unggul"',
    pagu: Object.fromEntries(YEARS.map((year, index) => [String(year), 500_000_000 + index * 7_000]))
  })
  await apiCall(selaras, 'linkSasaran', { planRowId: school.id, sasaranId: sasaran('1.1') })
  await apiCall(selaras, 'linkSasaran', { planRowId: school.id, sasaranId: sasaran('3.2') })
  await createRow(selaras, { level: 'program', perangkatDaerahId: 8, code: '1.01.03', name: 'Program tanpa sasaran', pagu: { '2024': 33_000_000 } })
}

/** Clicks the Cetak screen's Unduh XLSX / Unduh CSV and reads the file the browser downloaded. */
async function download(page: Page, format: 'xlsx' | 'csv') {
  const started = page.waitForEvent('download')
  await page.getByRole('button', { name: format === 'xlsx' ? 'Unduh XLSX' : 'Unduh CSV' }).click()
  const file = await started
  const path = await file.path()
  await expect(page.getByTestId('notice')).toContainText(format === 'xlsx' ? 'Berkas Excel disimpan' : 'Berkas CSV disimpan')
  return { bytes: readFileSync(path), fileName: file.suggestedFilename() }
}

async function calc(bytes: Buffer, name: string, infilter?: string): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-e2e-calc-'))
  try {
    writeFileSync(join(dir, name), bytes)
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        ...(infilter ? [`--infilter=${infilter}`] : []),
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,true,false,false',
        '--outdir',
        join(dir, 'out'),
        join(dir, name)
      ],
      { timeout: 90_000 }
    )
    return trimRows(readCells(readFileSync(join(dir, 'out', name.replace(/\.\w+$/, '.csv')), 'utf8')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('T-C.14 downloads from the Cetak screen as XLSX and CSV with every Rp equal to the plan, in exceljs and in LibreOffice', async ({ page, selaras }) => {
  test.setTimeout(180_000)
  await arrange(selaras)
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Cetak' }).click()
  const form = page.getByRole('form', { name: 'Pilihan cetak' })
  await form.getByLabel('Laporan').selectOption('tc14')
  await form.getByLabel('Kertas').selectOption('F4')
  await form.getByLabel('Orientasi').selectOption('landscape')
  await expect(page.locator('.print-document')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 })
  const rows = await apiCall<PlanRow[]>(selaras, 'listPlanRows', {})
  const keselarasan = await apiCall<KeselarasanView>(selaras, 'getKeselarasan', {})
  const document = await apiCall<ReportDocument>(selaras, 'getReport', { report: 'tc14' })
  const table = document.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []))[0]
  const column = (key: string) => table.columns.findIndex((entry) => entry.key === key) + 1
  const programTotal = (code: string) => rows.find((row) => row.level === 'program' && row.code === code)!.total

  // XLSX from the Unduh XLSX button, read back with exceljs.
  const xlsx = await download(page, 'xlsx')
  expect(xlsx.fileName).toMatch(/^T-C\.14_[\d-]+_\d{4}-\d{2}-\d{2}\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  const sheetRows: ExcelJS.Row[] = []
  sheet.eachRow((row) => sheetRows.push(row))
  const firstRowOf = (code: string) => sheetRows.find((row) => [1, 2, 3].some((col) => row.getCell(col).value === code))!
  for (const code of ['1.02.02', '1.01.02', '1.01.03']) {
    const row = firstRowOf(code)
    const total = programTotal(code)
    for (const year of YEARS) {
      expect(row.getCell(column(`rp${year}`)).value, `${code} ${year}`).toBe(total[year] ?? 0)
      expect(row.getCell(column(`rp${year}`)).numFmt).toBe('#,##0')
    }
    expect(row.getCell(column('rpAkhir')).value).toBe(YEARS.reduce((sum, year) => sum + (total[year] ?? 0), 0))
  }
  const health = firstRowOf('1.02.02')
  expect(health.getCell(column('nama')).value).toBe(FORMULA_NAME)
  expect(health.getCell(column('nama')).type).toBe(ExcelJS.ValueType.String)
  const totalRow = sheetRows.find((row) => row.getCell(column('nama')).value === 'TOTAL')!
  for (const year of YEARS) expect(totalRow.getCell(column(`rp${year}`)).value).toBe(keselarasan.grandTotal[year])
  expect(totalRow.getCell(column('nama')).font?.bold).toBe(true)
  expect(sheet.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 })

  // The same workbook in LibreOffice: its cells equal exceljs's, number for number.
  const calcRows = await calc(xlsx.bytes, 'tc14.xlsx')
  const width = table.columns.length
  const shown = Array.from({ length: sheet.rowCount }, (_, index) => sheet.getRow(index + 1)).map((row) =>
    Array.from({ length: width }, (_, col) => {
      const cell = row.getCell(col + 1)
      if (cell.isMerged && cell.master !== cell) return ''
      const value = cell.value
      return value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : typeof value === 'string' ? value : JSON.stringify(value)
    })
  )
  expect(calcRows).toEqual(trimRows(shown))
  expect(calcRows.find((row) => row.includes(FORMULA_NAME))).toBeDefined()

  // CSV: BOM, ';', read by LibreOffice as Indonesian Excel reads it.
  const csv = await download(page, 'csv')
  expect(csv.fileName).toMatch(/\.csv$/)
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csvRows = await calc(csv.bytes, 'tc14.csv', 'CSV:59,34,76,1,,1057')
  expect(csvRows).toHaveLength(1 + table.rows.length)
  const csvRowOf = (code: string) => csvRows.find((row) => row.slice(0, 3).includes(code))!
  for (const code of ['1.02.02', '1.01.02', '1.01.03']) {
    const total = programTotal(code)
    for (const year of YEARS) expect(csvRowOf(code)[column(`rp${year}`) - 1], `${code} ${year}`).toBe(String(total[year] ?? 0))
  }
  expect(csvRowOf('1.02.02')[column('nama') - 1]).toBe(`'${FORMULA_NAME}`)
  expect(csvRowOf('1.01.02')[column('nama') - 1]).toMatch(/^Program Pendidikan; "unggul"/)
  const csvTotal = csvRows.find((row) => row[column('nama') - 1] === 'TOTAL')!
  for (const year of YEARS) expect(csvTotal[column(`rp${year}`) - 1]).toBe(String(keselarasan.grandTotal[year]))
})

test('the export routes refuse bad options and a missing token in Bahasa Indonesia', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  const origin = new URL(selaras.url).origin
  const token = new URL(selaras.url).searchParams.get('token') ?? ''
  const noToken = await page.request.post(`${origin}/export/xlsx`, { data: { report: 'tc14' } })
  expect(noToken.status()).toBe(401)
  const badPaper = await page.request.post(`${origin}/export/csv`, { headers: { 'X-Selaras-Token': token }, data: { report: 'tc14', paper: 'B5' } })
  expect(badPaper.status()).toBe(400)
  expect(await badPaper.json()).toMatchObject({ ok: false, error: { message: 'Ukuran kertas tidak dikenal.' } })
})
