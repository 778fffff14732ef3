import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addProgram, editCode, gridCell, showColumn } from './helpers'

const SIPD_EXPORT = resolve(__dirname, '../../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

async function openNomenklatur(page: Page) {
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Nomenklatur' }).click()
}

function rowIdOf(page: Page, code: string) {
  return page
    .locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)')
    .filter({ has: page.locator('[col-id="code"]', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) })
    .getAttribute('row-id')
}

async function addChild(page: Page, parentCode: string, button: string, query: string, expectedCode: string) {
  await gridCell(page, (await rowIdOf(page, parentCode)) as string, 'name').click()
  await page.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog')
  const picker = dialog.getByRole('combobox')
  await picker.fill(query)
  await expect(dialog.getByRole('option').first()).toContainText(expectedCode)
  await picker.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('notice')).toContainText(`${expectedCode} ditambahkan`)
}

test('the SIPD export is imported through the UI and its codes are picked and checked in the grid', async ({ page, selaras }) => {
  test.setTimeout(120_000)
  await page.goto(selaras.url)
  await openNomenklatur(page)
  await expect(page.getByTestId('nomenklatur-versions')).toContainText('Belum ada nomenklatur')
  await page.getByLabel('Berkas nomenklatur').setInputFiles(SIPD_EXPORT)

  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible({ timeout: 60_000 })
  await expect(preview.getByTestId('preview-count-bidang')).toContainText('45')
  await expect(preview.getByTestId('preview-count-program')).toContainText('189')
  await expect(preview.getByTestId('preview-count-kegiatan')).toContainText('713')
  await expect(preview.getByTestId('preview-count-subKegiatan')).toContainText('3.550')
  await expect(preview.getByTestId('preview-skipped')).toContainText('4.031 baris')
  await expect(preview.getByLabel('Nama versi')).toHaveValue('Pemutakhiran 2027')
  await preview.getByRole('button', { name: 'Simpan versi' }).click()
  await expect(page.getByTestId('notice')).toHaveText('Nomenklatur "Pemutakhiran 2027" disimpan dan dipakai rencana.')
  await expect(page.getByTestId('nomenklatur-versions')).toContainText('Dipakai rencana')

  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const programId = await addProgram(page, 'Dinas Kesehatan', '1.02.02')
  await expect(gridCell(page, programId, 'name')).toHaveText('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT')
  await addChild(page, '1.02.02', 'Tambah kegiatan', 'UKM dan UKP Rujukan', '1.02.02.2.02')
  await addChild(page, '1.02.02.2.02', 'Tambah sub kegiatan', 'Spesimen Penyakit Potensial', '1.02.02.2.02.0053')

  const subId = (await rowIdOf(page, '1.02.02.2.02.0053')) as string
  await showColumn(page, 'satuan')
  await expect(gridCell(page, subId, 'satuan')).toHaveText('Paket')
  // In the grid: type part of another name into the code cell's picker.
  await editCode(page, subId, 'berisiko Masalah Kesehatan Jiwa')
  await expect(gridCell(page, subId, 'code')).toHaveText('1.02.02.2.02.0055')
  await expect(gridCell(page, subId, 'name')).toHaveText('Pengelolaan Pelayanan Kesehatan Orang yang berisiko Masalah Kesehatan Jiwa')
  await showColumn(page, 'satuan')
  await expect(gridCell(page, subId, 'satuan')).toHaveText('Orang')
  await showColumn(page, 'codeStatus')
  await expect(gridCell(page, subId, 'codeStatus')).toHaveText('')

  // An unknown code is kept but flagged with its reason.
  await editCode(page, subId, '1.02.02.2.02.9999')
  await expect(gridCell(page, subId, 'code')).toHaveText('1.02.02.2.02.9999')
  await expect(gridCell(page, subId, 'code').getByRole('img')).toHaveAttribute('aria-label', /Kode ditandai/)
  await expect(gridCell(page, subId, 'codeStatus')).toHaveText('Kode 1.02.02.2.02.9999 tidak ada dalam nomenklatur "Pemutakhiran 2027".')
  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await showColumn(page, 'codeStatus')
  await expect(gridCell(page, subId, 'codeStatus')).toHaveText('Kode 1.02.02.2.02.9999 tidak ada dalam nomenklatur "Pemutakhiran 2027".')
})

test('a file that is not a spreadsheet is refused with a reason and nothing is stored', async ({ page, selaras }, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true })
  const fake = join(testInfo.outputDir, 'bukan-excel.xlsx')
  writeFileSync(fake, 'ini hanya teks, bukan lembar kerja\n'.repeat(10))
  await page.goto(selaras.url)
  await openNomenklatur(page)
  await page.getByLabel('Berkas nomenklatur').setInputFiles(fake)
  await expect(page.getByTestId('import-error')).toContainText('gagal; tidak ada yang diubah.')
  await expect(page.getByTestId('import-error')).toContainText('bukan')
  await expect(page.getByTestId('nomenklatur-versions')).toContainText('Belum ada nomenklatur')
})
