// Lays a report out on sheets in steps: fits the columns, draws the charts, measures the kop,
// title and boxes, then the table rows a few hundred at a time (yielding to the browser between
// steps), and paginates after every step so the first pages can be shown while the rest is measured.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { ReportDocument, ReportTable } from '../../../../../shared/reports/document'
import type { KopSettings, Signatory } from '../../../../../shared/printSettings'
import { chartImage } from './chartImage'
import { BoxContent, blockKey, closingKeys, type FlowSource } from './FlowContent'
import { fitTables, oneLineTexts, PROBE_PT, startingFontPt } from './fitTables'
import { Prelude } from './PageParts'
import { paginate, type FlowItem, type FlowTable, type PrintPage } from './model/paginate'
import { PrintTable, printedRowCount, printedRowStyle } from './PrintTable'
import { chartSizeMm, PX_PER_MM, type Sheet } from './sheet'

/** Rows measured per step: a step stays short enough for the page to keep responding. */
export const ROWS_PER_STEP = 300
/** Kept free at the bottom of each body: print may round a line a hair taller than the screen. */
const SAFETY_PX = 4

export interface DocumentLayout extends FlowSource {
  fontPt: number
  /** Per block index, the table's column widths in % of the body. */
  widths: Record<number, number[]>
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
      for (let start = 0; start < count; start += ROWS_PER_STEP) {
        if (signal.aborted) return
        const end = Math.min(count, start + ROWS_PER_STEP)
        flushSync(() => root.render(<PrintTable table={table} widths={layout.widths[index]} rowStart={start} rowEnd={end} caption={start === 0} />))
        measureRows(rootHost, table, start, flow)
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

/** Row heights from their tops (borders collapse, so rows share them); caption and header from the first step. */
function measureRows(rootHost: HTMLElement, table: ReportTable, start: number, flow: FlowTable): void {
  const block = rootHost.querySelector('.print-table-block')
  const tableElement = block?.querySelector('table')
  const body = tableElement?.querySelector('tbody')
  if (!block || !tableElement || !body) return
  const rows = [...body.rows].map((row) => row.getBoundingClientRect().top)
  const bottom = body.getBoundingClientRect().bottom
  const top = rows[0] ?? bottom
  if (start === 0) {
    const blockBox = block.getBoundingClientRect()
    const tableTop = tableElement.getBoundingClientRect().top
    flow.captionHeight = tableTop - blockBox.top
    flow.headerHeight = top - tableTop
    flow.overhead = blockBox.bottom - bottom
  }
  rows.forEach((rowTop, offset) => {
    const next = rows[offset + 1] ?? bottom
    flow.rows.push({ height: next - rowTop, style: printedRowStyle(table, start + offset) })
  })
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
