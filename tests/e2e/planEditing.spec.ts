import type { Page } from '@playwright/test'
import { apiCall, expect, test } from './fixtures'
import { addBranch, addProgram, gridCell, holdReplies, showColumn } from './helpers'

async function openPlan(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByTestId('program-grid')).toBeVisible()
}

const storedPagu = async (selaras: Parameters<typeof apiCall>[0], id: number) =>
  (await apiCall<Array<{ id: number; pagu: Record<string, number> }>>(selaras, 'listPlanRows', {})).find((row) => row.id === id)?.pagu

test('after adding a row (dialog or form, Enter) the grid has the focus on it: a pagu typed next is saved', async ({ page, selaras }) => {
  const { kegiatan, subs } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  await gridCell(page, kegiatan.id, 'name').click()
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah sub kegiatan' })
  const picker = dialog.getByRole('combobox', { name: 'Kode sub kegiatan' })
  await picker.fill('1.02.02.2.01.0009')
  await expect(dialog.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(page.getByTestId('notice')).toHaveText(/Sub kegiatan 1\.02\.02\.2\.01\.0009 ditambahkan/)
  await expect(dialog).toHaveCount(0)
  const added = page.locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)').filter({ has: page.locator('[col-id="code"]', { hasText: '0009' }) })
  const addedId = Number(await added.first().getAttribute('row-id'))
  expect(addedId).not.toBe(subs[0].id)
  await expect(gridCell(page, addedId, 'pagu:2022')).toBeFocused()
  await page.keyboard.type('4500000')
  await page.keyboard.press('Enter')
  await expect(gridCell(page, addedId, 'pagu:2022')).toHaveText('4.500.000')
  await expect.poll(() => storedPagu(selaras, addedId)).toEqual({ '2022': 4_500_000 })

  // The program form: Enter on its code, then the pagu.
  const programId = Number(await addProgram(page, 'Dinas Pendidikan', '1.01.02', 'Program Pendidikan'))
  await expect(gridCell(page, programId, 'pagu:2022')).toBeFocused()
  await page.keyboard.type('700000')
  await page.keyboard.press('Enter')
  await expect(gridCell(page, programId, 'pagu:2022')).toHaveText('700.000')
  await expect.poll(() => storedPagu(selaras, programId)).toEqual({ '2022': 700_000 })
})

test('a row added while a filter hides it does not take the focus later, when the filter is cleared', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  await page.getByLabel('Cari kode atau nama').fill('Sub kegiatan 1')
  await expect(gridCell(page, subs[0].id, 'name')).toBeVisible()
  const form = page.getByRole('form', { name: 'Tambah program' })
  await form.getByLabel('Perangkat daerah').selectOption({ label: 'Dinas Pendidikan' })
  const picker = form.getByRole('combobox', { name: 'Kode program' })
  await picker.fill('1.01.02')
  await expect(form.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(page.getByTestId('notice')).toHaveText(/Program 1\.01\.02 ditambahkan/)
  const rows = await apiCall<Array<{ id: number; code: string }>>(selaras, 'listPlanRows', {})
  const programId = rows.find((row) => row.code === '1.01.02')!.id
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(gridCell(page, programId, 'name')).toBeVisible()
  await expect(gridCell(page, programId, 'pagu:2022')).not.toBeFocused()
})

