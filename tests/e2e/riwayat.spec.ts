import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addBranch, editCell, gridCell } from './helpers'

async function openPlan(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByTestId('program-grid')).toBeVisible()
}

test('Riwayat shows the change of the row selected, row after row, and a new save of it while open', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 2)
  await openPlan(page, selaras.url)
  await editCell(page, subs[0].id, 'pagu:2023', '1.000.000')
  await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText('1.000.000')
  await editCell(page, subs[1].id, 'pagu:2023', '2.000.000')
  await expect(gridCell(page, subs[1].id, 'pagu:2023')).toHaveText('2.000.000')

  await gridCell(page, subs[0].id, 'name').click()
  await page.getByRole('tab', { name: 'Riwayat' }).click()
  const history = page.getByTestId('history')
  await expect(history).toContainText('Pagu 2023')
  await expect(history).toContainText('1.000.000')
  await gridCell(page, subs[1].id, 'name').click()
  await expect(history).toContainText('2.000.000')
  await expect(history).not.toContainText('1.000.000')
  await gridCell(page, subs[0].id, 'name').click()
  await expect(history).toContainText('1.000.000')
  await expect(history).not.toContainText('2.000.000')

  // A save of the selected row shows in the open Riwayat, without another tab in between.
  await editCell(page, subs[0].id, 'pagu:2024', '3.500.000')
  await expect(gridCell(page, subs[0].id, 'pagu:2024')).toHaveText('3.500.000')
  await gridCell(page, subs[0].id, 'name').click()
  await expect(history).toContainText('Pagu 2024')
  await expect(history).toContainText('3.500.000')
})

test('Riwayat fits its panel at 1366x768 and 1024x640, also with city-sized amounts', async ({ page, selaras }) => {
  const { subs } = await addBranch(selaras, 1)
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 640 }
  ]) {
    await page.setViewportSize(viewport)
    await openPlan(page, selaras.url)
    const amount = viewport.width === 1366 ? '1.500.000.000.000' : '2.500.000.000.000'
    await editCell(page, subs[0].id, 'pagu:2023', amount)
    await expect(gridCell(page, subs[0].id, 'pagu:2023')).toHaveText(amount)
    await gridCell(page, subs[0].id, 'name').click()
    await page.getByRole('tab', { name: 'Riwayat' }).click()
    const history = page.getByTestId('history')
    await expect(history).toContainText(amount)
    // Nothing of the table lies past the panel's right edge.
    const table = await history.boundingBox()
    const panel = await history.locator('xpath=..').boundingBox()
    const overflow = table && panel ? table.x + table.width - (panel.x + panel.width) : Infinity
    expect(overflow).toBeLessThanOrEqual(1)
  }
})
