import { expect, test } from './fixtures'

// The Cetak screen as an analyst reaches it: its tab and shortcuts, its address, its options kept.

test('Ctrl+P opens Cetak on T-C.14 with the preview as pages; the options live in the address and come back after a reload', async ({ page, selaras }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(selaras.url)
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible()
  await page.keyboard.press('Control+p')
  await expect(page.getByRole('tab', { name: 'Cetak' })).toHaveAttribute('aria-selected', 'true')
  const preview = page.getByLabel('Pratinjau cetak')
  await expect(preview.locator('.print-page').first()).toContainText('Tabel T-C.14')
  await expect(preview.locator('.print-page').first()).toContainText(/Halaman 1 dari \d+/)
  expect(new URL(page.url()).hash).toBe('#cetak?report=tc14')

  await page.getByLabel('Laporan').selectOption('rekapMisiPd')
  await page.getByLabel('Kelompok').selectOption('perangkatDaerah')
  await page.getByLabel('Kertas').selectOption('A3')
  await page.getByLabel('Tanda DRAFT').check()
  await expect(preview.locator('.print-page').first()).toContainText('DRAFT')
  const address = new URL(page.url()).hash
  expect(address).toContain('report=rekapMisiPd')
  expect(address).toContain('groupBy=perangkatDaerah')
  expect(address).toContain('paper=A3')
  expect(address).toContain('draft=1')

  await page.reload()
  await expect(page.getByRole('tab', { name: 'Cetak' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByLabel('Laporan')).toHaveValue('rekapMisiPd')
  await expect(page.getByLabel('Kelompok')).toHaveValue('perangkatDaerah')
  await expect(page.getByLabel('Kertas')).toHaveValue('A3')
  await expect(page.getByLabel('Tanda DRAFT')).toBeChecked()
  await expect(preview.locator('.print-page').first()).toContainText('DRAFT')
})

test('the options stay when the analyst goes to another screen and back, and the address is the screen shown', async ({ page, selaras }) => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Cetak' }).click()
  await page.getByLabel('Laporan').selectOption('daftarProgram')
  await page.getByLabel('Orientasi').selectOption('portrait')
  await page.keyboard.press('Control+4')
  await expect(page.getByRole('heading', { name: 'Keselarasan Misi dan Anggaran' })).toBeVisible()
  expect(new URL(page.url()).hash).toBe('')
  await page.keyboard.press('Control+6')
  await expect(page.getByLabel('Laporan')).toHaveValue('daftarProgram')
  await expect(page.getByLabel('Orientasi')).toHaveValue('portrait')
  expect(new URL(page.url()).hash).toContain('orientation=portrait')
  await expect(page.getByLabel('Pratinjau cetak').locator('.print-page').first()).toContainText('Belum ada program')
  await page.screenshot({ path: test.info().outputPath('cetak-1024.png') })

  // The listing's text filter is applied on Enter, not on every key (each one lays the report out again).
  const text = page.getByLabel('Kode atau nama memuat')
  await text.fill('dinas')
  expect(new URL(page.url()).hash).not.toContain('text=')
  await text.press('Enter')
  await expect.poll(() => new URL(page.url()).hash).toContain('text=dinas')
  await expect(text).toHaveValue('dinas')

  // No signatory yet: the screen says so and leads to where one is added.
  await page.getByRole('button', { name: 'Tambahkan di Data Induk › Kop & penandatangan' }).click()
  await expect(page.getByRole('tab', { name: 'Kop & penandatangan' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('heading', { name: 'Pengaturan cetak' })).toBeVisible()
})