test('Esc in the add dialog gives the focus back to the row it was opened from', async ({ page, selaras }) => {
  const { kegiatan } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  await gridCell(page, kegiatan.id, 'name').click()
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  await expect(page.getByRole('dialog', { name: 'Tambah sub kegiatan' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(gridCell(page, kegiatan.id, 'name')).toBeFocused()
  await page.keyboard.press('F2')
  await page.keyboard.type(' Baru')
  await page.keyboard.press('Enter')
  await expect(gridCell(page, kegiatan.id, 'name')).toHaveText('Kegiatan Layanan Baru')
})

test('a refused value stays in the editor with its reason until fixed, or Esc', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 2)
  await openPlan(page, selaras.url)
  const cell = gridCell(page, subs[0].id, 'pagu:2023')
  await showColumn(page, 'pagu:2023')
  await cell.click()
  await page.keyboard.type('1.250')
  await page.keyboard.press('Enter')
  const editor = cell.locator('input')
  await expect(editor).toHaveValue('1.250')
  await expect(editor).toBeFocused()
  await expect(page.getByTestId('cell-reason')).toContainText('"1.250" bisa berarti 1250')
  // Fixed in place: saved, and Enter moves on.
  await page.keyboard.press('Control+a')
  await page.keyboard.type('1.250.000')
  await page.keyboard.press('Enter')
  await expect(cell).toHaveText('1.250.000')
  await expect(gridCell(page, subs[1].id, 'pagu:2023')).toBeFocused()

  // The shared rule refuses it before the editor closes: nothing is sent (a held save would be waiting).
  const save = await holdReplies(page, 'applyCellEdits')
  const lokasi = gridCell(page, subs[0].id, 'lokasi')
  await showColumn(page, 'lokasi')
  await lokasi.click()
  await page.keyboard.type('Pulau Entah')
  await page.keyboard.press('Tab')
  await expect(lokasi.locator('input')).toHaveValue('Pulau Entah')
  await expect(page.getByTestId('cell-reason')).toContainText('Lokasi "Pulau Entah" tidak dikenal')
  expect(save.waiting()).toBe(0)
  save.release()
  await page.unroute('**/api/applyCellEdits')
  await page.keyboard.press('Escape')
  await expect(lokasi.locator('input')).toHaveCount(0)
  await expect(lokasi).toHaveText('')
  await expect(lokasi).toBeFocused()
})

test('a text the server refuses opens its editor again with the typed text and the reason', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  const name = gridCell(page, subs[0].id, 'name')
  await name.click()
  await page.keyboard.press('F2')
  const long = 'Nama '.repeat(101)
  await name.locator('input').fill(long)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('cell-reason')).toContainText('Teks terlalu panjang')
  await expect(name.locator('input')).toHaveValue(long)
  await page.keyboard.press('Escape')
  await expect(name).toHaveText('Sub kegiatan 1')
})

