// (b) A 5,000-cell paste (1,000 pagu rows x 2022-2026) from Ctrl+V to the notice
//     "Tempel 5000 sel disimpan." with every pasted cell on screen showing its new value,
//     against better-sqlite3 upserting the same 5,000 values in one transaction on a backup copy.
//     Then, untimed in (b) but reported, the grid is scrolled to the last pasted row (1.426 lines
//     down) and its value awaited: that proves the rest was saved and shown, and times the scroll.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from '@playwright/test'
import { GRID, freshPage, lastApiTiming, openPlan, scrollToRow, settle, type ApiTiming, type Timing } from './browser'
import { idr, pasteAmount, type PasteBlock } from './planData'
import type { Server } from './server'
import type { Profiler } from './profile'

export const PASTE_ROWS = 1000
export const PASTE_YEARS = [2022, 2023, 2024, 2025, 2026]

interface Cell {
  planRowId: number
  year: number
  amount: number
}

/** The block's text (one line per grid row it spans) and the cells that land on pagu rows. */
export function blockFor(block: PasteBlock, run: number): { text: string; cells: Cell[] } {
  const lines: string[] = []
  for (let line = 0; line < block.spanRows; line++) lines.push(PASTE_YEARS.map((_, col) => idr(pasteAmount(run, line, col))).join('\t'))
  const cells = block.targets.flatMap((target) =>
    PASTE_YEARS.map((year, col) => ({ planRowId: target.row?.id ?? 0, year, amount: pasteAmount(run, target.index - block.startIndex, col) }))
  )
  return { text: `${lines.join('\r\n')}\r\n`, cells }
}

export interface PasteRun {
  timing: Timing
  api: ApiTiming | null
  /** Scrolling from the first to the last pasted row and showing its cell, after the paste. */
  scrollMs: number
  /** Pasted cells drawn (in view or in AG Grid's row buffer) when Ctrl+V was pressed. */
  drawnCells: number
  /** Ctrl+Z of the paste until its notice ("Dibatalkan: Tempel 5000 sel") shows. */
  undoMs: number
  /** The same paste again in the same page, after the undo: the page's code has run once. */
  second: { timing: Timing; api: ApiTiming | null }
}

type Clip = { navigator: { clipboard: { writeText: (text: string) => Promise<void> } } }
type ScrollTo = { __bench: { scrollToCell: (g: string, i: number, c: string, t: string) => Promise<number> } }
type ArmKey = { __bench: { armKeyToTextChange: (key: string, selector: string) => void } }
type ArmPaste = { __bench: { armPaste: (options: Record<string, unknown>) => void } }

/** Clicks the block's first cell, puts the block on the clipboard, presses Ctrl+V and times it. */
async function measurePaste(
  page: Page,
  block: PasteBlock,
  values: number,
  profiler?: Profiler
): Promise<{
  timing: Timing
  api: ApiTiming | null
  options: Record<string, unknown> & { gridSelector: string; lastRowIndex: number; cellSelector: string; cellText: string }
}> {
  const first = block.targets[0].row
  const rowId = await scrollToRow(page, GRID, block.startIndex)
  if (rowId !== String(first?.id)) throw new Error(`grid row ${block.startIndex} is ${rowId}, expected ${first?.id}: display order differs`)
  await page.locator(`${GRID} .ag-row:not(.ag-row-pinned)[row-id="${rowId}"] [col-id="pagu:${PASTE_YEARS[0]}"]`).click()
  const { text, cells } = blockFor(block, values)
  await page.evaluate((value) => (globalThis as unknown as Clip).navigator.clipboard.writeText(value), text)
  const cellSelector = (rowId: number | undefined, year: number) => `${GRID} .ag-row:not(.ag-row-pinned)[row-id="${rowId}"] [col-id="pagu:${year}"]`
  const last = block.targets[block.targets.length - 1]
  const lastCell = cells[cells.length - 1]
  const options = {
    noticeSelector: '[data-testid="notice"]',
    // The notice also counts the block's cells that fell on kegiatan and program totals.
    noticeText: `Tempel ${cells.length} sel disimpan. ${idr((block.spanRows - block.targets.length) * PASTE_YEARS.length)} sel dari blok tidak ditempel:`,
    // Every pasted cell in block order; the page checks those drawn when Ctrl+V is pressed.
    cells: cells.map((cell) => [cellSelector(cell.planRowId, cell.year), idr(cell.amount)]),
    gridSelector: GRID,
    lastRowIndex: last.index,
    cellSelector: cellSelector(last.row?.id, lastCell.year),
    cellText: idr(lastCell.amount)
  }
  await page.evaluate((o) => (globalThis as unknown as ArmPaste).__bench.armPaste(o), options)
  await profiler?.start(page)
  await page.keyboard.press('Control+V')
  const timing = await settle(page)
  await profiler?.stop(page)
  return { timing, api: await lastApiTiming(page, 'applyCellEdits'), options }
}

