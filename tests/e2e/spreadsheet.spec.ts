import type { Page } from '@playwright/test'
import { apiCall, createRow, expect, test, type SelarasServer } from './fixtures'
import { gridCell, holdReplies } from './helpers'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** The page's clipboard, typed here because the test config has no DOM library. */
type PageGlobals = { navigator: { clipboard: { writeText: (text: string) => Promise<void>; readText: () => Promise<string> } } }

interface Row {
  id: number
  code: string
}

/** Dinas Kesehatan > 1.02.02 > 1.02.02.2.02 > three sub kegiatan. */
async function arrange(selaras: SelarasServer): Promise<Row[]> {
  const program = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  const kegiatan = await createRow<Row>(selaras, { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02', name: 'Kegiatan Layanan' })
  const subs: Row[] = []
  for (const n of [1, 2, 3])
    subs.push(await createRow<Row>(selaras, { level: 'sub_kegiatan', parentId: kegiatan.id, code: `1.02.02.2.02.000${n}`, name: `Sub kegiatan ${n}` }))
  return subs
}

async function openPlan(page: Page, selaras: SelarasServer) {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByTestId('program-grid')).toBeVisible()
}

async function paste(page: Page, text: string) {
  await page.evaluate((value) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(value), text)
  await page.keyboard.press('Control+V')
}

const cellTexts = (page: Page, rows: Row[], colId: string) => Promise.all(rows.map((row) => gridCell(page, row.id, colId).innerText()))

test('a block copied from Excel pastes as one step, undoes and redoes, also after a reload', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  // What Excel on Windows puts on the clipboard for a 3x2 block of formatted numbers.
  await paste(page, '1.250.000\t750.000\r\n2.000.000\t\r\nRp 3.000.000\t15\r\n')
  await expect(page.getByTestId('notice')).toHaveText('Tempel 6 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.250.000', '2.000.000', '3.000.000'])
  await expect.poll(() => cellTexts(page, subs, 'pagu:2024')).toEqual(['750.000', '0', '15'])
  await expect(page.getByTestId('misi-strip')).toBeVisible()
  // The pasted cells stay selected and the status bar sums what was saved, not what was there.
  await expect(page.getByTestId('statusbar')).toContainText('Total: 7.000.015')

  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Tempel 6 sel')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '0', '0'])
  await expect(page.getByTestId('statusbar')).not.toContainText('Total: 7.000.015')
  await page.keyboard.press('Control+Y')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.250.000', '2.000.000', '3.000.000'])

  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, subs[0].id, 'name').click()
  await page.keyboard.press('Control+Z')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2024')).toEqual(['0', '0', '0'])
  await expect(page.getByRole('button', { name: 'Ulangi (Ctrl+Y)' })).toBeEnabled()
})

test('a paste with a bad cell writes nothing and shows the reason on the cell', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await paste(page, '100\r\n-5\r\n300\r\n')
  await expect(page.getByTestId('notice')).toContainText(
    '1 sel tidak dapat disimpan; tidak ada yang diubah. 1.02.02.2.02.0002, Pagu 2023: Pagu tidak boleh negatif.'
  )
  await expect(gridCell(page, subs[1].id, 'pagu:2023')).toHaveClass(/cell-error/)
  await gridCell(page, subs[1].id, 'pagu:2023').hover()
  await expect(page.locator('.ag-tooltip:not(.ag-tooltip-hiding)')).toContainText('Pagu tidak boleh negatif.')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '0', '0'])
  // Fixing the cell and pasting again saves and clears the mark.
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await paste(page, '100\r\n200\r\n300\r\n')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['100', '200', '300'])
  await expect(gridCell(page, subs[1].id, 'pagu:2023')).not.toHaveClass(/cell-error/)
})

