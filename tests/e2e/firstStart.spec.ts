import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addProgram, editCode, gridCell, showColumn } from './helpers'

const BUILT_IN = 'Pemutakhiran 2027 (bawaan)'

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

test('a fresh data folder opens on Beranda with the built-in nomenclature in use, and a program is added with a code from it without importing anything', async ({
  page,
  selaras
}) => {
  await page.goto(selaras.url)
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Beranda' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('home-nomenklatur')).toHaveText(`Dipakai rencana: ${BUILT_IN}, 3.550 sub kegiatan.`)
  await expect(page.getByTestId('home-step-nomenklatur')).toHaveAttribute('data-done', 'true')
  await expect(page.getByTestId('home-step-perangkat-daerah')).toContainText('40 dari 40 masih "daftar awal"')
  await expect(page.getByTestId('home-step-program')).toHaveAttribute('data-done', 'false')
  await expect(page.getByTestId('home-last-change')).toHaveText('Riwayat perubahan masih kosong.')

  // Keyboard: the step's link is reached with Tab and opened with Enter.
  const link = page.getByTestId('home-step-program').getByRole('button', { name: 'Buka Program & Anggaran' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Program & Anggaran' })).toBeFocused()

  const programId = await addProgram(page, 'Dinas Kesehatan', '1.02.02')
  await expect(gridCell(page, programId, 'name')).toHaveText('PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT')
  await addChild(page, '1.02.02', 'Tambah kegiatan', 'UKM dan UKP Rujukan', '1.02.02.2.02')
  await addChild(page, '1.02.02.2.02', 'Tambah sub kegiatan', 'Spesimen Penyakit Potensial', '1.02.02.2.02.0053')
  const subId = (await rowIdOf(page, '1.02.02.2.02.0053')) as string
  await showColumn(page, 'satuan')
  await expect(gridCell(page, subId, 'satuan')).toHaveText('Paket')
  // In the grid: part of another name typed into the code cell's picker.
  await editCode(page, subId, 'berisiko Masalah Kesehatan Jiwa')
  await expect(gridCell(page, subId, 'code')).toHaveText('1.02.02.2.02.0055')
  await expect(gridCell(page, subId, 'name')).toHaveText('Pengelolaan Pelayanan Kesehatan Orang yang berisiko Masalah Kesehatan Jiwa')
  await showColumn(page, 'codeStatus')
  await expect(gridCell(page, subId, 'codeStatus')).toHaveText('')
  // An unknown code is kept but flagged against the built-in version.
  await editCode(page, subId, '1.02.02.2.02.9999')
  await expect(gridCell(page, subId, 'codeStatus')).toHaveText(`Kode 1.02.02.2.02.9999 tidak ada dalam nomenklatur "${BUILT_IN}".`)

  // Back on Beranda (Ctrl+1): the new rows are counted, the step is done, the change log's last step shows.
  await page.keyboard.press('Control+1')
  await expect(page.getByTestId('home-counts')).toContainText('Program1')
  await expect(page.getByTestId('home-counts')).toContainText('Sub kegiatan1')
  await expect(page.getByTestId('home-counts')).toContainText('Perangkat daerah dengan program1 dari 40')
  await expect(page.getByTestId('home-step-program')).toHaveAttribute('data-done', 'true')
  await expect(page.getByTestId('home-step-sasaran')).toContainText('1 sub kegiatan belum terkait sasaran')
  await expect(page.getByTestId('home-warnings')).toContainText('Belum terkait sasaran: 1')
  await expect(page.getByTestId('home-warnings')).toContainText('Pagu nol: 1')
  await expect(page.getByTestId('home-last-change')).toContainText('Terakhir diubah')

  // The PD step's link opens Data Induk on its Perangkat Daerah panel.
  await page.getByTestId('home-step-perangkat-daerah').getByRole('button', { name: 'Buka Data Induk › Perangkat Daerah' }).click()
  await expect(page.getByRole('tab', { name: 'Perangkat Daerah', exact: true })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Perangkat Daerah', exact: true })).toHaveAttribute('aria-selected', 'true')
})

test('Beranda shows the plan pagu per year in id-ID and the warnings of the Peringatan list', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  // The shortcut is the app's once it is drawn (the page's load event may come first).
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible()
  await page.keyboard.press('Control+3')
  const programId = await addProgram(page, 'Dinas Kesehatan', '1.02.02')
  await expect(gridCell(page, programId, 'code')).toHaveText('1.02.02')
  await addChild(page, '1.02.02', 'Tambah kegiatan', '1.02.02.2.02', '1.02.02.2.02')
  await addChild(page, '1.02.02.2.02', 'Tambah sub kegiatan', '1.02.02.2.02.0053', '1.02.02.2.02.0053')
  const subId = (await rowIdOf(page, '1.02.02.2.02.0053')) as string
  await showColumn(page, 'pagu:2023')
  await gridCell(page, subId, 'pagu:2023').click()
  await page.keyboard.type('1250000000')
  await page.keyboard.press('Enter')
  await expect(gridCell(page, subId, 'pagu:2023')).toHaveText('1.250.000.000')
  const peringatan = page.getByRole('tab', { name: /^Peringatan \(/ })
  await expect(peringatan).toHaveText('Peringatan (2)')

  await page.getByRole('tab', { name: 'Beranda' }).click()
  await expect(page.getByTestId('home-pagu').locator('td[data-year="2023"]')).toHaveText('1.250.000.000')
  await expect(page.getByTestId('home-pagu').locator('td[data-year="2024"]')).toHaveText('0')
  await expect(page.getByTestId('home-pagu')).toContainText('prakiraan maju')
  await expect(page.getByTestId('home-warnings')).toContainText('Belum terkait sasaran: 1')
  await expect(page.getByTestId('home-warnings')).toContainText('Pagu tanpa target: 1')
  await expect(page.getByRole('button', { name: 'Buka Peringatan (2) di Program & Anggaran' })).toBeVisible()
})
