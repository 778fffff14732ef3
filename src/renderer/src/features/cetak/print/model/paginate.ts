// Packs measured blocks onto sheets: rows never split, every header row repeats on the pages a
// table continues on, a label or group row never ends a page, continuation rows stay with their
// item where they can, and unsplittable boxes (a chart, the footnotes, the signature) go whole.
import type { RowStyle } from '../../../../../../shared/reports/document'

export interface FlowTable {
  kind: 'table'
  key: string
  /** The caption above the table (0 when it has none); printed on its first page only. */
  captionHeight: number
  /** Every header row, including the column-number row; repeated on each page. */
  headerHeight: number
  /** The table's own borders beyond its rows. */
  overhead: number
  rows: Array<{ height: number; style: RowStyle }>
}

export interface FlowBox {
  kind: 'box'
  key: string
  height: number
  /** A heading: never the last thing on a page. */
  keepWithNext?: boolean
}

export type FlowItem = FlowTable | FlowBox

export type PagePiece = { kind: 'table'; key: string; rowStart: number; rowEnd: number; caption: boolean } | { kind: 'box'; key: string }

export interface PrintPage {
  pieces: PagePiece[]
  /** Height used on the page, the prelude (kop and title) included. */
  used: number
}

export interface PageSpace {
  /** Height of a page's body (between the margins, above the footer). */
  bodyHeight: number
  /** Kop, title and filter lines at the top of page 1. */
  preludeHeight: number
}

const KEEP_WITH_NEXT: ReadonlySet<RowStyle> = new Set(['label', 'group'])

/**
 * Where to break when rows[end] no longer fits: moved back so continuation rows stay with their item
 * and a label or group row is not the last of the page. Returns start when no good break exists.
 */
export function breakBefore(rows: FlowTable['rows'], start: number, end: number, keepContinuations: boolean): number {
  let at = end
  if (keepContinuations) while (at > start && rows[at]?.style === 'continuation') at--
  while (at > start && KEEP_WITH_NEXT.has(rows[at - 1].style)) at--
  return at
}

/** The least height a table needs to start on a page: caption, header and its first rows that must stay together. */
function tableStart(table: FlowTable): number {
  let height = table.captionHeight + table.headerHeight + table.overhead
  let index = 0
  while (index < table.rows.length) {
    height += table.rows[index].height
    const next = table.rows[index + 1]
    const keep = KEEP_WITH_NEXT.has(table.rows[index].style) || next?.style === 'continuation'
    index++
    if (!keep) break
  }
  return height
}

const startHeight = (item: FlowItem | undefined): number => (!item ? 0 : item.kind === 'box' ? item.height : tableStart(item))

export function paginate(items: FlowItem[], space: PageSpace): PrintPage[] {
  const pages: PrintPage[] = [{ pieces: [], used: space.preludeHeight }]
  let page = pages[0]
  const newPage = () => {
    page = { pieces: [], used: 0 }
    pages.push(page)
  }
  const remaining = () => space.bodyHeight - page.used
  const isEmpty = () => page.used === 0

  items.forEach((item, index) => {
    if (item.kind === 'box') {
      const needed = item.height + (item.keepWithNext ? startHeight(items[index + 1]) : 0)
      if (needed > remaining() && !isEmpty()) newPage()
      page.pieces.push({ kind: 'box', key: item.key })
      page.used += item.height
      return
    }
    const { rows } = item
    let start = 0
    let first = true
    do {
      const fixed = (first ? item.captionHeight : 0) + item.headerHeight + item.overhead
      const room = remaining() - fixed
      let end = start
      let height = 0
      while (end < rows.length && height + rows[end].height <= room) height += rows[end++].height
      if (end < rows.length) {
        let at = breakBefore(rows, start, end, true)
        if (at === start && isEmpty()) {
          // A keep group taller than a page: split it, still keeping label and group rows with what follows.
          at = breakBefore(rows, start, end, false)
          if (at === start) at = Math.max(end, start + 1)
        }
        if (at === start) {
          newPage()
          continue
        }
        end = at
      }
      page.pieces.push({ kind: 'table', key: item.key, rowStart: start, rowEnd: end, caption: first })
      page.used += fixed + rows.slice(start, end).reduce((sum, row) => sum + row.height, 0)
      first = false
      start = end
      if (start < rows.length) newPage()
    } while (start < rows.length)
  })
  return pages
}
