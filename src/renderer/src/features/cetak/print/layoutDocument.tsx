// Lays a report out on sheets in steps: fits the columns, draws the charts, measures the kop,
// title and boxes, then the table rows a few hundred at a time (yielding to the browser between
// steps), and paginates after every step so the first pages can be shown while the rest is measured.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { ReportDocument, ReportRow, ReportTable } from '../../../../../shared/reports/document'
import type { KopSettings, Signatory } from '../../../../../shared/printSettings'
import { chartImage } from './chartImage'
import { BoxContent, blockKey, closingKeys, type FlowSource } from './FlowContent'
import { fitTables, oneLineTexts, PROBE_PT, startingFontPt } from './model/fitTables'
import { Prelude } from './PageParts'
import { paginate, type FlowItem, type FlowTable, type PrintPage } from './model/paginate'
import { PrintTable, printedRowCount, printedRowStyle } from './PrintTable'
import { chartSizeMm, PX_PER_MM, type Sheet } from './sheet'

/** Rows measured per step: a step stays short enough for the page to keep responding. */
export const ROWS_PER_STEP = 200
/** Kept free at the bottom of each body: print may round a line a hair taller than the screen. */
const SAFETY_PX = 4

export interface DocumentLayout extends FlowSource {
  fontPt: number
  /** Per block index, the table's column widths in % of the body. */
  widths: Record<number, number[]>
  /** Per block index, the rows as printed (a row taller than a page is cut into parts). */
  rows: Record<number, ReportRow[]>
  /** Per block index: numbers and codes may break after a dot. */
  breakNumbers: Record<number, boolean>
  fits: boolean
}

export interface LayoutUpdate {
  layout: DocumentLayout
  pages: PrintPage[]
  complete: boolean
  /** Rows measured and rows in all. */
  done: number
  total: number
}