/** Values of the paste in the same page after the first one (different from every first paste). */
const SECOND_PASTE_VALUES = 1000

export async function pasteOnce(browser: Browser, server: Server, block: PasteBlock, run: number, profiler?: Profiler): Promise<PasteRun> {
  const { context, page } = await freshPage(browser, true)
  try {
    await openPlan(page, server)
    const { timing, api, options } = await measurePaste(page, block, run, profiler)
    // The rest of the block, untimed in (b): back to the first row, then scrolled to the last one.
    await scrollToRow(page, GRID, block.startIndex)
    const scrollMs = await page.evaluate(
      (o) => (globalThis as unknown as ScrollTo).__bench.scrollToCell(o.gridSelector, o.lastRowIndex, o.cellSelector, o.cellText),
      options
    )
    // Ctrl+Z of the whole paste (one step), keypress -> its notice; reported, not a goal.
    await page.evaluate(() => (globalThis as unknown as ArmKey).__bench.armKeyToTextChange('z', '[data-testid="notice"]'))
    // Lower-case z: the armed keydown compares event.key.
    await page.keyboard.press('Control+z')
    const undo = await settle(page)
    // A second paste in the same page (its code already run once), undone again so the next run starts from the same data.
    const second = await measurePaste(page, block, SECOND_PASTE_VALUES + run)
    await page.evaluate(() => (globalThis as unknown as ArmKey).__bench.armKeyToTextChange('z', '[data-testid="notice"]'))
    await page.keyboard.press('Control+z')
    await settle(page)
    return { timing, api, scrollMs, drawnCells: timing.drawnCells ?? 0, undoMs: undo.ms, second: { timing: second.timing, api: second.api } }
  } finally {
    await context.close()
  }
}

/**
 * A copy of the data folder's database made with the backup API, opened with the app's own
 * pragmas (src/main/db/connection.ts), and the raw upsert of one pagu cell on it.
 */
export async function rawDatabase(
  dataDir: string
): Promise<{ database: Database.Database; upsert: Database.Statement<[number, number, number]>; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-bench-raw-'))
  const source = new Database(join(dataDir, 'selaras.db'), { readonly: true, fileMustExist: true })
  try {
    await source.backup(join(dir, 'selaras.db'))
  } finally {
    source.close()
  }
  const database = new Database(join(dir, 'selaras.db'))
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('foreign_keys = ON')
  const upsert = database.prepare<[number, number, number]>(
    `INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)
     ON CONFLICT (plan_row_id, year) DO UPDATE SET amount = excluded.amount`
  )
  const close = () => {
    database.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { database, upsert, close }
}

/** The same 5,000 values per run, written by better-sqlite3 alone in one transaction. */
export async function rawSqlite(dataDir: string, block: PasteBlock, runs: number): Promise<number[]> {
  const { database, upsert, close } = await rawDatabase(dataDir)
  try {
    const write = database.transaction((cells: Cell[]) => {
      for (const cell of cells) upsert.run(cell.planRowId, cell.year, cell.amount)
    })
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const { cells } = blockFor(block, run)
      const start = performance.now()
      write(cells)
      times.push(performance.now() - start)
    }
    return times
  } finally {
    close()
  }
}
