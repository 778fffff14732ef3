import type { Page } from '@playwright/test'
import { apiCall, createRow, expect, test, type SelarasServer } from './fixtures'
import { editCell, gridCell, holdReplies } from './helpers'

interface Row {
  id: number
  code: string
}

/** Dinas Kesehatan (PD 11) > 1.02.02 (linked to a misi 3 sasaran) > 1.02.02.2.02 > two sub kegiatan; Dinas Pendidikan (PD 8) > 1.01.02 with pagu. */
async function arrange(selaras: SelarasServer) {
  const plan = await apiCall<{ misi: Array<{ number: number; sasaran: Array<{ id: number; label: string }> }> }>(selaras, 'getRpjmd', {})
  const sasaran32 = plan.misi.flatMap((misi) => misi.sasaran).find((entry) => entry.label === '3.2')!.id
  const program = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  await apiCall(selaras, 'linkSasaran', { planRowId: program.id, sasaranId: sasaran32 })
  const kegiatan = await createRow<Row>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02', name: 'Kegiatan Layanan' })
  const subs: Row[] = []
  for (const n of [1, 2]) {
    subs.push(
      await createRow<Row>(selaras, {
        level: 'sub_kegiatan',
        parentId: kegiatan.id,
        code: `1.02.02.2.02.000${n}`,
        name: `Sub kegiatan ${n}`,
        pagu: { '2022': n * 1_000_000 }
      })
    )
  }
  await createRow(selaras, { level: 'program', perangkatDaerahId: 8, code: '1.01.02', name: 'Program Pendidikan', pagu: { '2022': 500_000 } })
  return { program, kegiatan, subs }
}

async function openPlan(page: Page, selaras: SelarasServer) {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByTestId('program-grid')).toBeVisible()
}

const pinnedTotal = (page: Page) => page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2022"]')

test('an edit updates its row, the rows above, the PD heading, the total row and the misi strip; folding keeps the new values', async ({ page, selaras }) => {
  const { program, kegiatan, subs } = await arrange(selaras)
  await openPlan(page, selaras)
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('3.000.000')
  await expect(pinnedTotal(page)).toHaveText('3.500.000')
  await expect(page.getByTestId('misi-total-3')).toContainText('3.000.000')

  await editCell(page, subs[0].id, 'pagu:2022', '11.000.000')
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveText('11.000.000')
  await expect(gridCell(page, kegiatan.id, 'pagu:2022')).toHaveText('13.000.000')
  await expect(gridCell(page, program.id, 'pagu:2022')).toHaveText('13.000.000')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('13.000.000')
  await expect(gridCell(page, 'pd-8', 'pagu:2022')).toHaveText('500.000')
  await expect(pinnedTotal(page)).toHaveText('13.500.000')
  await expect(page.getByTestId('misi-total-3')).toContainText('13.000.000')

  // Folding lays the tree out again from the saved rows, not from what was loaded.
  await page.getByRole('button', { name: 'Tutup 1.02.02.2.02' }).click()
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveCount(0)
  await page.getByRole('button', { name: 'Buka semua' }).click()
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveText('11.000.000')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('13.000.000')

  // Undo goes back through the same path.
  await gridCell(page, subs[1].id, 'name').click()
  await page.keyboard.press('Control+z')
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveText('1.000.000')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('3.000.000')
  await expect(pinnedTotal(page)).toHaveText('3.500.000')
  await expect(page.getByTestId('misi-total-3')).toContainText('3.000.000')
})

test('with a filter on, an edit changes the total of what is shown only', async ({ page, selaras }) => {
  const { subs } = await arrange(selaras)
  await openPlan(page, selaras)
  await page.getByLabel('Saring perangkat daerah').selectOption({ label: 'Dinas Kesehatan' })
  await expect(gridCell(page, 'pd-8', 'pagu:2022')).toHaveCount(0)
  await expect(pinnedTotal(page)).toHaveText('3.000.000')
  await editCell(page, subs[1].id, 'pagu:2022', '7.000.000')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('8.000.000')
  await expect(pinnedTotal(page)).toHaveText('8.000.000')
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(pinnedTotal(page)).toHaveText('8.500.000')
})

