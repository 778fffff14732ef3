import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { HEADER, buildCsv, kabkotRow } from '../unit/nomenklatur/support/buildXlsx'
import { expect, test } from './fixtures'
import { addProgram, gridCell } from './helpers'

// What a fresh data folder already holds and uses: the shipped SIPD 2027 export.
const BUILT_IN = 'Pemutakhiran 2027 (bawaan)'

async function importVersion(page: Page, file: string, name: string) {
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Nomenklatur' }).click()
  await page.getByLabel('Berkas nomenklatur').setInputFiles(file)
  const preview = page.getByTestId('import-preview')
  await expect(preview).toBeVisible({ timeout: 60_000 })
  await preview.getByLabel('Nama versi').fill(name)
  await preview.getByRole('button', { name: 'Simpan versi' }).click()
  await expect(page.getByTestId('nomenklatur-versions')).toContainText(name)
}

/** Opens the switch dialog from the version's row in Data Induk › Nomenklatur. */
async function openSwitch(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page
    .getByTestId('nomenklatur-versions')
    .locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) })
    .getByRole('button', { name: 'Pakai versi ini…' })
    .click()
  return page.getByRole('dialog', { name: `Pakai nomenklatur ${name}` })
}

const rowWithCode = (page: Page, code: string) =>
  page
    .locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)')
    .filter({ has: page.locator('[col-id="code"]', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) })

test('moving the plan to a newer nomenclature proposes the mapped code and applies it to the row', async ({ page, selaras }, testInfo) => {
  test.setTimeout(120_000)
  // An older list, as a CSV export, where the sub kegiatan still had its old number 0028.
  mkdirSync(testInfo.outputDir, { recursive: true })
  const older = join(testInfo.outputDir, 'nomenklatur-2026.csv')
  writeFileSync(
    older,
    buildCsv([
      HEADER,
      kabkotRow('1.02.02.2.02.0028', { SUBKEGIATAN: '1.02.02.2.02.0028 Pengambilan dan Pengiriman Spesimen Penyakit Potensial KLB', SATUAN: 'Paket' })
    ])
  )

  await page.goto(selaras.url)
  await importVersion(page, older, 'Versi 2026')
  // The plan starts on the built-in version; an empty plan moves to the older one first.
  const toOlder = await openSwitch(page, 'Versi 2026')
  await toOlder.getByRole('button', { name: 'Pakai versi ini' }).click()
  await expect(toOlder.getByRole('status')).toContainText('Pindah nomenklatur ke "Versi 2026" (0 kode diganti).')
  await toOlder.getByRole('button', { name: 'Tutup' }).click()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const programId = await addProgram(page, 'Dinas Kesehatan', '1.02.02')
  await gridCell(page, programId, 'name').click()
  await page.getByRole('button', { name: 'Tambah kegiatan' }).click()
  await page.getByRole('dialog').getByRole('combobox').fill('1.02.02.2.02')
  await expect(page.getByRole('dialog').getByRole('option').first()).toContainText('1.02.02.2.02')
  await page.getByRole('dialog').getByRole('combobox').press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  await page.getByRole('dialog').getByRole('combobox').fill('Spesimen')
  await expect(page.getByRole('dialog').getByRole('option').first()).toContainText('1.02.02.2.02.0028')
  await page.getByRole('dialog').getByRole('combobox').press('Enter')
  await expect(rowWithCode(page, '1.02.02.2.02.0028')).toHaveCount(1)

  const dialog = await openSwitch(page, BUILT_IN)
  const changes = dialog.getByTestId('switch-changes')
  await expect(changes).toContainText('1.02.02.2.02.0028')
  await expect(changes).toContainText(
    '1.02.02.2.02.0053 Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional'
  )
  await expect(dialog.getByRole('checkbox', { name: 'Ganti 1.02.02.2.02.0028' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Pakai versi ini' }).click()
  await expect(dialog.getByRole('status')).toContainText(`Pindah nomenklatur ke "${BUILT_IN}" (1 kode diganti). 0 baris masih ditandai.`)
  await dialog.getByRole('button', { name: 'Tutup' }).click()
  await expect(page.getByTestId('nomenklatur-versions').locator('tr', { hasText: BUILT_IN })).toContainText('Dipakai rencana')

  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(rowWithCode(page, '1.02.02.2.02.0053')).toHaveCount(1)
  const subId = (await rowWithCode(page, '1.02.02.2.02.0053').getAttribute('row-id')) as string
  await expect(gridCell(page, subId, 'name')).toHaveText(
    'Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional'
  )

  // Going back to the older list would now flag the new code: the dialog lists it before anything changes.
  const back = await openSwitch(page, 'Versi 2026')
  await expect(back.getByTestId('switch-changes')).toContainText('1.02.02.2.02.0053')
  await back.getByRole('button', { name: 'Batal' }).click()
  await expect(back).toHaveCount(0)
})

test('an applied switch is undone in one step from its dialog', async ({ page, selaras }, testInfo) => {
  test.setTimeout(120_000)
  mkdirSync(testInfo.outputDir, { recursive: true })
  const older = join(testInfo.outputDir, 'lama.csv')
  writeFileSync(older, buildCsv([HEADER, kabkotRow('1.02.02.2.02.0028', { SATUAN: 'Paket' })]))
  await page.goto(selaras.url)
  await importVersion(page, older, 'Versi lama')
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await addProgram(page, 'Dinas Kesehatan', '1.02.02')
  const dialog = await openSwitch(page, 'Versi lama')
  await dialog.getByRole('button', { name: 'Pakai versi ini' }).click()
  await expect(dialog.getByRole('status')).toContainText('(0 kode diganti)')
  await dialog.getByRole('button', { name: 'Batalkan perubahan ini' }).click()
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Pindah nomenklatur ke "Versi lama" (0 kode diganti)')
  await expect(page.getByTestId('nomenklatur-versions').locator('tr', { hasText: BUILT_IN })).toContainText('Dipakai rencana')
})
