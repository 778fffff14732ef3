import { expect, test } from './fixtures'
import { addProgram, editCell, editCode, gridCell, misiPaguCell, showColumn } from './helpers'

test('a program serving two misi counts under each misi and once in the total; unlink and delete update the totals', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const rowId = await addProgram(page, 'Badan Penanggulangan Bencana Daerah', '1.05.03', 'Program Penanggulangan Bencana')
  await editCell(page, rowId, 'pagu:2025', '1,5 M')
  await expect(gridCell(page, rowId, 'pagu:2025')).toHaveText('1.500.000.000')
  for (const label of ['6.1', '7.1']) {
    await page.getByTestId(`link-sasaran-${label}`).click()
    await expect(page.getByTestId(`link-sasaran-${label}`)).toBeChecked()
  }
  await showColumn(page, 'sasaran')
  await expect(gridCell(page, rowId, 'sasaran')).toHaveText('6.1, 7.1')
  await expect(page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2025"]')).toHaveText('1.500.000.000')

  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 6, 2025)).toHaveText('1.500.000.000')
  await expect(misiPaguCell(page, 7, 2025)).toHaveText('1.500.000.000')
  await expect(page.getByTestId('keselarasan-total').locator('td[data-year="2025"]')).toHaveText('1.500.000.000')
  await expect(page.getByTestId('multi-misi-programs')).toContainText('1.05.03 Program Penanggulangan Bencana: misi 6, 7')
  await expect(page.getByTestId('sasaran-without-program')).not.toContainText('6.1 ')

  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, rowId, 'name').click()
  await page.getByTestId('link-sasaran-6.1').click()
  await expect(page.getByTestId('link-sasaran-6.1')).not.toBeChecked()
  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 6, 2025)).toHaveText('0')
  await expect(misiPaguCell(page, 7, 2025)).toHaveText('1.500.000.000')

  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, rowId, 'name').click()
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Hapus baris terpilih' }).click()
  await expect(page.getByTestId('notice')).toHaveText('1.05.03 dihapus.')
  await expect(gridCell(page, rowId, 'name')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 7, 2025)).toHaveText('0')
  await expect(page.getByTestId('programs-without-sasaran').locator('li')).toHaveCount(0)
})

test('names and codes are edited in the grid; a duplicate code is refused with the reason', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const first = await addProgram(page, 'Dinas Kesehatan', '1.02.02', 'Program Pemenuhan Upaya Kesehatan')
  const second = await addProgram(page, 'Dinas Kesehatan', '1.02.03', 'Program Peningkatan Kapasitas SDM Kesehatan')
  await editCode(page, second, '1.02.02')
  await expect(page.getByTestId('notice')).toHaveText('Program 1.02.02 sudah ada pada Dinas Kesehatan.')
  await expect(gridCell(page, second, 'code')).toHaveText('1.02.03')
  await editCell(page, first, 'name', 'Program Pemenuhan Upaya Kesehatan Perorangan')
  await expect(gridCell(page, first, 'name')).toHaveText('Program Pemenuhan Upaya Kesehatan Perorangan')
  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(gridCell(page, first, 'name')).toHaveText('Program Pemenuhan Upaya Kesehatan Perorangan')
})