test('a range copied with Ctrl+C pastes elsewhere with the same layout; Ctrl+D fills down; the status bar sums', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await apiCall(selaras, 'applyCellEdits', {
    kind: 'edit',
    edits: [
      { planRowId: subs[0].id, field: 'pagu:2023', text: '1000' },
      { planRowId: subs[0].id, field: 'pagu:2024', text: '2000' },
      { planRowId: subs[1].id, field: 'pagu:2023', text: '3000' },
      { planRowId: subs[1].id, field: 'pagu:2024', text: '4000' }
    ]
  })
  // Held from the start (the page saves nothing before the paste below): once in a CI run the
  // route, added just before Ctrl+V, did not hold the paste; cause not found. The count below
  // now says so directly if it happens again.
  const save = await holdReplies(page, 'applyCellEdits')
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(page.getByTestId('statusbar')).toContainText('Total: 10.000')
  await expect(page.getByTestId('statusbar')).toContainText('Rata-rata: 2.500')
  await page.keyboard.press('Control+C')
  const copied = await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText())
  // Money leaves as plain digits, which Excel in any locale and Selaras read alike.
  expect(copied).toBe('1000\t2000\r\n3000\t4000\r\n')

  await gridCell(page, subs[1].id, 'pagu:2025').click()
  await page.keyboard.press('Shift+ArrowDown')
  await expect(page.getByTestId('statusbar')).toContainText('Total: 0')
  // While the paste is saved its range holds the old values: the status bar gives no sums of them.
  expect(save.waiting()).toBe(0)
  await page.keyboard.press('Control+V')
  await expect.poll(() => save.waiting()).toBe(1)
  await expect(gridCell(page, subs[2].id, 'pagu:2026')).toHaveClass(/cell-in-range/)
  await expect(page.getByTestId('statusbar')).not.toContainText('Total:')
  // A save that takes a while says so until it is done.
  await expect(page.getByTestId('notice')).toHaveText('Menyimpan 4 sel…')
  // What the server is expected to store shows while it saves; the notice says when it is saved.
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2026')).toEqual(['2.000', '4.000'])
  save.release()
  await expect(page.getByTestId('notice')).toHaveText('Tempel 4 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2025')).toEqual(['1.000', '3.000'])
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2026')).toEqual(['2.000', '4.000'])
  await expect(page.getByTestId('statusbar')).toContainText('Total: 10.000')
  await page.unroute('**/api/applyCellEdits')

  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+D')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.000', '1.000', '1.000'])
  await page.keyboard.press('Delete')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '0', '0'])
  await page.keyboard.press('Control+Z')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.000', '1.000', '1.000'])
})

test('a paste the server refuses after the screen showed it puts the old values and totals back', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await apiCall(selaras, 'applyCellEdits', { kind: 'edit', edits: [{ planRowId: subs[0].id, field: 'pagu:2024', text: '5000' }] })
  await openPlan(page, selaras)
  const total = page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2024"]')
  await expect(total).toHaveText('5.000')
  // As when the plan changed elsewhere between the screen's check and the server's.
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  await page.route('**/api/applyCellEdits', async (route) => {
    await answered
    await route.fulfill({
      json: {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Baris ini tidak ditemukan (mungkin sudah dihapus).',
          cells: [{ planRowId: subs[1].id, field: 'pagu:2024', message: 'Baris ini tidak ditemukan (mungkin sudah dihapus).' }]
        }
      }
    })
  })
  await gridCell(page, subs[0].id, 'pagu:2024').click()
  await paste(page, '7.000.000\r\n8.000.000\r\n')
  await expect.poll(() => cellTexts(page, subs.slice(0, 2), 'pagu:2024')).toEqual(['7.000.000', '8.000.000'])
  // The totals are the server's: they wait for its reply.
  await expect(total).toHaveText('5.000')
  answer()
  await expect(page.getByTestId('notice')).toHaveText('Baris ini tidak ditemukan (mungkin sudah dihapus).')
  await expect.poll(() => cellTexts(page, subs.slice(0, 2), 'pagu:2024')).toEqual(['5.000', '0'])
  await expect(total).toHaveText('5.000')
  await expect(gridCell(page, subs[1].id, 'pagu:2024')).toHaveClass(/cell-error/)
})

