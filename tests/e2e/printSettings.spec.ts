import type { Page } from '@playwright/test'
import { makePng } from '../support/pngBytes'
import { expect, test } from './fixtures'

// Data Induk > Kop & penandatangan: the kop, its logo, the signatories and the defaults, through the UI, kept in the database.

async function openPrintSettings(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Kop & penandatangan' }).click()
  await expect(page.getByRole('heading', { name: 'Pengaturan cetak' })).toBeVisible()
}

const notice = (page: Page) => page.getByTestId('notice')

test('an analyst fills the kop, uploads a PNG logo, adds a signatory after a bad NIP, and finds everything after a reload', async ({ page, selaras }) => {
  await openPrintSettings(page, selaras.url)
  const kop = page.getByRole('form', { name: 'Kop surat' })
  const preview = page.getByTestId('kop-preview')
  // The seeded kop of Kota Ternate; no signatory yet.
  await expect(kop.getByLabel('Nama pemerintah daerah')).toHaveValue('PEMERINTAH KOTA TERNATE')
  await expect(preview).toContainText('BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH')
  await expect(preview).toContainText('(alamat belum diisi)')
  await expect(page.getByTestId('no-signatory')).toContainText('Belum ada penandatangan.')

  // The preview follows the typing before it is saved.
  await kop.getByLabel('Alamat').fill('Jl. Contoh Raya No. 1, Ternate (uji)')
  await kop.getByLabel('Kontak').fill('Telp. (0921) 000000, surel: uji@example.invalid')
  await expect(preview).toContainText('Jl. Contoh Raya No. 1, Ternate (uji)')
  await kop.getByLabel('Nama pemerintah daerah').fill('')
  await kop.getByRole('button', { name: 'Simpan kop' }).click()
  await expect(kop.getByText('Nama pemerintah daerah wajib diisi.')).toBeVisible()
  await expect(kop.getByLabel('Nama pemerintah daerah')).toBeFocused()
  await expect(kop.getByLabel('Alamat')).toHaveValue('Jl. Contoh Raya No. 1, Ternate (uji)')
  await kop.getByLabel('Nama pemerintah daerah').fill('PEMERINTAH KOTA TERNATE')
  await kop.getByLabel('Kontak').press('Enter')
  await expect(notice(page)).toHaveText('Kop surat disimpan.')
  await expect(page.getByRole('button', { name: 'Batalkan: Ubah kop surat' })).toBeEnabled()

  // A PNG made in the test, shown in the kop preview.
  const png = makePng(96, 120)
  await page.getByLabel('Berkas logo').setInputFiles({ name: 'logo-ternate.png', mimeType: 'image/png', buffer: png })
  await expect(notice(page)).toHaveText('Logo logo-ternate.png disimpan.')
  await expect(page.getByTestId('logo-info')).toContainText('logo-ternate.png: PNG 96 × 120 piksel')
  const logo = page.getByTestId('kop-preview-logo')
  await expect(logo).toHaveAttribute('src', `data:image/png;base64,${png.toString('base64')}`)
  // The browser decoded it: the bytes are a real image.
  await expect.poll(() => logo.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBe(96)

  // A NIP with a letter: refused next to the field, with what was typed kept.
  const add = page.getByRole('form', { name: 'Tambah penandatangan' })
  await add.getByLabel('Nama').fill('Nama Pejabat Uji, S.T., M.T.')
  await add.getByLabel('Jabatan').fill('Kepala Bappelitbangda Kota Ternate')
  await add.getByLabel('Pangkat/golongan').fill('Pembina Utama Muda (IV/c)')
  await add.getByLabel('NIP').fill('19710205 199403 1 00A')
  await add.getByRole('button', { name: 'Tambah penandatangan' }).click()
  await expect(add.getByText('NIP hanya berisi angka (18 digit), tanpa huruf atau tanda baca.')).toBeVisible()
  await expect(add.getByLabel('NIP')).toBeFocused()
  await expect(add.getByLabel('NIP')).toHaveValue('19710205 199403 1 00A')
  await expect(add.getByLabel('Nama')).toHaveValue('Nama Pejabat Uji, S.T., M.T.')
  await add.screenshot({ path: 'test-results/print-settings-nip-refused.png' })
  await add.getByLabel('NIP').fill('197102051994031002')
  await expect(add.getByText('Dicetak: NIP. 19710205 199403 1 002')).toBeVisible()
  await add.getByLabel('NIP').press('Enter')
  await expect(notice(page)).toHaveText('Penandatangan Nama Pejabat Uji, S.T., M.T. ditambahkan.')
  await expect(add.getByLabel('Nama')).toBeFocused()
  await expect(add.getByLabel('Nama')).toHaveValue('')
  const table = page.getByTestId('signatory-table')
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(table.locator('tbody tr').first()).toContainText('19710205 199403 1 002')
  await expect(table.locator('tbody tr').first()).toContainText('bawaan')

  // Defaults: A3 portrait.
  const defaults = page.getByRole('form', { name: 'Bawaan cetak' })
  await defaults.getByLabel('Kertas').selectOption('A3')
  await defaults.getByLabel('Arah').selectOption('portrait')
  await defaults.getByRole('button', { name: 'Simpan bawaan' }).click()
  await expect(notice(page)).toHaveText('Bawaan cetak disimpan.')

  // The double rule under the kop: a thick line, a gap, a thin line.
  const rule = page.locator('.kop-rule')
  await expect(rule).toHaveCSS('border-top-width', '3px')
  await expect(rule).toHaveCSS('height', '2px')
  await expect(rule).toHaveCSS('border-bottom-width', '1px')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/print-settings-1366x768.png', fullPage: true })
  await page.getByTestId('kop-preview').screenshot({ path: 'test-results/print-settings-kop.png' })
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.screenshot({ path: 'test-results/print-settings-1024x640.png', fullPage: true })

  // Everything is in the database: a reload, and a restart of the server, show it again.
  await page.goto(await selaras.restart())
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Kop & penandatangan' }).click()
  await expect(page.getByRole('form', { name: 'Kop surat' }).getByLabel('Alamat')).toHaveValue('Jl. Contoh Raya No. 1, Ternate (uji)')
  await expect(page.getByTestId('kop-preview')).toContainText('Telp. (0921) 000000, surel: uji@example.invalid')
  await expect(page.getByTestId('kop-preview-logo')).toHaveAttribute('src', `data:image/png;base64,${png.toString('base64')}`)
  await expect(page.getByTestId('signatory-table').locator('tbody tr').first()).toContainText('Nama Pejabat Uji, S.T., M.T.')
  await expect(page.getByTestId('signatory-table').locator('tbody tr').first()).toContainText('Pembina Utama Muda (IV/c)')
  await expect(page.getByRole('form', { name: 'Bawaan cetak' }).getByLabel('Kertas')).toHaveValue('A3')
  await expect(page.getByRole('form', { name: 'Bawaan cetak' }).getByLabel('Arah')).toHaveValue('portrait')
  await expect(page.getByRole('form', { name: 'Bawaan cetak' }).getByLabel('Penandatangan')).toHaveValue(/\d+/)
})

test('a 2 MB logo and a text file renamed to .png are refused with their reason, and nothing changes', async ({ page, selaras }) => {
  await openPrintSettings(page, selaras.url)
  const big = makePng(8, 8, { padding: 2 * 1024 * 1024 })
  await page.getByLabel('Berkas logo').setInputFiles({ name: 'logo-besar.png', mimeType: 'image/png', buffer: big })
  await expect(page.getByTestId('logo-error')).toHaveText('logo-besar.png: Logo terlalu besar (2 MB); batasnya 1 MB. Tidak ada yang diubah.')
  await expect(page.getByRole('button', { name: 'Pilih logo…' })).toBeFocused()

  // Checked in main by its content, not its name.
  await page.getByLabel('Berkas logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('Ini catatan rapat, bukan gambar.\n') })
  await expect(page.getByTestId('logo-error')).toHaveText(
    'Berkas logo.png bukan gambar PNG: isinya teks, bukan gambar. Logo harus PNG atau SVG. Tidak ada yang diubah.'
  )
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  await page.getByLabel('Berkas logo').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) })
  await expect(page.getByTestId('logo-error')).toContainText('Logo SVG ini berisi <script>')
  await expect(page.getByTestId('logo-info')).toContainText('Belum ada logo.')
  await expect(page.getByTestId('kop-preview-logo')).toHaveCount(0)
  await page.reload()
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Kop & penandatangan' }).click()
  await expect(page.getByTestId('logo-info')).toContainText('Belum ada logo.')
  await expect(page.getByRole('button', { name: 'Batalkan' })).toBeDisabled()
})

