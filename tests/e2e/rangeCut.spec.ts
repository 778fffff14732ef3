import type { Page } from '@playwright/test'
import { apiCall, createRow, expect, test, type SelarasServer } from './fixtures'
import { gridCell } from './helpers'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** The page's clipboard, typed here because the test config has no DOM library. */
type ClipboardItemLike = { types: string[]; getType: (type: string) => Promise<{ text: () => Promise<string> }> }
type PageGlobals = {
  navigator: { clipboard: { readText: () => Promise<string>; writeText: (text: string) => Promise<void>; read: () => Promise<ClipboardItemLike[]> } }
}

interface Row {
  id: number
  code: string
}

interface Branch {
  program: Row
  kegiatan: Row
  subs: Row[]
}

/** Dinas Kesehatan > program > kegiatan > sub kegiatan with the given pagu 2023 and 2024. */
async function branch(selaras: SelarasServer, program: string, pagu: Array<[number, number]>): Promise<Branch> {
  const top = await createRow<Row>(selaras, { level: 'program', perangkatDaerahId: 11, code: program, name: `Program ${program}` })
  const kegiatan = await createRow<Row>(selaras, { level: 'kegiatan', parentId: top.id, code: `${program}.2.01`, name: `Kegiatan ${program}` })
  const subs: Row[] = []
  for (const n of pagu.keys()) {
    subs.push(
      await createRow<Row>(selaras, {
        level: 'sub_kegiatan',
        parentId: kegiatan.id,
        code: `${program}.2.01.000${n + 1}`,
        name: `Sub kegiatan ${n + 1}`
      })
    )
  }
  const edits = subs.flatMap((sub, n) => [
    { planRowId: sub.id, field: 'pagu:2023', text: String(pagu[n][0]) },
    { planRowId: sub.id, field: 'pagu:2024', text: String(pagu[n][1]) }
  ])
  await apiCall(selaras, 'applyCellEdits', { kind: 'edit', edits })
  return { program: top, kegiatan, subs }
}

async function openPlan(page: Page, selaras: SelarasServer) {
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await expect(page.getByTestId('program-grid')).toBeVisible()
}

const paste = async (page: Page, text: string) => {
  await page.evaluate((value) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(value), text)
  await page.keyboard.press('Control+V')
}
const clipboardText = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText())
const clipboardHtml = (page: Page) =>
  page.evaluate(async () => {
    const items = await (globalThis as unknown as PageGlobals).navigator.clipboard.read()
    const item = items.find((candidate) => candidate.types.includes('text/html'))
    return item ? (await item.getType('text/html')).text() : ''
  })
const cellTexts = (page: Page, rows: Row[], colId: string) => Promise.all(rows.map((row) => gridCell(page, row.id, colId).innerText()))
/** The [row-id, col-id] of every highlighted cell. */
interface GridCellElement {
  getAttribute: (name: string) => string | null
  closest: (selector: string) => GridCellElement | null
}

const highlighted = (page: Page) =>
  page
    .locator('[data-testid="program-grid"] .ag-row:not(.ag-row-pinned) .cell-in-range')
    // The page's element type: tests type-check without the DOM library.
    .evaluateAll((cells: GridCellElement[]) => cells.map((cell) => `${cell.closest('.ag-row')?.getAttribute('row-id')}|${cell.getAttribute('col-id')}`).sort())
const HINT = 'Shift+panah atau Shift+klik memilih rentang'