test('a paste shows its cells at once and the totals above them, summed by the server, with its reply', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await openPlan(page, selaras)
  const rows = await apiCall<Array<{ id: number; code: string }>>(selaras, 'listPlanRows', {})
  const above = ['1.02.02.2.02', '1.02.02'].map((code) => rows.find((row) => row.code === code)?.id as number)
  const totals = () =>
    Promise.all([
      ...above.map((id) => gridCell(page, id, 'pagu:2024').innerText()),
      gridCell(page, 'pd-11', 'pagu:2024').innerText(),
      page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2024"]').innerText()
    ])
  const save = await holdReplies(page, 'applyCellEdits')
  await gridCell(page, subs[0].id, 'pagu:2024').click()
  await paste(page, '7.000.000\r\n8.000.000\r\n')
  await expect.poll(() => cellTexts(page, subs.slice(0, 2), 'pagu:2024')).toEqual(['7.000.000', '8.000.000'])
  // Kegiatan, program, PD heading and TOTAL: as stored until the server says what they are now.
  await expect.poll(totals).toEqual(['0', '0', '0', '0'])
  save.release()
  await expect(page.getByTestId('notice')).toHaveText('Tempel 2 sel disimpan.')
  await expect.poll(totals).toEqual(['15.000.000', '15.000.000', '15.000.000', '15.000.000'])
})

test('filters narrow the tree and the total row follows what is shown; branches fold', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await apiCall(selaras, 'applyCellEdits', {
    kind: 'edit',
    edits: subs.map((sub, index) => ({ planRowId: sub.id, field: 'pagu:2023', text: String((index + 1) * 1000) }))
  })
  await openPlan(page, selaras)
  const total = page.locator('[data-testid="program-grid"] .ag-row-pinned [col-id="pagu:2023"]')
  await expect(total).toHaveText('6.000')
  await page.getByLabel('Cari kode atau nama').fill('0002')
  await expect(gridCell(page, subs[0].id, 'name')).toHaveCount(0)
  await expect(gridCell(page, subs[1].id, 'name')).toHaveText('Sub kegiatan 2')
  await expect(total).toHaveText('2.000')
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await page.getByLabel('Saring perangkat daerah').selectOption({ label: 'Dinas Pendidikan' })
  await expect(gridCell(page, subs[1].id, 'name')).toHaveCount(0)
  await expect(total).toHaveText('0')
  await page.getByRole('button', { name: 'Hapus saringan' }).click()
  await page.getByRole('button', { name: 'Tutup 1.02.02.2.02' }).click()
  await expect(gridCell(page, subs[0].id, 'name')).toHaveCount(0)
  await expect(total).toHaveText('6.000')
  await page.getByRole('button', { name: 'Buka semua' }).click()
  await expect(gridCell(page, subs[2].id, 'name')).toHaveText('Sub kegiatan 3')
})

test('a paste past the last row offers to add the rows, with their codes and values', async ({ page, selaras }) => {
  const subs = await arrange(selaras)
  await openPlan(page, selaras)
  await gridCell(page, subs[2].id, 'code').click()
  page.once('dialog', (dialog) => void dialog.accept())
  await paste(page, '1.02.02.2.02.0003\tSub kegiatan 3\t500\r\n1.02.02.2.02.0004\tSub kegiatan baru\t700\r\n')
  await expect(page.getByTestId('notice')).toHaveText('Tambah 1 sub kegiatan dari tempelan.')
  const added = page.locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned)').filter({ hasText: 'Sub kegiatan baru' })
  await expect(added).toHaveCount(1)
  await expect(added.locator('[col-id="pagu:2022"]')).toHaveText('700')
  await expect(gridCell(page, subs[2].id, 'pagu:2022')).toHaveText('500')
})