test('a signatory is edited and deleted with the keyboard, and Ctrl+Z brings it back', async ({ page, selaras }) => {
  await openPrintSettings(page, selaras.url)
  const add = page.getByRole('form', { name: 'Tambah penandatangan' })
  await add.getByLabel('Nama').fill('Pejabat Uji')
  await add.getByLabel('Jabatan').fill('Sekretaris Bappelitbangda')
  await add.getByLabel('NIP').fill('198001012005011003')
  await add.getByLabel('NIP').press('Enter')
  const row = page.getByTestId('signatory-table').locator('tbody tr').first()
  await expect(row).toContainText('19800101 200501 1 003')

  await page.getByRole('button', { name: 'Ubah Pejabat Uji' }).press('Enter')
  const edit = page.getByRole('form', { name: 'Ubah penandatangan Pejabat Uji' })
  await expect(edit.getByLabel('Nama')).toBeFocused()
  await edit.getByLabel('NIP').fill('1980')
  await edit.getByLabel('NIP').press('Enter')
  await expect(edit.getByText('NIP harus 18 digit; yang diketik 4 digit.')).toBeVisible()
  await edit.getByLabel('NIP').fill('198001012005011003')
  await edit.getByLabel('Jabatan').fill('Plt. Kepala Bappelitbangda Kota Ternate')
  await edit.getByLabel('Jabatan').press('Enter')
  await expect(notice(page)).toHaveText('Penandatangan Pejabat Uji disimpan.')
  await expect(page.getByRole('button', { name: 'Ubah Pejabat Uji' })).toBeFocused()
  await expect(row).toContainText('Plt. Kepala Bappelitbangda Kota Ternate')

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Hapus Pejabat Uji' }).click()
  await expect(notice(page)).toHaveText('Penandatangan Pejabat Uji dihapus.')
  await expect(page.getByTestId('no-signatory')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Batalkan: Hapus penandatangan Pejabat Uji (NIP 19800101 200501 1 003)' })).toBeVisible()

  // Ctrl+Z outside a text field undoes the deletion, as on the plan screen.
  await page.getByRole('button', { name: /^Batalkan/ }).focus()
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toHaveText('Dibatalkan: Hapus penandatangan Pejabat Uji (NIP 19800101 200501 1 003)')
  await expect(row).toContainText('Plt. Kepala Bappelitbangda Kota Ternate')
  await expect(row).toContainText('bawaan')
})
