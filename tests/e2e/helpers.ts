import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** A cell of a program row (not of the pinned TOTAL row). */
export function gridCell(page: Page, rowId: number | string, colId: string): Locator {
  return page.locator(`[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)[row-id="${rowId}"] [col-id="${colId}"]`)
}

/** Edits a grid cell the way an analyst does: focus, F2, type, Enter. */
export async function editCell(page: Page, rowId: number | string, colId: string, text: string): Promise<void> {
  const cell = gridCell(page, rowId, colId)
  await cell.click()
  await page.keyboard.press('F2')
  const editor = cell.locator('input')
  await expect(editor).toBeVisible()
  await editor.fill(text)
  await page.keyboard.press('Enter')
}

export async function addProgram(page: Page, perangkatDaerah: string, code: string, name: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Tambah program' })
  await form.getByLabel('Perangkat daerah').selectOption({ label: perangkatDaerah })
  await form.getByLabel('Kode program').fill(code)
  await form.getByLabel('Nama program').fill(name)
  await form.getByRole('button', { name: 'Tambah program' }).click()
  await expect(page.getByTestId('notice')).toHaveText(new RegExp(`Program ${code.replace(/\./g, '\\.')} ditambahkan`))
  const row = page.locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)').filter({ hasText: name })
  await expect(row).toHaveCount(1)
  return (await row.getAttribute('row-id')) as string
}

export function misiPaguCell(page: Page, misiNumber: number, year: number): Locator {
  return page.getByTestId(`keselarasan-misi-${misiNumber}`).locator(`td[data-year="${year}"]`)
}