test('with a sub kegiatan selected, "Tambah sub kegiatan" adds under its kegiatan; with a kegiatan, "Tambah kegiatan" under its program', async ({
  page,
  selaras
}) => {
  const { program, kegiatan, subs } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  await gridCell(page, subs[0].id, 'name').click()
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  await expect(page.getByRole('dialog', { name: 'Tambah sub kegiatan' })).toContainText(`di bawah ${kegiatan.code}`)
  await page.keyboard.press('Escape')
  await gridCell(page, kegiatan.id, 'name').click()
  await page.getByRole('button', { name: 'Tambah kegiatan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah kegiatan' })
  await expect(dialog).toContainText(`di bawah ${program.code}`)
  const picker = dialog.getByRole('combobox', { name: 'Kode kegiatan' })
  await picker.fill('1.02.02.2.02')
  await expect(dialog.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(page.getByTestId('notice')).toHaveText(/Kegiatan 1\.02\.02\.2\.02 ditambahkan/)
  const rows = await apiCall<Array<{ code: string; parentId: number | null }>>(selaras, 'listPlanRows', {})
  expect(rows.find((row) => row.code === '1.02.02.2.02')?.parentId).toBe(program.id)
})

test('a refused paste names the row, column and year of its first bad cell and brings that cell into view', async ({ page, context, selaras }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const { subs } = await addBranch(selaras, 40)
  await openPlan(page, selaras.url)
  await showColumn(page, 'pagu:2024')
  await gridCell(page, subs[0].id, 'pagu:2024').click()
  const block = subs.map((_, index) => (index === 34 ? '-5' : '100')).join('\r\n')
  await page.evaluate(
    (text) => (globalThis as unknown as { navigator: { clipboard: { writeText: (value: string) => Promise<void> } } }).navigator.clipboard.writeText(text),
    block
  )
  await page.keyboard.press('Control+V')
  await expect(page.getByTestId('notice')).toContainText('1 sel tidak dapat disimpan')
  const bad = gridCell(page, subs[34].id, 'pagu:2024')
  await expect(bad).toBeInViewport()
  await expect(bad).toHaveClass(/cell-error/)
  await expect(page.getByTestId('notice')).toContainText(`${subs[34].code}, Pagu 2024: Pagu tidak boleh negatif.`)
  expect(await storedPagu(selaras, subs[0].id)).toEqual({})
})

test('an edit, undo, redo, a deletion, an added row, a sasaran link and a refused redo update the undo buttons from their own reply, with no second request', async ({
  page,
  selaras
}) => {
  const { kegiatan, subs } = await addBranch(selaras, 2)
  await openPlan(page, selaras.url)
  const undoButton = page.getByRole('button', { name: 'Batalkan (Ctrl+Z)' })
  await expect(undoButton).toHaveAttribute('title', /Tambah/)
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/getUndoState')) asked.push(request.url())
  })
  await showColumn(page, 'pagu:2023')
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await page.keyboard.type('2500')
  await page.keyboard.press('Enter')
  await expect(undoButton).toHaveAttribute('title', 'Ubah 1 sel')
  await page.keyboard.press('Control+z')
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText('0')
  await expect(page.getByRole('button', { name: 'Ulangi (Ctrl+Y)' })).toHaveAttribute('title', 'Ubah 1 sel')
  await page.keyboard.press('Control+y')
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText('2.500')
  await gridCell(page, subs[1].id, 'name').click()
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Hapus baris terpilih' }).click()
  await expect(page.getByTestId('notice')).toHaveText(`${subs[1].code} dihapus.`)
  await expect(undoButton).toHaveAttribute('title', new RegExp(subs[1].code.replace(/\./g, '\\.')))

  // A sub kegiatan added by its dialog and a program by its form.
  await gridCell(page, kegiatan.id, 'name').click()
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah sub kegiatan' })
  const picker = dialog.getByRole('combobox', { name: 'Kode sub kegiatan' })
  await picker.fill('1.02.02.2.01.0009')
  await expect(dialog.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(undoButton).toHaveAttribute('title', 'Tambah sub kegiatan 1.02.02.2.01.0009')
  const programId = Number(await addProgram(page, 'Dinas Pendidikan', '1.01.02', 'Program Pendidikan'))
  await expect(undoButton).toHaveAttribute('title', 'Tambah program 1.01.02')

  // A sasaran linked and unlinked in the side panel.
  await gridCell(page, programId, 'name').click()
  await page.getByTestId('link-sasaran-3.2').click()
  await expect(page.getByTestId('link-sasaran-3.2')).toBeChecked()
  await expect(undoButton).toHaveAttribute('title', 'Kaitkan sasaran 3.2 ke program 1.01.02')
  await page.getByTestId('link-sasaran-3.2').click()
  await expect(page.getByTestId('link-sasaran-3.2')).not.toBeChecked()
  await expect(undoButton).toHaveAttribute('title', 'Lepas sasaran 3.2 dari program 1.01.02')

  // A refused step (nothing to redo) wrote nothing: the buttons stay as they were, nothing is asked again.
  await gridCell(page, programId, 'name').click()
  await page.keyboard.press('Control+y')
  await expect(page.getByTestId('notice')).toHaveText('Tidak ada perubahan yang dapat diulang.')
  await expect(undoButton).toHaveAttribute('title', 'Lepas sasaran 3.2 dari program 1.01.02')
  await expect(page.getByRole('button', { name: 'Ulangi (Ctrl+Y)' })).toBeDisabled()
  expect(asked).toEqual([])
})

test('a screen shown again by Ctrl+1..5 or a Beranda link gives the focus back to its cell: the next keys are not lost', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 1)
  await openPlan(page, selaras.url)
  await showColumn(page, 'pagu:2023')
  const cell = gridCell(page, subs[0].id, 'pagu:2023')
  await cell.click()
  await expect(cell).toBeFocused()
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { name: 'Beranda' })).toBeVisible()
  await page.keyboard.press('Control+3')
  await expect(cell).toBeFocused()
  await page.keyboard.type('1250000')
  await page.keyboard.press('Enter')
  await expect.poll(() => storedPagu(selaras, subs[0].id)).toMatchObject({ 2023: 1_250_000 })

  // From Beranda's link to the plan: the same cell again.
  await cell.click()
  await page.keyboard.press('Control+1')
  await page
    .getByRole('button', { name: /Buka Program & Anggaran/ })
    .first()
    .click()
  await expect(cell).toBeFocused()
})
