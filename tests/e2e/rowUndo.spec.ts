import type { Page } from '@playwright/test'
import { createRow, expect, test } from './fixtures'
import { editCell, gridCell } from './helpers'

interface Row {
  id: number
  code: string
}

const rowWithCode = (page: Page, code: string) =>
  page
    .locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)')
    .filter({ has: page.locator('[col-id="code"]', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) })

test('a deleted sub kegiatan comes back with its pagu on Ctrl+Z and goes again on Ctrl+Y', async ({ page, selaras }) => {
  const program = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  const kegiatan = await createRow<Row>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02', name: 'Kegiatan Layanan' })
  await createRow<Row>(selaras, {
    level: 'sub_kegiatan',
    parentId: kegiatan.id,
    code: '1.02.02.2.02.0001',
    name: 'Sub kegiatan 1',
    pagu: { '2023': 100 }
  })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const undoButton = page.getByRole('button', { name: 'Batalkan (Ctrl+Z)' })
  const total = gridCell(page, kegiatan.id, 'pagu:2023')
  await expect(total).toHaveText('100')

  // Add a sub kegiatan through the dialog to a folded kegiatan (its folds open), then give it a pagu.
  await gridCell(page, kegiatan.id, 'name').click()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(rowWithCode(page, '1.02.02.2.02.0001')).toHaveCount(0)
  await page.getByRole('button', { name: 'Tambah sub kegiatan' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tambah sub kegiatan' })
  await dialog.getByRole('combobox').fill('1.02.02.2.02.0002')
  await expect(dialog.getByTestId('code-search')).toHaveAttribute('data-loading', 'false')
  await dialog.getByRole('combobox').press('Enter')
  await expect(page.getByTestId('notice')).toHaveText('Sub kegiatan 1.02.02.2.02.0002 ditambahkan.')
  await expect(undoButton).toHaveAttribute('title', 'Tambah sub kegiatan 1.02.02.2.02.0002')
  await expect(rowWithCode(page, '1.02.02.2.02.0001')).toHaveCount(1)
  await expect(rowWithCode(page, '1.02.02.2.02.0002')).toHaveClass(/ag-row-selected/)
  const added = (await rowWithCode(page, '1.02.02.2.02.0002').getAttribute('row-id')) as string
  await editCell(page, added, 'pagu:2023', '750 jt')
  await expect(gridCell(page, added, 'pagu:2023')).toHaveText('750.000.000')
  await expect(total).toHaveText('750.000.100')

  // Delete it through the toolbar.
  await gridCell(page, added, 'name').click()
  page.once('dialog', (confirm) => void confirm.accept())
  await page.getByRole('button', { name: 'Hapus baris terpilih' }).click()
  await expect(page.getByTestId('notice')).toHaveText('1.02.02.2.02.0002 dihapus.')
  await expect(rowWithCode(page, '1.02.02.2.02.0002')).toHaveCount(0)
  await expect(total).toHaveText('100')
  await expect(undoButton).toHaveAttribute('title', 'Hapus sub kegiatan 1.02.02.2.02.0002')

  // Ctrl+Z puts it back with the same id and its pagu; Ctrl+Y removes it again.
  await gridCell(page, kegiatan.id, 'name').click()
  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Hapus sub kegiatan 1.02.02.2.02.0002')
  await expect(gridCell(page, added, 'pagu:2023')).toHaveText('750.000.000')
  await expect(total).toHaveText('750.000.100')
  await page.keyboard.press('Control+Y')
  await expect(page.getByTestId('notice')).toHaveText('Diulang: Hapus sub kegiatan 1.02.02.2.02.0002')
  await expect(rowWithCode(page, '1.02.02.2.02.0002')).toHaveCount(0)
  await expect(total).toHaveText('100')

  // Further back: the deletion, the pagu, then the addition itself, also after a reload.
  await page.keyboard.press('Control+Z')
  await expect(gridCell(page, added, 'pagu:2023')).toHaveText('750.000.000')
  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, kegiatan.id, 'name').click()
  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Ubah 1 sel')
  await expect(gridCell(page, added, 'pagu:2023')).toHaveText('0')
  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Tambah sub kegiatan 1.02.02.2.02.0002')
  await expect(rowWithCode(page, '1.02.02.2.02.0002')).toHaveCount(0)
  await expect(rowWithCode(page, '1.02.02.2.02.0001')).toHaveCount(1)
})