test('under a filter every total row is the sum of the rows shown, and the screen says so; an edit keeps it so', async ({ page, selaras }) => {
  const plan = await apiCall<{ misi: Array<{ sasaran: Array<{ id: number; label: string }> }> }>(selaras, 'getRpjmd', {})
  const sasaran32 = plan.misi.flatMap((misi) => misi.sasaran).find((entry) => entry.label === '3.2')!.id
  const program = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  const served = await createRow<Row>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.01', name: 'Kegiatan misi 3' })
  await apiCall(selaras, 'linkSasaran', { planRowId: served.id, sasaranId: sasaran32 })
  const other = await createRow<Row>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02', name: 'Kegiatan lain' })
  const servedSub = await createRow<Row>(selaras, {
    level: 'sub_kegiatan',
    parentId: served.id,
    code: '1.02.02.2.01.0001',
    name: 'Sub misi 3',
    pagu: { '2022': 1_000_000 }
  })
  await createRow(selaras, {
    level: 'sub_kegiatan',
    parentId: other.id,
    code: '1.02.02.2.02.0001',
    name: 'Sub lain',
    pagu: { '2022': 2_000_000 }
  })
  await openPlan(page, selaras)
  const note = page.getByTestId('filter-totals-note')
  await expect(gridCell(page, program.id, 'pagu:2022')).toHaveText('3.000.000')
  await expect(note).toHaveCount(0)

  await page.getByLabel('Saring perangkat daerah').selectOption({ label: 'Dinas Kesehatan' })
  await page.getByLabel('Saring misi').selectOption({ label: 'Misi 3' })
  await expect(gridCell(page, other.id, 'name')).toHaveCount(0)
  for (const key of ['pd-11', program.id, served.id, servedSub.id]) await expect(gridCell(page, key, 'pagu:2022')).toHaveText('1.000.000')
  await expect(pinnedTotal(page)).toHaveText('1.000.000')
  await expect(note).toHaveText(/mengikuti saringan/)

  await editCell(page, servedSub.id, 'pagu:2022', '4.000.000')
  for (const key of ['pd-11', program.id, served.id, servedSub.id]) await expect(gridCell(page, key, 'pagu:2022')).toHaveText('4.000.000')
  await expect(pinnedTotal(page)).toHaveText('4.000.000')

  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(note).toHaveCount(0)
  await expect(gridCell(page, program.id, 'pagu:2022')).toHaveText('6.000.000')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('6.000.000')
  await expect(pinnedTotal(page)).toHaveText('6.000.000')
})

test('the cell editor: typing starts an edit, Tab saves and moves right, Esc cancels and saves nothing', async ({ page, selaras }) => {
  const { subs } = await arrange(selaras)
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2022').click()
  await page.keyboard.type('2500000')
  await expect(gridCell(page, subs[0].id, 'pagu:2022').locator('input')).toHaveValue('2500000')
  await page.keyboard.press('Tab')
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveText('2.500.000')
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toBeFocused()
  await expect(pinnedTotal(page)).toHaveText('5.000.000')

  await page.keyboard.press('F2')
  await page.keyboard.type('9.999.000')
  await page.keyboard.press('Escape')
  await expect(gridCell(page, subs[0].id, 'pagu:2023').locator('input')).toHaveCount(0)
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText('0')
  // Typing into the next cell while the previous save is on its way: the value it is expected
  // to store shows at once, and its reply neither closes the new editor nor saves it early.
  // The save is held until the next editor is open, so the test does not depend on timing.
  const save = await holdReplies(page, 'applyCellEdits')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.type('3000000')
  await page.keyboard.press('Tab')
  await page.keyboard.type('4')
  await expect(gridCell(page, subs[0].id, 'pagu:2023').locator('input')).toHaveValue('4')
  await expect(gridCell(page, subs[0].id, 'pagu:2022')).toHaveText('3.000.000')
  await expect.poll(() => save.waiting()).toBe(1)
  const saved = page.waitForResponse('**/api/applyCellEdits')
  save.release()
  await saved
  await page.unroute('**/api/applyCellEdits')
  await expect(gridCell(page, subs[0].id, 'pagu:2023').locator('input')).toHaveValue('4')
  await page.keyboard.type('000000')
  await page.keyboard.press('Escape')
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText('0')
  // The undo step is still the last Tab save, not the cancelled edit.
  await expect(page.getByRole('button', { name: 'Batalkan (Ctrl+Z)' })).toHaveAttribute('title', /Ubah 1 sel/)
  const rows = await apiCall<Array<{ id: number; pagu: Record<string, number> }>>(selaras, 'listPlanRows', {})
  expect(rows.find((row) => row.id === subs[0].id)?.pagu).toEqual({ '2022': 3_000_000 })
})

