import { apiCall, createRow, expect, test } from './fixtures'
import { addBranch, gridCell } from './helpers'

interface Row {
  id: number
}

test('a sub kegiatan code sits on the same line as its name, inside its cell', async ({ page, selaras }) => {
  const {
    kegiatan,
    subs: [sub]
  } = await addBranch(selaras, 1)
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  for (const row of [kegiatan, sub]) {
    // A leaf row's code starts after an empty spacer, whose baseline pushed the code 3-4 px down, past the cell.
    const cell = await gridCell(page, row.id, 'code').boundingBox()
    const code = await gridCell(page, row.id, 'code').locator('.code-text').boundingBox()
    const name = await gridCell(page, row.id, 'name').boundingBox()
    if (!cell || !code || !name) throw new Error(`row ${row.id} is not drawn`)
    expect(code.y).toBeGreaterThanOrEqual(cell.y)
    expect(code.y + code.height).toBeLessThanOrEqual(cell.y + cell.height)
    expect(Math.abs(code.y + code.height / 2 - (name.y + name.height / 2))).toBeLessThanOrEqual(1)
  }
})

test('the status bar and the TOTAL row stay in the window, and a city-sized total shows whole', async ({ page, selaras }) => {
  const program = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  // A program without kegiatan takes its own pagu: Rp 1,1 triliun, the city's yearly budget.
  await apiCall(selaras, 'applyCellEdits', { kind: 'edit', edits: [{ planRowId: program.id, field: 'pagu:2023', text: '1.100.000.000.000' }] })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByText('1 dari 1 baris')).toBeVisible()
  await gridCell(page, program.id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByTestId('statusbar')).toContainText('Total: 1.100.000.000.000')
  // In view without scrolling the page: before, the grid was sized for a shorter form area and both sat below the window.
  await expect(page.getByTestId('statusbar')).toBeInViewport({ ratio: 1 })
  const total = page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2023"]')
  // The grid's scroller clips its pinned row at a fraction of a pixel when the forms above end
  // on one (here 0,28 of 30 px, since the status line no longer says '1 kode ditandai').
  await expect(total).toBeInViewport({ ratio: 0.98 })
  await expect(total).toHaveText('1.100.000.000.000')
  // Whole: the text fits its cell (an ellipsis would hide the last digits).
  // The page's element, typed by what is read (tests type-check without the DOM library).
  expect(await total.evaluate((cell: { scrollWidth: number; clientWidth: number }) => cell.scrollWidth <= cell.clientWidth)).toBe(true)
})

test('a 1024x640 window keeps seven rows of the grid, its TOTAL and status bar in view, and every side tab', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 8)
  await page.setViewportSize({ width: 1024, height: 640 })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(gridCell(page, subs[0].id, 'name')).toBeVisible()
  // Before, the forms above left the grid's body 4 rows (about 120 px) and the TOTAL row half below the window.
  // The rows' room: from under the header to the pinned TOTAL row.
  const header = await page.locator('[data-testid="program-grid"] .ag-header').boundingBox()
  const pinned = await page.locator('[data-testid="program-grid"] .ag-row-pinned').first().boundingBox()
  const rowHeight = (await gridCell(page, subs[0].id, 'name').boundingBox())?.height ?? 0
  if (!header || !pinned || rowHeight === 0) throw new Error('the grid is not drawn')
  expect(Math.floor((pinned.y - (header.y + header.height)) / rowHeight)).toBeGreaterThanOrEqual(7)
  await expect(page.getByTestId('statusbar')).toBeInViewport({ ratio: 1 })
  // Within a pixel: the pinned column's container clips the cell's last half pixel of border.
  await expect(page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="name"]')).toBeInViewport({ ratio: 0.95 })
  for (const name of ['Sasaran', 'Riwayat', /^Peringatan/]) await expect(page.getByRole('tab', { name })).toBeInViewport({ ratio: 1 })
  // The heading is still there for screen readers.
  await expect(page.getByRole('heading', { name: 'Program & Anggaran' })).toBeAttached()
})
