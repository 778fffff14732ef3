import { expect, test } from './fixtures'
import { addBranch, editCell, gridCell } from './helpers'

test('a screen opened again shows as it was left without loading; after a change elsewhere it loads again', async ({ page, selaras }) => {
  const {
    subs: [sub]
  } = await addBranch(selaras, 1)
  let loads = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/api/listPlanRows')) loads += 1
  })
  await page.goto(selaras.url)
  const planTab = page.getByRole('tab', { name: 'Program & Anggaran' })
  await planTab.click()
  await page.getByLabel('Cari kode atau nama').fill('Sub kegiatan')
  await expect(gridCell(page, sub.id, 'name')).toHaveText('Sub kegiatan 1')
  await editCell(page, sub.id, 'pagu:2023', '5.000.000')
  await expect(gridCell(page, sub.id, 'pagu:2023')).toHaveText('5.000.000')
  // The value shows before the server replies; the reply (its undo state on the button) is the
  // save done. Leaving before it lands would count the save as a change made while away.
  await expect(page.getByRole('button', { name: 'Batalkan (Ctrl+Z)' })).toHaveAttribute('title', 'Ubah 1 sel')
  expect(loads).toBe(1)

  // Away and back: the same screen, filter and value, no second load.
  await page.getByRole('tab', { name: 'RPJMD' }).click()
  await expect(page.getByRole('heading', { name: 'Program & Anggaran' })).toBeHidden()
  // Ctrl+Z on another screen is not the hidden plan's undo.
  await page.keyboard.press('Control+z')
  await planTab.click()
  await expect(page.getByLabel('Cari kode atau nama')).toHaveValue('Sub kegiatan')
  await expect(gridCell(page, sub.id, 'pagu:2023')).toHaveText('5.000.000')
  expect(loads).toBe(1)
  // The plan's own Ctrl+Z undoes the edit: the first undo of the session (had the key on
  // RPJMD undone it, this one would take back the sub kegiatan's creation instead).
  await gridCell(page, sub.id, 'name').click()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Ubah 1 sel')
  await expect(gridCell(page, sub.id, 'pagu:2023')).toHaveText('0')

  // A PD renamed in Data Induk meanwhile: the plan loads again and shows the new name.
  await page.getByRole('tab', { name: 'Data Induk' }).click()
  await page.getByRole('tab', { name: 'Perangkat Daerah', exact: true }).click()
  const pd = page.getByTestId('pd-11')
  await pd.getByRole('button', { name: 'Ubah' }).click()
  await pd.getByLabel('Nama').fill('Dinas Kesehatan Kota Ternate')
  await pd.getByLabel('Nama').press('Enter')
  await expect(page.getByTestId('notice')).toHaveText('Perangkat daerah "Dinas Kesehatan Kota Ternate" disimpan.')
  await planTab.click()
  await expect(gridCell(page, 'pd-11', 'name')).toHaveText('Dinas Kesehatan Kota Ternate')
  expect(loads).toBe(2)
  // A fresh screen: the filter starts empty again.
  await expect(page.getByLabel('Cari kode atau nama')).toHaveValue('')
})

test('a save in another tab: the shown screen says so and reloads on request, a screen left stale reloads on return, the saving tab is not told', async ({
  page,
  selaras
}) => {
  const {
    subs: [sub]
  } = await addBranch(selaras, 1)
  const other = await page.context().newPage()
  for (const tab of [page, other]) {
    await tab.goto(selaras.url)
    await tab.getByRole('tab', { name: 'Program & Anggaran' }).click()
    await expect(gridCell(tab, sub.id, 'pagu:2023')).toHaveText('0')
  }
  const bar = (tab: typeof page) => tab.getByRole('status').filter({ hasText: 'Data diubah di tab lain' })

  await editCell(page, sub.id, 'pagu:2023', '5.000.000')
  await expect(bar(other)).toBeVisible()
  // Nothing is reloaded under the analyst's hands: the other tab keeps what it showed until asked.
  await expect(gridCell(other, sub.id, 'pagu:2023')).toHaveText('0')
  await other.getByRole('button', { name: 'Muat ulang layar ini' }).click()
  await expect(gridCell(other, sub.id, 'pagu:2023')).toHaveText('5.000.000')
  await expect(bar(other)).toBeHidden()
  await expect(bar(page)).toBeHidden()

  // Saved over again, then left without reloading: shown again, it loads.
  await editCell(page, sub.id, 'pagu:2023', '7.000.000')
  await expect(bar(other)).toBeVisible()
  await other.getByRole('tab', { name: 'RPJMD' }).click()
  await expect(bar(other)).toBeHidden()
  await other.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(gridCell(other, sub.id, 'pagu:2023')).toHaveText('7.000.000')
  await expect(bar(page)).toBeHidden()
})
