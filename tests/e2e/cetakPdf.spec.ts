import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { RpjmdView } from '../../src/shared/domain'
import { apiCall, createRow, expect, test, type SelarasServer } from './fixtures'

// Each report through the Cetak screen, printed to PDF by the same Chromium engine that prints the
// preview (page.pdf with the CSS page size), then read back with poppler: page size, the text of
// every page, and a picture of one page. Before printing, the DOM in print media: no cell's text
// wider than its cell, no page's content taller than its sheet.

const ROOT = resolve(__dirname, '../..')
const SIGNATORY = {
  name: 'Dr. RIZAL MARSAOLY, S.STP., M.Si.',
  title: 'Kepala Bappelitbangda Kota Ternate',
  pangkat: 'Pembina Utama Muda (IV/c)',
  nip: '197102051994031002'
}

/** The demo plan at Ternate's size, a signatory as the default: as an analyst's database looks. */
async function seed(selaras: SelarasServer, page: Page): Promise<string> {
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/demo-data.ts'), '--scale', '1', '--data-dir', selaras.dataDir],
    { cwd: ROOT, stdio: 'pipe' }
  )
  const url = await selaras.restart()
  const created = await apiCall<{ signatoryId: number }>(selaras, 'createSignatory', SIGNATORY)
  await apiCall(selaras, 'updatePrintDefaults', { defaultPaper: 'F4', defaultOrientation: 'landscape', defaultSignatoryId: created.signatoryId })
  await page.goto(url)
  return url
}

const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1])
const pageSize = (file: string, page: number): string => {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file]).toString()
  const match = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return match ? `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}` : ''
}
const pageText = (file: string, page: number, mode: '-layout' | '-raw'): string =>
  execFileSync('pdftotext', [mode, '-f', String(page), '-l', String(page), file, '-']).toString()
/** Cell text wraps (and a long word may break), so names are compared without any white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '')

/** What the checks read of a cell or a page body (the tests are typed without the DOM library). */
interface Box {
  scrollWidth: number
  clientWidth: number
  scrollHeight: number
  clientHeight: number
  textContent: string | null
}

const LANDSCAPE_MM = { A4: [297, 210], F4: [330, 215], A3: [420, 297] } as const

interface Printed {
  file: string
  pages: number
  texts: string[]
  tablePages: boolean[]
}

async function printReport(
  page: Page,
  report: string,
  paper: 'A4' | 'F4' | 'A3',
  expectedSize: string,
  orientation: 'landscape' | 'portrait' = 'landscape'
): Promise<Printed> {
  await page.getByLabel('Laporan').selectOption(report)
  await page.getByLabel('Kertas').selectOption(paper)
  await page.getByLabel('Orientasi').selectOption(orientation)
  const preview = page.getByLabel('Pratinjau cetak')
  const ready = preview.locator(`.print-document[data-state="ready"]`)
  await expect(ready).toHaveCount(1, { timeout: 60_000 })
  // The pages of this paper and orientation (not the previous report's, still ready a moment).
  const [long, short] = LANDSCAPE_MM[paper]
  const [width, height] = orientation === 'landscape' ? [long, short] : [short, long]
  await expect(ready.locator('.print-page').first()).toHaveAttribute('style', new RegExp(`width: ${width}mm; height: ${height}mm`))
  const domPages = Number(await ready.getAttribute('data-pages'))
  // Which pages carry table rows (the signature may stand on a last page of its own).
  const tablePages = await ready
    .locator('.print-page')
    .evaluateAll((sheets: Array<{ querySelector: (selector: string) => unknown }>) => sheets.map((sheet) => sheet.querySelector('tbody tr') !== null))
  expect(domPages).toBeGreaterThan(0)

  await page.emulateMedia({ media: 'print' })
  const cells = await ready.locator('.print-pages td, .print-pages th').evaluateAll((all: Box[]) => ({
    count: all.length,
    wide: all
      .filter((cell) => cell.scrollWidth > cell.clientWidth)
      .map((cell) => `${cell.textContent?.slice(0, 40)} (${cell.scrollWidth} > ${cell.clientWidth})`)
  }))
  expect(cells.count).toBeGreaterThan(0)
  expect(cells.wide).toEqual([])
  const tall = await ready
    .locator('.print-pages .print-body')
    .evaluateAll((bodies: Box[]) => bodies.flatMap((body, index) => (body.scrollHeight > body.clientHeight ? [index + 1] : [])))
  expect(tall).toEqual([])
  // The app's own chrome is not printed: the header, the tabs, the options panel.
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.locator('.cetak-options')).toBeHidden()

  const file = test.info().outputPath(`${report}-${paper}.pdf`)
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  await page.emulateMedia({ media: 'screen' })
  const pages = pdfPages(file)
  expect(pages).toBe(domPages)
  for (let index = 1; index <= pages; index++) expect(pageSize(file, index)).toBe(expectedSize)
  const texts = Array.from({ length: pages }, (_, index) => pageText(file, index + 1, '-layout'))
  texts.forEach((text, index) => {
    expect(text).toContain(`Halaman ${index + 1} dari ${pages}`)
    expect(text).toMatch(/Dicetak \d{1,2} \w+ \d{4} pukul/)
  })
  expect(texts[0]).toContain('PEMERINTAH KOTA TERNATE')
  expect(texts.slice(1).some((text) => text.includes('PEMERINTAH KOTA TERNATE'))).toBe(false)
  const last = texts[pages - 1]
  expect(last).toContain('Ternate, ')
  expect(last).toContain(SIGNATORY.name)
  expect(last).toContain('NIP. 19710205 199403 1 002')
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, test.info().outputPath(`${report}-${paper}`)])
  return { file, pages, texts, tablePages }
}

