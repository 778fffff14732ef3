import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function openDataInduk(page: Page, url: string, panel: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: panel, exact: true }).click()
  await expect(page.getByRole('tab', { name: panel, exact: true })).toHaveAttribute('aria-selected', 'true')
}

/** The row of one perangkat daerah, found by its exact name and then held by its id (it survives edit mode). */
async function pdRow(page: Page, name: string): Promise<Locator> {
  const row = page.locator('tbody tr').filter({ has: page.locator('.pd-name').getByText(name, { exact: true }) })
  await expect(row).toHaveCount(1)
  return page.getByTestId(`pd-${await row.getAttribute('data-pd-id')}`)
}

const notice = (page: Page) => page.getByTestId('notice')

test('the starting list is flagged, and an analyst checks Dinas Kesehatan and it stays checked', async ({ page, selaras }) => {
  await openDataInduk(page, selaras.url, 'Perangkat Daerah')
  await expect(page.getByTestId('pd-starting-list-banner')).toContainText(
    'Daftar awal perangkat daerah adalah titik mulai dan belum tentu sesuai susunan organisasi terbaru. Periksa setiap baris; baris yang sudah disimpan tidak lagi ditandai.'
  )
  let row = await pdRow(page, 'Dinas Kesehatan')
  await expect(row.getByText('daftar awal')).toBeVisible()

  await row.getByRole('button', { name: 'Ubah' }).click()
  await expect(row.getByLabel('Nama')).toHaveValue('Dinas Kesehatan')
  await row.getByLabel('Kode').fill('1.02.0.00.0.00.01.0000')
  await row.getByLabel('Bidang urusan').fill('1.02, 2.14')
  await row.getByLabel('Bidang urusan').press('Enter')
  await expect(notice(page)).toHaveText('Perangkat daerah "Dinas Kesehatan" disimpan.')
  await expect(row.getByRole('button', { name: 'Ubah' })).toBeFocused()
  await expect(row.getByText('daftar awal')).toHaveCount(0)

  await page.reload()
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Perangkat Daerah', exact: true }).click()
  row = await pdRow(page, 'Dinas Kesehatan')
  await expect(row.locator('td').nth(0)).toHaveText('1.02.0.00.0.00.01.0000')
  await expect(row.locator('td').nth(3)).toHaveText('1.02, 2.14')
  await expect(row.getByText('daftar awal')).toHaveCount(0)
  // Other rows are still unchecked, so the banner stays.
  await expect(page.getByTestId('pd-starting-list-banner')).toBeVisible()
  await expect((await pdRow(page, 'Dinas Sosial')).getByText('daftar awal')).toBeVisible()
})

test('a restructuring: Dinas Pariwisata ends in 2025 and is replaced by a new perangkat daerah', async ({ page, selaras }) => {
  await openDataInduk(page, selaras.url, 'Perangkat Daerah')
  await expect(page.getByText('Bila perangkat daerah digabung atau berganti nama')).toBeVisible()

  const form = page.getByRole('form', { name: 'Tambah perangkat daerah' })
  await form.getByLabel('Nama').fill('Dinas Pariwisata dan Kebudayaan')
  await form.getByLabel('Singkatan').fill('Disparbud')
  await form.getByLabel('Bidang urusan').fill('3.26, 2.22')
  await form.getByLabel('Berlaku dari').fill('2026')
  await form.getByRole('button', { name: 'Tambah perangkat daerah' }).click()
  await expect(notice(page)).toHaveText('Perangkat daerah "Dinas Pariwisata dan Kebudayaan" ditambahkan.')
  await expect(form.getByLabel('Nama')).toHaveValue('')
  const added = await pdRow(page, 'Dinas Pariwisata dan Kebudayaan')
  await expect(added.locator('td').nth(4)).toHaveText('2026')

  const old = await pdRow(page, 'Dinas Pariwisata')
  await old.getByRole('button', { name: 'Ubah' }).click()
  await old.getByLabel('Berlaku sampai').fill('2025')
  await old.getByLabel('Digantikan oleh').selectOption({ label: 'Dinas Pariwisata dan Kebudayaan' })
  await old.getByRole('button', { name: 'Simpan' }).click()
  await expect(notice(page)).toHaveText('Perangkat daerah "Dinas Pariwisata" disimpan.')
  await expect(old).toContainText('(berakhir 2025)')

  await page.reload()
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Perangkat Daerah', exact: true }).click()
  await page.getByLabel('Saring perangkat daerah').fill('pariwisata')
  // Beranda, the first screen, stays in the page (hidden) with tables of its own.
  await expect(page.locator('.data-induk tbody tr')).toHaveCount(2)
  const ended = await pdRow(page, 'Dinas Pariwisata')
  await expect(ended).toHaveClass(/ended/)
  await expect(ended).toContainText('(berakhir 2025)')
  await expect(ended.locator('td').nth(5)).toHaveText('2025')
  await expect(ended.locator('td').nth(6)).toHaveText('Dinas Pariwisata dan Kebudayaan')
  const successor = await pdRow(page, 'Dinas Pariwisata dan Kebudayaan')
  await expect(successor).not.toHaveClass(/ended/)
  await expect(successor.locator('td').nth(2)).toHaveText('Disparbud')
  await expect(successor.locator('td').nth(3)).toHaveText('3.26, 2.22')
})