test('rows with warnings carry a mark that explains itself; it follows targets and sasaran links', async ({ page, selaras }) => {
  const { program, subs } = await arrange(selaras)
  await openPlan(page, selaras)
  const name = gridCell(page, subs[0].id, 'name')
  // Pagu 2022 without a target 2022.
  await expect(name).toHaveClass(/cell-warning/)
  await name.hover()
  await expect(page.locator('.ag-tooltip:not(.ag-tooltip-hiding)')).toContainText('Tahun 2022 punya pagu tetapi belum punya target.')

  await editCell(page, subs[0].id, 'target:2022', '95')
  await expect(name).not.toHaveClass(/cell-warning/)
  await expect(gridCell(page, subs[1].id, 'name')).toHaveClass(/cell-warning/)

  // Unlinking the program's sasaran leaves its sub kegiatan serving none.
  await gridCell(page, program.id, 'name').click()
  await page.getByTestId('link-sasaran-3.2').click()
  await expect(page.getByTestId('link-sasaran-3.2')).not.toBeChecked()
  await expect(name).toHaveClass(/cell-warning/)
  await name.hover()
  await expect(page.locator('.ag-tooltip:not(.ag-tooltip-hiding)')).toContainText('belum terkait sasaran')
})

test('two undos whose answers arrive together both show: each deleted row comes back', async ({ page, selaras }) => {
  const { subs } = await arrange(selaras)
  await apiCall(selaras, 'deletePlanRow', { planRowId: subs[0].id })
  await apiCall(selaras, 'deletePlanRow', { planRowId: subs[1].id })
  await openPlan(page, selaras)
  await expect(gridCell(page, subs[0].id, 'name')).toHaveCount(0)
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('0')
  // Both answers are held, then let go at once: the second lands before the first is drawn.
  const undos = await holdReplies(page, 'undo')
  await gridCell(page, 'pd-8', 'name').click()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect.poll(() => undos.waiting()).toBe(2)
  await expect(page.getByTestId('notice')).toHaveText('Membatalkan…')
  undos.release()
  await expect(gridCell(page, subs[0].id, 'name')).toHaveText('Sub kegiatan 1')
  await expect(gridCell(page, subs[1].id, 'name')).toHaveText('Sub kegiatan 2')
  await expect(gridCell(page, 'pd-11', 'pagu:2022')).toHaveText('3.000.000')
  await expect(pinnedTotal(page)).toHaveText('3.500.000')
})

test('with a misi filter on, unlinking the sasaran that brought a program in takes it out of the view', async ({ page, selaras }) => {
  const { program, subs } = await arrange(selaras)
  await openPlan(page, selaras)
  await page.getByLabel('Saring misi').selectOption({ label: 'Misi 3' })
  await expect(gridCell(page, 'pd-8', 'name')).toHaveCount(0)
  await expect(gridCell(page, subs[0].id, 'name')).toHaveText('Sub kegiatan 1')
  await gridCell(page, program.id, 'name').click()
  await page.getByTestId('link-sasaran-3.2').click()
  await expect(page.getByTestId('link-sasaran-3.2')).not.toBeChecked()
  await expect(gridCell(page, program.id, 'name')).toHaveCount(0)
  await expect(gridCell(page, subs[0].id, 'name')).toHaveCount(0)
  await expect(pinnedTotal(page)).toHaveText('0')
})

test('the keyboard reaches columns out of view: the grid scrolls to them as the focus moves', async ({ page, selaras }) => {
  const { subs } = await arrange(selaras)
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2022').click()
  // Pagu 2023-2027, sasaran, lokasi, sumber dana, indikator, satuan, then target 2022.
  for (let step = 0; step < 11; step++) await page.keyboard.press('ArrowRight')
  await expect(gridCell(page, subs[0].id, 'target:2022')).toBeFocused()
  await page.keyboard.type('95')
  await page.keyboard.press('Enter')
  await expect(gridCell(page, subs[0].id, 'target:2022')).toHaveText('95')
  // The cell shows the value while the server saves it: the database is asked until the save is in.
  const storedTargets = async () =>
    (await apiCall<Array<{ id: number; targets: Record<string, number> }>>(selaras, 'listPlanRows', {})).find((row) => row.id === subs[0].id)?.targets
  await expect.poll(storedTargets).toEqual({ '2022': 95 })
})
