import { apiCall, expect, test } from './fixtures'
import { addBranch, gridCell } from './helpers'

test('the Peringatan list counts marks by kind, shows them a page at a time, and a code jumps to its row', async ({ page, selaras }) => {
  // 60 sub kegiatan with no sasaran and no pagu: two marks each; the last gets a pagu without a target.
  const { subs } = await addBranch(selaras, 60)
  const last = subs[subs.length - 1]
  await apiCall(selaras, 'applyCellEdits', { kind: 'edit', edits: [{ planRowId: last.id, field: 'pagu:2023', text: '5.000.000' }] })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()

  await page.getByRole('tab', { name: 'Peringatan (120)' }).click()
  const panel = page.getByTestId('warnings')
  await expect(panel.getByRole('button', { name: 'Semua (120)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(panel.getByRole('button', { name: 'Belum terkait sasaran (60)' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Pagu nol (59)' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Pagu tanpa target (1)' })).toBeVisible()
  // A page at a time: 100 drawn, then the rest on request.
  await expect(panel.locator('li')).toHaveCount(100)
  await panel.getByRole('button', { name: 'Tampilkan 20 berikutnya (sisa 20)' }).click()
  await expect(panel.locator('li')).toHaveCount(120)
  await expect(panel.getByRole('button', { name: /berikutnya/ })).toHaveCount(0)

  // One kind, then its code: the row is selected in the grid.
  await panel.getByRole('button', { name: 'Pagu tanpa target (1)' }).click()
  await expect(panel.locator('li')).toHaveCount(1)
  await expect(panel.locator('li')).toContainText('Tahun 2023 punya pagu tetapi belum punya target.')
  await panel.getByRole('button', { name: last.code }).click()
  await expect(page.locator(`[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)[row-id="${last.id}"]`)).toHaveClass(/ag-row-selected/)
  await expect(gridCell(page, last.id, 'code')).toBeInViewport()

  // Folded away: choosing a mark opens the branches above its row.
  await page.getByRole('button', { name: 'Tutup semua' }).click()
  await expect(gridCell(page, last.id, 'code')).toHaveCount(0)
  await panel.getByRole('button', { name: 'Semua (120)' }).click()
  await panel.getByRole('button', { name: subs[0].code }).first().click()
  await expect(page.locator(`[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)[row-id="${subs[0].id}"]`)).toHaveClass(/ag-row-selected/)
  await expect(gridCell(page, subs[0].id, 'code')).toBeInViewport()

  // Hidden by a filter: the notice says so instead of nothing happening.
  await page.getByLabel('Cari kode atau nama').fill('Sub kegiatan 60')
  await expect(gridCell(page, subs[0].id, 'code')).toHaveCount(0)
  await panel.getByRole('button', { name: subs[1].code }).first().click()
  await expect(page.getByTestId('notice')).toHaveText(`Baris ${subs[1].code} tersembunyi oleh saringan. Hapus saringan untuk melihatnya.`)
})