test('a refused edit shows the reason and keeps what the analyst typed', async ({ page, selaras }) => {
  await openDataInduk(page, selaras.url, 'Perangkat Daerah')
  const row = await pdRow(page, 'Dinas Sosial')
  await row.getByRole('button', { name: 'Ubah' }).click()
  await row.getByLabel('Nama').fill('Dinas Sosial dan Pemberdayaan')
  await row.getByLabel('Berlaku dari').fill('2024')
  await row.getByLabel('Berlaku sampai').fill('2022')
  await row.getByRole('button', { name: 'Simpan' }).click()
  await expect(notice(page)).toHaveText('Tahun berakhir tidak boleh sebelum tahun mulai berlaku.')
  await expect(row.getByLabel('Nama')).toHaveValue('Dinas Sosial dan Pemberdayaan')
  await expect(row.getByLabel('Berlaku dari')).toHaveValue('2024')
  await expect(row.getByLabel('Berlaku sampai')).toHaveValue('2022')

  // Esc drops the edit; nothing was saved.
  await row.getByLabel('Berlaku sampai').press('Escape')
  await expect(row.getByLabel('Nama')).toHaveCount(0)
  await expect(row.locator('.pd-name')).toHaveText('Dinas Sosial')
  await expect(row.getByText('daftar awal')).toBeVisible()
})

test('lokasi: 8 kecamatan and 78 kelurahan, Moti opens to its kelurahan, BAHIM groups the islands', async ({ page, selaras }) => {
  await openDataInduk(page, selaras.url, 'Perangkat Daerah')
  await page.getByRole('tab', { name: 'Perangkat Daerah', exact: true }).press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Lokasi', exact: true })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Lokasi', exact: true })).toHaveAttribute('aria-selected', 'true')

  await expect(page.getByTestId('lokasi-counts')).toHaveText('8 kecamatan, 78 kelurahan')
  await expect(page.locator('.kecamatan-toggle')).toHaveCount(8)
  const moti = page.getByRole('button', { name: /^Moti\b/ })
  await expect(moti).toHaveAttribute('aria-expanded', 'false')
  await moti.click()
  await expect(moti).toHaveAttribute('aria-expanded', 'true')
  const kelurahan = page.getByRole('list', { name: 'Kelurahan di Moti' })
  await expect(kelurahan.getByRole('listitem')).toHaveCount(6)
  await expect(kelurahan).toContainText('82.71.04.1001 Takofi')
  await expect(kelurahan).toContainText('Moti Kota')

  const bahim = page.locator('.kelompok-list > div').filter({ hasText: 'BAHIM' })
  await expect(bahim.locator('dd')).toContainText('Pulau Batang Dua')
  await expect(bahim.locator('dd')).toContainText('Pulau Hiri')
  await expect(bahim.locator('dd')).toContainText('Moti')
  await expect(bahim.locator('dd')).not.toContainText('Ternate')
  const semua = page.locator('.kelompok-list > div').filter({ hasText: 'Semua Kecamatan' })
  await expect(semua.locator('dd')).toContainText('Ternate Barat')
})

test('reference lists: an added sumber dana and a deactivated one are kept; a duplicate is refused', async ({ page, selaras }) => {
  await openDataInduk(page, selaras.url, 'Daftar Rujukan')
  await expect(page.getByRole('tab', { name: 'Sumber dana' })).toHaveAttribute('aria-selected', 'true')

  const form = page.getByRole('form', { name: 'Tambah sumber dana' })
  await form.getByLabel('Kode').fill('DDU')
  await form.getByLabel('Nama').fill('Dana Desa Uji')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(notice(page)).toHaveText('"Dana Desa Uji" ditambahkan ke daftar sumber dana.')
  await expect(page.getByRole('row').filter({ hasText: 'Dana Desa Uji' })).toContainText('DDU')

  await page.getByLabel('Aktif: Dana Insentif Daerah / Insentif Fiskal').uncheck()
  await expect(notice(page)).toHaveText('"Dana Insentif Daerah / Insentif Fiskal" disimpan (tidak aktif).')
  await expect(page.getByRole('row').filter({ hasText: 'DID' })).toHaveClass(/inactive/)

  await form.getByLabel('Kode').fill('DDU2')
  await form.getByLabel('Nama').fill('dana desa uji')
  await form.getByRole('button', { name: 'Tambah' }).click()
  await expect(notice(page)).toHaveText('"dana desa uji" sudah ada di daftar ini.')
  await expect(form.getByLabel('Nama')).toHaveValue('dana desa uji')

  await page.reload()
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Daftar Rujukan', exact: true }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Dana Desa Uji' })).toContainText('DDU')
  await expect(page.getByLabel('Aktif: Dana Desa Uji')).toBeChecked()
  await expect(page.getByLabel('Aktif: Dana Insentif Daerah / Insentif Fiskal')).not.toBeChecked()
  await expect(page.getByRole('row').filter({ hasText: 'DID' })).toHaveClass(/inactive/)

  // The other lists are sub-tabs; the arrow keys move between them.
  await page.getByRole('tab', { name: 'Sumber dana' }).press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Prioritas nasional' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('row').filter({ hasText: 'PN1' })).toContainText('Pancasila')
})