export interface LayoutInput {
  host: HTMLElement
  document: ReportDocument
  sheet: Sheet
  kop: KopSettings | null
  signatory: Signatory | null
  printedAt: Date
  signal: AbortSignal
  onUpdate: (update: LayoutUpdate) => void
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
const heightOf = (element: Element | null) => element?.getBoundingClientRect().height ?? 0

export async function layOutDocument(input: LayoutInput): Promise<void> {
  const { host, document, sheet, signal } = input
  await yieldToBrowser()
  if (signal.aborted) return
  const probeHost = window.document.createElement('div')
  const rootHost = window.document.createElement('div')
  host.replaceChildren(probeHost, rootHost)
  const root = createRoot(rootHost)
  try {
    const tables = document.blocks.flatMap((block, index) => (block.kind === 'table' ? [{ index, table: block.table }] : []))
    const fitted = fitColumnsOf(
      tables.map((entry) => entry.table),
      probeHost,
      sheet
    )
    host.style.setProperty('--print-font', `${fitted.fontPt}pt`)
    const chartSize = chartSizeMm(sheet)
    const chartImages: Record<string, string> = {}
    document.blocks.forEach((block, index) => {
      if (block.kind === 'chart') chartImages[blockKey(index)] = chartImage(block.chart, chartSize, probeHost)
    })
    const layout: DocumentLayout = {
      document,
      signatory: input.signatory,
      printedAt: input.printedAt,
      chartImages,
      chartSize,
      fontPt: fitted.fontPt,
      widths: Object.fromEntries(tables.map((entry, order) => [entry.index, fitted.widths[order]])),
      rows: {},
      breakNumbers: Object.fromEntries(tables.map((entry, order) => [entry.index, fitted.breakNumbers[order]])),
      fits: fitted.fits
    }

    // The kop and title, and every box, in one pass.
    const boxKeys = [...document.blocks.flatMap((block, index) => (block.kind === 'table' ? [] : [blockKey(index)])), ...closingKeys(document, input.signatory)]
    flushSync(() =>
      root.render(
        <>
          <div data-measure="prelude">
            <Prelude document={document} kop={input.kop} />
          </div>
          {boxKeys.map((key) => (
            <div key={key} data-measure={key}>
              <BoxContent boxKey={key} source={layout} />
            </div>
          ))}
        </>
      )
    )
    const space = { bodyHeight: sheet.bodyHeightMm * PX_PER_MM - SAFETY_PX, preludeHeight: heightOf(rootHost.querySelector('[data-measure="prelude"]')) }
    const boxHeights = new Map(boxKeys.map((key) => [key, heightOf(rootHost.querySelector(`[data-measure="${key}"]`))]))

    const flowTables = new Map<number, FlowTable>()
    const total = tables.reduce((sum, entry) => sum + printedRowCount(entry.table), 0)
    let done = 0
    const publish = (complete: boolean) => {
      const items = flowItems(document, flowTables, boxHeights, closingKeys(document, input.signatory))
      input.onUpdate({ layout, pages: paginate(items, space), complete, done, total })
    }

    for (const { index, table } of tables) {
      const count = printedRowCount(table)
      const flow: FlowTable = { kind: 'table', key: blockKey(index), captionHeight: 0, headerHeight: 0, overhead: 0, rows: [] }
      const printed: ReportRow[] = []
      layout.rows[index] = printed
      const render = (rows: ReportRow[], start: number, end: number, caption: boolean) =>
        flushSync(() =>
          root.render(
            <PrintTable
              table={table}
              rows={rows}
              widths={layout.widths[index]}
              rowStart={start}
              rowEnd={end}
              caption={caption}
              breakNumbers={layout.breakNumbers[index]}
            />
          )
        )
      for (let start = 0; start < count; start += ROWS_PER_STEP) {
        if (signal.aborted) return
        const end = Math.min(count, start + ROWS_PER_STEP)
        render(table.rows, start, end, start === 0)
        const heights = measureRows(rootHost, flow, start === 0)
        // The tallest a row may be: a page's body under the repeated header.
        const tallest = space.bodyHeight - flow.headerHeight - flow.overhead
        heights.forEach((height, offset) => {
          const row = table.rows[start + offset]
          const parts =
            row && height > tallest ? cutTallRow(row, tallest, (candidate) => (render([candidate], 0, 1, false), measureRows(rootHost, flow, false)[0])) : null
          for (const part of parts ?? [{ row, height }]) {
            if (part.row) printed.push(part.row)
            flow.rows.push({ height: part.height, style: part.row?.style ?? printedRowStyle(table, start + offset) })
          }
        })
        flowTables.set(index, flow)
        done += end - start
        publish(false)
        await yieldToBrowser()
      }
    }
    if (signal.aborted) return
    publish(true)
  } finally {
    root.unmount()
    host.replaceChildren()
  }
}

function fitColumnsOf(tables: ReportTable[], probeHost: HTMLElement, sheet: Sheet) {
  const texts = tables.map(oneLineTexts)
  probeHost.replaceChildren(
    ...texts.flat().map((entry) => {
      const span = window.document.createElement('span')
      span.className = 'print-probe'
      span.style.fontSize = `${PROBE_PT}pt`
      span.textContent = entry.text
      return span
    })
  )
  const measured = [...probeHost.children].map((span) => span.getBoundingClientRect().width)
  probeHost.replaceChildren()
  let offset = 0
  const probes = texts.map((list) => {
    const widths = measured.slice(offset, offset + list.length)
    offset += list.length
    return { texts: list, widths }
  })
  return fitTables(tables, probes, sheet.bodyWidthMm * PX_PER_MM, startingFontPt(sheet.bodyWidthMm, tables))
}

/** Row heights from their tops (borders collapse, so rows share them); caption, header and borders on the first step. */
function measureRows(rootHost: HTMLElement, flow: FlowTable, first: boolean): number[] {
  const block = rootHost.querySelector('.print-table-block')
  const tableElement = block?.querySelector('table')
  const body = tableElement?.querySelector('tbody')
  if (!block || !tableElement || !body) return []
  const tops = [...body.rows].map((row) => row.getBoundingClientRect().top)
  const bottom = body.getBoundingClientRect().bottom
  if (first) {
    const blockBox = block.getBoundingClientRect()
    const tableTop = tableElement.getBoundingClientRect().top
    flow.captionHeight = tableTop - blockBox.top
    flow.headerHeight = (tops[0] ?? bottom) - tableTop
    flow.overhead = blockBox.bottom - bottom
  }
  return tops.map((top, offset) => (tops[offset + 1] ?? bottom) - top)
}

/**
 * A row taller than a page (a name of thousands of characters) cannot stay whole: its longest text
 * is cut at spaces into parts that each fit; the parts after the first carry only that text.
 */
function cutTallRow(row: ReportRow, tallest: number, heightOf: (candidate: ReportRow) => number): Array<{ row: ReportRow; height: number }> {
  const longest = row.cells.reduce((best, cell, index) => (cell.kind === 'text' && cell.text.length > textLength(row, best) ? index : best), -1)
  if (longest < 0) return [{ row, height: heightOf(row) }]
  const withText = (text: string, first: boolean): ReportRow => ({
    ...row,
    style: first ? row.style : 'continuation',
    cells: row.cells.map((cell, index) =>
      index === longest && cell.kind === 'text' ? { ...cell, text } : first ? cell : { kind: 'empty', ...(cell.colSpan ? { colSpan: cell.colSpan } : {}) }
    ),
    ...(first ? {} : { mark: undefined })
  })
  const parts: Array<{ row: ReportRow; height: number }> = []
  let rest = (row.cells[longest] as { text: string }).text
  while (rest.length > 0) {
    const first = parts.length === 0
    const whole = withText(rest, first)
    const wholeHeight = heightOf(whole)
    if (wholeHeight <= tallest) {
      parts.push({ row: whole, height: wholeHeight })
      break
    }
    const spaces = [...rest.matchAll(/\s+/g)].map((match) => match.index)
    // The most text that fits, cut at a space; at least one word.
    let low = 0
    let high = spaces.length - 1
    let cut = spaces[0] ?? rest.length
    while (low <= high) {
      const middle = (low + high) >> 1
      if (heightOf(withText(rest.slice(0, spaces[middle]), first)) <= tallest) {
        cut = spaces[middle]
        low = middle + 1
      } else high = middle - 1
    }
    const part = withText(rest.slice(0, cut), first)
    parts.push({ row: part, height: heightOf(part) })
    rest = rest.slice(cut).trimStart()
  }
  return parts
}

const textLength = (row: ReportRow, index: number) => {
  const cell = row.cells[index]
  return cell?.kind === 'text' ? cell.text.length : -1
}

/** The flow so far: blocks in order up to the first table not yet (fully) measured, then the closing boxes. */
function flowItems(document: ReportDocument, tables: Map<number, FlowTable>, boxes: Map<string, number>, closing: string[]): FlowItem[] {
  const items: FlowItem[] = []
  for (let index = 0; index < document.blocks.length; index++) {
    const block = document.blocks[index]
    if (block.kind === 'table') {
      const flow = tables.get(index)
      if (!flow) return items
      items.push(flow)
      if (flow.rows.length < printedRowCount(block.table)) return items
    } else items.push({ kind: 'box', key: blockKey(index), height: boxes.get(blockKey(index)) ?? 0, keepWithNext: block.kind === 'heading' })
  }
  for (const key of closing) items.push({ kind: 'box', key, height: boxes.get(key) ?? 0 })
  return items
}