test('Ctrl+X copies the range and clears it in one step; its block pastes elsewhere; undo takes back the paste, then the cut', async ({ page, selaras }) => {
  const { subs } = await branch(selaras, '1.02.02', [
    [1000, 2000],
    [3000, 4000],
    [5000, 6000]
  ])
  await openPlan(page, selaras)
  await expect(page.getByTestId('statusbar')).toContainText('Ctrl+X potong')
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await expect(page.getByTestId('statusbar')).toContainText('Total: 10.000')
  await page.keyboard.press('Control+X')
  await expect(page.getByTestId('notice')).toHaveText('Hapus isi 4 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '0', '5.000'])
  await expect.poll(() => cellTexts(page, subs, 'pagu:2024')).toEqual(['0', '0', '6.000'])
  expect(await clipboardText(page)).toBe('1000\t2000\r\n3000\t4000\r\n')
  expect(await clipboardHtml(page)).toMatch(/<td[^>]*>1000<\/td><td[^>]*>2000<\/td><\/tr><tr><td[^>]*>3000<\/td>/)

  await gridCell(page, subs[1].id, 'pagu:2025').click()
  await page.keyboard.press('Control+V')
  await expect(page.getByTestId('notice')).toHaveText('Tempel 4 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2025')).toEqual(['1.000', '3.000'])
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2026')).toEqual(['2.000', '4.000'])

  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Tempel 4 sel')
  await expect.poll(() => cellTexts(page, subs.slice(1), 'pagu:2025')).toEqual(['0', '0'])
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '0', '5.000'])
  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Hapus isi 4 sel')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.000', '3.000', '5.000'])
  await expect.poll(() => cellTexts(page, subs, 'pagu:2024')).toEqual(['2.000', '4.000', '6.000'])
})

test('Ctrl+X copies read-only totals and codes without clearing them; Delete over codes alone says why nothing was emptied', async ({ page, selaras }) => {
  const { kegiatan, subs } = await branch(selaras, '1.02.02', [
    [1000, 2000],
    [3000, 4000]
  ])
  await openPlan(page, selaras)
  // The kegiatan total is copied; only the sub kegiatan below it is cleared.
  await gridCell(page, kegiatan.id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+X')
  await expect(page.getByTestId('notice')).toHaveText('Hapus isi 1 sel disimpan.')
  expect(await clipboardText(page)).toBe('4000\r\n1000\r\n')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['0', '3.000'])
  await expect(gridCell(page, kegiatan.id, 'pagu:2023')).toHaveText('3.000')

  // A code cannot be emptied: Ctrl+X over codes and names copies both, empties the names
  // (back to the stored nomenclature name) and leaves the codes as they are.
  await apiCall(selaras, 'applyCellEdits', { kind: 'edit', edits: subs.map((sub, n) => ({ planRowId: sub.id, field: 'name', text: `Nama ubahan ${n + 1}` })) })
  await page.reload()
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, subs[0].id, 'code').click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+X')
  await expect(page.getByTestId('notice')).toHaveText('Hapus isi 2 sel disimpan.')
  expect(await clipboardText(page)).toBe('1.02.02.2.01.0001\tNama ubahan 1\r\n1.02.02.2.01.0002\tNama ubahan 2\r\n')
  // The built-in nomenclature (Pemutakhiran 2027) names these codes.
  await expect.poll(() => cellTexts(page, subs, 'name')).toEqual(['Pembangunan Rumah Sakit beserta Sarana dan Prasarana Pendukungnya', 'Pembangunan Puskesmas'])
  await expect.poll(() => cellTexts(page, subs, 'code')).toEqual(['1.02.02.2.01.0001', '1.02.02.2.01.0002'])

  // Delete over codes alone empties nothing and says how a row is removed.
  await gridCell(page, subs[0].id, 'code').click()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('notice')).toHaveText('Kode wajib diisi dan tidak dikosongkan. Untuk membuang baris, pakai "Hapus baris terpilih".')
  await expect.poll(() => cellTexts(page, subs, 'code')).toEqual(['1.02.02.2.01.0001', '1.02.02.2.01.0002'])
  // One undo step takes back the cut of the names; the code-only Delete recorded nothing.
  await page.keyboard.press('Control+Z')
  await expect(page.getByTestId('notice')).toHaveText('Dibatalkan: Hapus isi 2 sel')
  await expect.poll(() => cellTexts(page, subs, 'name')).toEqual(['Nama ubahan 1', 'Nama ubahan 2'])
})

