import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SIPD_EXPORT = resolve(__dirname, '../../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

async function openNomenklatur(page: Page) {
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Nomenklatur' }).click()
}

test('a SIPD export is imported through the UI as a new version beside the built-in one, which the plan keeps', async ({ page, selaras }) => {
  test.setTimeout(120_000)
  await page.goto(selaras.url)
  await openNomenklatur(page)
  const versions = page.getByTestId('nomenklatur-versions')
  await expect(versions.locator('tr', { hasText: 'Pemutakhiran 2027 (bawaan)' })).toContainText('Dipakai rencana')
  await page.getByLabel('Berkas nomenklatur').setInputFiles(SIPD_EXPORT)

  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible({ timeout: 60_000 })
  await expect(preview.getByTestId('preview-count-bidang')).toContainText('45')
  await expect(preview.getByTestId('preview-count-program')).toContainText('189')
  await expect(preview.getByTestId('preview-count-kegiatan')).toContainText('713')
  await expect(preview.getByTestId('preview-count-subKegiatan')).toContainText('3.550')
  await expect(preview.getByTestId('preview-skipped')).toContainText('4.031 baris')
  // The shipped file is this very export: the preview says so before anything is stored.
  await expect(preview.getByRole('status')).toHaveText('Isi berkas ini sama dengan versi "Pemutakhiran 2027 (bawaan)" yang sudah ada.')
  await expect(preview.getByLabel('Nama versi')).toHaveValue('Pemutakhiran 2027')
  await preview.getByRole('button', { name: 'Simpan versi' }).click()
  await expect(page.getByTestId('notice')).toHaveText('Nomenklatur "Pemutakhiran 2027" disimpan.')
  await expect(versions.locator('tbody tr')).toHaveCount(2)
  await expect(versions.locator('tr', { hasText: 'Pemutakhiran 2027 (bawaan)' })).toContainText('Dipakai rencana')
  const imported = versions.locator('tbody tr').nth(1)
  await expect(imported.getByRole('rowheader')).toHaveText('Pemutakhiran 2027')
  await expect(imported.getByRole('button', { name: 'Pakai versi ini…' })).toBeVisible()
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
  // Only the built-in version, as before the attempt.
  await expect(page.getByTestId('nomenklatur-versions').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('nomenklatur-versions')).toContainText('Pemutakhiran 2027 (bawaan)')
})
