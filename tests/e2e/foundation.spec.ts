import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { addProgram, editCell, gridCell, misiPaguCell, showColumn } from './helpers'

// The misi titles as the seed document lists them ("1. ... ."), read from ../shared.
const seedText = readFileSync(resolve(__dirname, '../../../shared/seed/visi-misi-kota-ternate-2021-2026.txt'), 'utf8')
const misiTitles = [...seedText.matchAll(/^(\d)\. (.+?)\.?$/gm)].map((match) => match[2])

test('the RPJMD screen shows the visi and eight misi with their titles', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'RPJMD' }).click()
  await expect(page.getByTestId('visi')).toContainText('Mewujudkan Kota Ternate yang Mandiri dan Berkeadilan')
  expect(misiTitles).toHaveLength(8)
  for (const [index, title] of misiTitles.entries()) {
    await expect(page.getByTestId(`misi-${index + 1}`).locator('.misi-title')).toHaveText(title)
  }
  await page.getByRole('button', { name: /Misi 6/ }).click()
  await expect(page.getByTestId('misi-6').locator('.sasaran')).toHaveCount(7)
  await expect(page.getByTestId('sasaran-6.1')).toContainText('serta masih tingginya kawasan permukiman kumuh')
})

test('a program with pagu 2023 linked to a sasaran of misi 3 raises misi 3 in 2023, and is kept', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 3, 2023)).toHaveText('0')

  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const rowId = await addProgram(page, 'Dinas Pendidikan', '1.01.02', 'Program Pengelolaan Pendidikan')
  await editCell(page, rowId, 'pagu:2023', '1.250.000.000')
  await expect(gridCell(page, rowId, 'pagu:2023')).toHaveText('1.250.000.000')
  // The box follows the database: it turns checked once the link is stored.
  await page.getByTestId('link-sasaran-3.2').click()
  await expect(page.getByTestId('link-sasaran-3.2')).toBeChecked()
  await showColumn(page, 'sasaran')
  await expect(gridCell(page, rowId, 'sasaran')).toHaveText('3.2')

  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 3, 2023)).toHaveText('1.250.000.000')
  await expect(page.getByTestId('keselarasan-misi-3').locator('td[data-share-year="2023"]')).toHaveText('100,00%')
  await expect(misiPaguCell(page, 2, 2023)).toHaveText('0')
  await expect(page.getByTestId('keselarasan-total').locator('td[data-year="2023"]')).toHaveText('1.250.000.000')

  await page.reload()
  await page.getByRole('tab', { name: 'Keselarasan' }).click()
  await expect(misiPaguCell(page, 3, 2023)).toHaveText('1.250.000.000')

  // A restart of the app on the same data folder keeps it too.
  await page.goto(await selaras.restart())
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(gridCell(page, rowId, 'pagu:2023')).toHaveText('1.250.000.000')
  await showColumn(page, 'sasaran')
  await expect(gridCell(page, rowId, 'sasaran')).toHaveText('3.2')
})

test('a bad pagu is refused with a reason and the old value stays', async ({ page, selaras }) => {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const rowId = await addProgram(page, 'Dinas Kesehatan', '1.02.02', 'Program Pemenuhan Upaya Kesehatan')
  await editCell(page, rowId, 'pagu:2024', '750 jt')
  await expect(gridCell(page, rowId, 'pagu:2024')).toHaveText('750.000.000')

  for (const [input, reason] of [
    ['-5', 'Pagu tidak boleh negatif.'],
    ['sejuta', 'bukan angka'],
    ['1.250', 'bisa berarti 1250 atau 1,25']
  ]) {
    await editCell(page, rowId, 'pagu:2024', input)
    // The refused text stays in the editor with its reason; Esc gives the old value back.
    await expect(page.getByTestId('cell-reason')).toContainText(reason)
    await expect(gridCell(page, rowId, 'pagu:2024').locator('input')).toHaveValue(input)
    await page.keyboard.press('Escape')
    await expect(gridCell(page, rowId, 'pagu:2024')).toHaveText('750.000.000')
  }
  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(gridCell(page, rowId, 'pagu:2024')).toHaveText('750.000.000')
})