test('a paste right after a click lands at the clicked cell, not in the range selected before it', async ({ page, selaras }) => {
  const { subs } = await branch(selaras, '1.02.02', [
    [1000, 2000],
    [3000, 4000],
    [5000, 6000]
  ])
  await openPlan(page, selaras)
  await gridCell(page, subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await expect.poll(() => highlighted(page)).toHaveLength(4)
  // The grid takes the click on mousedown but reports it a task later; a paste in between (a
  // fast Ctrl+V) is made certain here: it is sent from the mousedown itself, after the grid's handler.
  await page.evaluate(() => {
    const win = globalThis as unknown as {
      ClipboardEvent: new (type: string, init: object) => Event
      DataTransfer: new () => { setData: (type: string, text: string) => void }
      document: { addEventListener: (type: string, listener: () => void, options: object) => void; dispatchEvent: (event: Event) => boolean }
    }
    win.document.addEventListener(
      'mousedown',
      () => {
        const data = new win.DataTransfer()
        data.setData('text/plain', '7000\t8000\r\n')
        win.document.dispatchEvent(new win.ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }))
      },
      { once: true }
    )
  })
  await gridCell(page, subs[1].id, 'pagu:2025').click()
  await expect(page.getByTestId('notice')).toHaveText('Tempel 2 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs.slice(1, 2), 'pagu:2025')).toEqual(['7.000'])
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['1.000', '3.000', '5.000'])
})

test('a range keeps its rows when a branch inside it folds, and is cleared when an end row is folded away or filtered out', async ({ page, selaras }) => {
  const a = await branch(selaras, '1.02.02', [
    [1000, 0],
    [2000, 0],
    [3000, 0]
  ])
  const b = await branch(selaras, '1.02.03', [
    [400, 0],
    [500, 0]
  ])
  await openPlan(page, selaras)
  const statusbar = page.getByTestId('statusbar')

  // From B's first sub kegiatan up to program A; folding A (the focused row) hides five rows inside.
  await gridCell(page, b.subs[0].id, 'pagu:2023').click()
  for (let step = 0; step < 7; step++) await page.keyboard.press('Shift+ArrowUp')
  await expect(statusbar).toContainText('Total: 20.200')
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(gridCell(page, a.kegiatan.id, 'name')).toHaveCount(0)
  await expect(statusbar).toContainText('Total: 8.200')
  const ids = [a.program, b.program, b.kegiatan, b.subs[0]].map((row) => `${row.id}|pagu:2023`).sort()
  await expect.poll(() => highlighted(page)).toEqual(ids)
  await page.keyboard.press('Control+C')
  expect(await clipboardText(page)).toBe('6000\r\n900\r\n900\r\n400\r\n')
  // Delete reaches the same rows: the one editable cell among them, not B's second sub kegiatan.
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('notice')).toHaveText('Hapus isi 1 sel disimpan.')
  await expect.poll(() => cellTexts(page, b.subs, 'pagu:2023')).toEqual(['0', '500'])

  // Rows arriving above: with A still folded, a range on B's sub kegiatan stays on them when A opens.
  await gridCell(page, b.subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowDown')
  await expect(statusbar).toContainText('Total: 500')
  await page.getByRole('button', { name: 'Buka semua' }).click()
  await expect(gridCell(page, a.subs[2].id, 'name')).toBeVisible()
  await expect.poll(() => highlighted(page)).toEqual(b.subs.map((row) => `${row.id}|pagu:2023`).sort())
  await expect(statusbar).toContainText('Total: 500')
  // A click on a fold button outside the range folds that branch and leaves the range alone.
  await page.getByRole('button', { name: 'Tutup 1.02.02', exact: true }).click()
  await expect(gridCell(page, a.kegiatan.id, 'name')).toHaveCount(0)
  await expect.poll(() => highlighted(page)).toEqual(b.subs.map((row) => `${row.id}|pagu:2023`).sort())
  await expect(statusbar).toContainText('Total: 500')
  await page.getByRole('button', { name: 'Buka semua' }).click()
  await expect(gridCell(page, a.subs[2].id, 'name')).toBeVisible()

  // From B's last sub kegiatan up to program B: folding B hides the anchor row, so the range goes.
  await gridCell(page, b.subs[1].id, 'pagu:2023').click()
  for (let step = 0; step < 3; step++) await page.keyboard.press('Shift+ArrowUp')
  await expect.poll(() => highlighted(page)).toHaveLength(4)
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(gridCell(page, b.kegiatan.id, 'name')).toHaveCount(0)
  await expect(statusbar).toContainText(HINT)
  await expect.poll(() => highlighted(page)).toEqual([])
  await page.keyboard.press('Alt+ArrowRight')
  await expect(gridCell(page, b.subs[1].id, 'name')).toBeVisible()
  await expect.poll(() => highlighted(page)).toEqual([])
  await expect(statusbar).toContainText(HINT)

  // A filter that hides an end row clears the range too.
  await gridCell(page, a.subs[0].id, 'pagu:2023').click()
  await page.keyboard.press('Shift+ArrowDown')
  await expect(statusbar).toContainText('Total: 3.000')
  await page.getByLabel('Cari kode atau nama').fill('0002')
  await expect(gridCell(page, a.subs[0].id, 'name')).toHaveCount(0)
  await expect(statusbar).toContainText(HINT)
  await expect.poll(() => highlighted(page)).toEqual([])
})