test('every report (T-C.14, rekap, Keselarasan, daftar program) prints from the Cetak screen as PDF on A4, F4 and A3 landscape: header on every page, page numbers, kop, signature, nothing overflowing', async ({
  page,
  selaras
}) => {
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await seed(selaras, page)
  const rpjmd = await apiCall<RpjmdView>(selaras, 'getRpjmd', {})

  // The Keselarasan screen's TOTAL per year: T-C.14's TOTAL must say the same.
  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  const totalRow = page.getByTestId('keselarasan-total')
  await expect(totalRow).toBeVisible({ timeout: 30_000 })
  const totals = await totalRow.locator('td[data-year]').allTextContents()
  expect(totals.length).toBe(5)

  await page.getByRole('tab', { name: 'Cetak' }).click()
  const tc14 = await printReport(page, 'tc14', 'F4', '935x609')
  expect(tc14.pages).toBeGreaterThan(3)
  expect(tc14.tablePages.filter(Boolean).length).toBeGreaterThanOrEqual(tc14.pages - 1)
  for (const text of tc14.texts.filter((_, index) => tc14.tablePages[index])) {
    // Every header row on every page with rows, the column-number row included.
    expect(text).toContain('Capaian Kinerja Program dan Kerangka Pendanaan')
    expect(text).toContain('Perangkat')
    expect(text).toMatch(/\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)/)
    expect(text).toContain('(17)')
  }
  const raw = squeeze(Array.from({ length: tc14.pages }, (_, index) => pageText(tc14.file, index + 1, '-raw')).join('\n'))
  for (const misi of rpjmd.misi) expect(raw).toContain(squeeze(misi.title))
  // The TOTAL row (the footnotes say "TOTAL" too): its amounts, year by year, then the five-year sum.
  const printedTotal = [...raw.matchAll(/TOTAL(\d[\d.]*)/g)].at(-1)?.[1] ?? ''
  expect(printedTotal).toBe(
    totals.map(squeeze).join('') +
      squeeze(
        totals
          .map((total) => Number(total.replace(/\./g, '')))
          .reduce((sum, value) => sum + value, 0)
          .toLocaleString('id-ID')
      )
  )

  const rekap = await printReport(page, 'rekapMisiPd', 'A4', '842x595')
  expect(rekap.texts.join('\n')).toContain('TOTAL')
  // With the DRAFT mark: on every page.
  await page.getByLabel('Tanda DRAFT').check()
  const keselarasan = await printReport(page, 'keselarasan', 'A3', '1191x842')
  expect(keselarasan.texts[0]).toContain('Keselarasan')
  // Drawn at an angle: the layout mode scatters its letters, the raw mode keeps the word.
  for (let index = 1; index <= keselarasan.pages; index++) expect(pageText(keselarasan.file, index, '-raw')).toContain('DRAFT')
  expect(squeeze(keselarasan.texts.join('\n'))).toContain(squeeze(totals[0]))
  await page.getByLabel('Tanda DRAFT').uncheck()
  const daftar = await printReport(page, 'daftarProgram', 'F4', '935x609')
  expect(daftar.texts.join('\n')).toContain('TOTAL')
})

test('the narrowest sheet, A4 portrait, holds a 500-character program name and pagu of 10^13 a year: nothing overflows, every page is whole', async ({
  page,
  selaras
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const rpjmd = await apiCall<RpjmdView>(selaras, 'getRpjmd', {})
  const created = await apiCall<{ signatoryId: number }>(selaras, 'createSignatory', SIGNATORY)
  await apiCall(selaras, 'updatePrintDefaults', { defaultPaper: 'A4', defaultOrientation: 'portrait', defaultSignatoryId: created.signatoryId })
  const name = 'Program Peningkatan Kapasitas dan Kualitas Pelayanan Publik Terpadu Berbasis Elektronik '.repeat(6).slice(0, 500).trim()
  const program = await createRow<{ id: number }>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name })
  const kegiatan = await createRow<{ id: number }>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' })
  const pagu = Object.fromEntries(rpjmd.targetYears.map((year) => [String(year), 10_000_000_000_000]))
  await createRow(selaras, { level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001', pagu })
  await apiCall(selaras, 'linkSasaran', { planRowId: program.id, sasaranId: rpjmd.misi[0].sasaran[0].id })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Cetak' }).click()
  const tc14 = await printReport(page, 'tc14', 'A4', '595x842', 'portrait')
  const raw = squeeze(Array.from({ length: tc14.pages }, (_, index) => pageText(tc14.file, index + 1, '-raw')).join('\n'))
  // In this narrow column the row is taller than a page: its name is cut at a space and continues on the
  // next page under the repeated header. Every word is printed, in order.
  const names = squeeze((await page.getByLabel('Pratinjau cetak').locator('.print-pages td.cell-name').allTextContents()).join(''))
  expect(names).toContain(squeeze(name))
  expect(raw).toContain(squeeze(name).slice(0, 120))
  expect(raw).toContain(squeeze(name).slice(-60))
  // A sheet too narrow for such amounts on one line breaks them after a dot, adding no character.
  expect(raw).toContain('10.000.000.000.000')
  expect(raw).toContain('50.000.000.000.000')
  const rekap = await printReport(page, 'rekapMisiPd', 'A4', '595x842', 'portrait')
  const rekapRaw = squeeze(Array.from({ length: rekap.pages }, (_, index) => pageText(rekap.file, index + 1, '-raw')).join('\n'))
  expect(rekapRaw).toContain('10.000.000.000.000')
  expect(rekapRaw).toContain('50.000.000.000.000')
})
