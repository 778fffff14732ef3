import type { Locator, Page } from '@playwright/test'
import { createRow, expect, type SelarasServer } from './fixtures'

/** A cell of a program row (not of the pinned TOTAL row). */
export function gridCell(page: Page, rowId: number | string, colId: string): Locator {
  return page.locator(`[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)[row-id="${rowId}"] [col-id="${colId}"]`)
}

/**
 * Scrolls the plan grid sideways, as an analyst does, until the column is drawn: the grid
 * draws only the columns in view (pinned Kode and Nama always are).
 */
export async function showColumn(page: Page, colId: string): Promise<void> {
  const grid = page.getByTestId('program-grid')
  const header = grid.locator(`.ag-header-cell[col-id="${colId}"]`)
  const scroller = grid.locator('.ag-body-horizontal-scroll-viewport')
  for (let step = 0; step < 40 && (await header.count()) === 0; step++) {
    await scroller.evaluate((element, left) => {
      ;(element as unknown as { scrollLeft: number }).scrollLeft = left
      // The grid draws the new columns in its next frame.
      const frame = (globalThis as unknown as { requestAnimationFrame: (callback: () => void) => void }).requestAnimationFrame
      return new Promise<void>((resolve) => frame(() => frame(resolve)))
    }, step * 200)
  }
  await expect(header).toBeVisible()
}

/** Edits a grid cell the way an analyst does: focus, F2, type, Enter. */
export async function editCell(page: Page, rowId: number | string, colId: string, text: string): Promise<void> {
  await showColumn(page, colId)
  const cell = gridCell(page, rowId, colId)
  await cell.click()
  await page.keyboard.press('F2')
  const editor = cell.locator('input')
  await expect(editor).toBeVisible()
  await editor.fill(text)
  await page.keyboard.press('Enter')
}

/** Edits a code cell through its picker: F2, type, Enter picks the first match (or the typed code). */
export async function editCode(page: Page, rowId: number | string, text: string): Promise<void> {
  await gridCell(page, rowId, 'code').click()
  await page.keyboard.press('F2')
  const picker = page.getByRole('combobox', { name: 'Cari kode' })
  await picker.fill(text)
  await expect(page.locator('.code-editor-popup').getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(picker).toHaveCount(0)
}

/** Adds a program from the form: PD, optional name, then the code typed into the picker and Enter. */
export async function addProgram(page: Page, perangkatDaerah: string, code: string, name?: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Tambah program' })
  await form.getByLabel('Perangkat daerah').selectOption({ label: perangkatDaerah })
  if (name) await form.getByLabel('Nama program').fill(name)
  const picker = form.getByRole('combobox', { name: 'Kode program' })
  await picker.fill(code)
  await expect(form.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await picker.press('Enter')
  await expect(page.getByTestId('notice')).toHaveText(new RegExp(`Program ${code.replace(/\./g, '\\.')} ditambahkan`))
  const row = page.locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)').filter({ has: page.locator('[col-id="code"]', { hasText: code }) })
  await expect(row.first()).toBeVisible()
  return (await row.first().getAttribute('row-id')) as string
}

export function misiPaguCell(page: Page, misiNumber: number, year: number): Locator {
  return page.getByTestId(`keselarasan-misi-${misiNumber}`).locator(`td[data-year="${year}"]`)
}

/**
 * Holds the answers of an API channel until `release()` (tests of replies that land late, without
 * timing). `waiting()` says how many requests are held.
 */
export async function holdReplies(page: Page, channel: string): Promise<{ release: () => void; waiting: () => number }> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let waiting = 0
  await page.route(`**/api/${channel}`, async (route) => {
    waiting += 1
    await held
    await route.continue()
  })
  return { release, waiting: () => waiting }
}

export interface PlanRowRef {
  id: number
  code: string
}

/** Dinas Kesehatan > program 1.02.02 > kegiatan 1.02.02.2.01 > `subCount` sub kegiatan (0001, 0002, ...), made through the API. */
export async function addBranch(selaras: SelarasServer, subCount: number): Promise<{ program: PlanRowRef; kegiatan: PlanRowRef; subs: PlanRowRef[] }> {
  const program = await createRow<PlanRowRef>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  const kegiatan = await createRow<PlanRowRef>(selaras, {
    level: 'kegiatan',
    parentId: program.id,
    code: '1.02.02.2.01',
    name: 'Kegiatan Layanan'
  })
  const subs: PlanRowRef[] = []
  for (let n = 1; n <= subCount; n++) {
    subs.push(
      await createRow<PlanRowRef>(selaras, {
        level: 'sub_kegiatan',
        parentId: kegiatan.id,
        code: `1.02.02.2.01.${String(n).padStart(4, '0')}`,
        name: `Sub kegiatan ${n}`
      })
    )
  }
  return { program, kegiatan, subs }
}