test('a paste whose lines fall on a kegiatan total says how many cells it did not paste; one that falls only there says so', async ({ page, selaras }) => {
  const { kegiatan, subs } = await branch(selaras, '1.02.02', [
    [1000, 2000],
    [3000, 4000]
  ])
  await openPlan(page, selaras)
  // Three lines from the kegiatan row down: its line lands on read-only totals.
  await gridCell(page, kegiatan.id, 'pagu:2023').click()
  await paste(page, '7.000.000\t8.000.000\r\n11.000.000\t12.000.000\r\n13.000.000\t14.000.000\r\n')
  await expect(page.getByTestId('notice')).toHaveText(
    'Tempel 4 sel disimpan. 2 sel dari blok tidak ditempel: jatuh pada sel yang tidak dapat diubah (total kegiatan/program, baris perangkat daerah, kolom hitungan) atau di luar kolom terakhir.'
  )
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['11.000.000', '13.000.000'])
  await expect(gridCell(page, kegiatan.id, 'pagu:2023')).toHaveText('24.000.000')

  // Blank cells that fall on totals lose nothing and are not counted.
  await gridCell(page, kegiatan.id, 'pagu:2023').click()
  await paste(page, '\t\r\n15.000.000\t16.000.000\r\n')
  await expect(page.getByTestId('notice')).toHaveText('Tempel 2 sel disimpan.')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2024')).toEqual(['16.000.000', '14.000.000'])

  // A line on the total alone: nothing is sent, and the notice says why.
  await gridCell(page, kegiatan.id, 'pagu:2023').click()
  await paste(page, '9.000.000\r\n')
  await expect(page.getByTestId('notice')).toHaveText(
    '1 sel dari blok tidak ditempel: jatuh pada sel yang tidak dapat diubah (total kegiatan/program, baris perangkat daerah, kolom hitungan) atau di luar kolom terakhir.'
  )
  await expect(gridCell(page, kegiatan.id, 'pagu:2023')).toHaveText('28.000.000')

  // A refused paste names the bad cell and still counts the cells that fell on totals.
  await gridCell(page, kegiatan.id, 'pagu:2023').click()
  await paste(page, '7.000.000\t8.000.000\r\nabc\t1.000.000\r\n')
  const notice = page.getByTestId('notice')
  await expect(notice).toContainText('1 sel tidak dapat disimpan; tidak ada yang diubah.')
  await expect(notice).toContainText('"abc" bukan angka.')
  await expect(notice).toContainText('2 sel dari blok tidak ditempel: jatuh pada sel yang tidak dapat diubah')
  await expect.poll(() => cellTexts(page, subs, 'pagu:2023')).toEqual(['15.000.000', '13.000.000'])
})
