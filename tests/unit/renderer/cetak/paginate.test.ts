import { describe, expect, it } from 'vitest'
import type { RowStyle } from '../../../../src/shared/reports/document'
import { paginate, type FlowItem, type FlowTable, type PagePiece } from '../../../../src/renderer/src/features/cetak/print/model/paginate'

const table = (styles: RowStyle[], rowHeight = 10, extra: Partial<FlowTable> = {}): FlowTable => ({
  kind: 'table',
  key: 't',
  captionHeight: 0,
  headerHeight: 30,
  overhead: 0,
  rows: styles.map((style) => ({ height: rowHeight, style })),
  ...extra
})

const tablePieces = (pieces: PagePiece[]) => pieces.flatMap((piece) => (piece.kind === 'table' ? [[piece.rowStart, piece.rowEnd]] : []))

describe('paginate', () => {
  it('fills each page with whole rows under the repeated header and never exceeds the body height', () => {
    // 100 body - 30 header = 7 rows of 10 per page; 20 rows -> 7, 7, 6.
    const pages = paginate([table(Array<RowStyle>(20).fill('item'))], { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => tablePieces(page.pieces))).toEqual([[[0, 7]], [[7, 14]], [[14, 20]]])
    for (const page of pages) expect(page.used).toBeLessThanOrEqual(100)
  })

  it('leaves room for the kop and title on page 1 only', () => {
    const pages = paginate([table(Array<RowStyle>(20).fill('item'))], { bodyHeight: 100, preludeHeight: 40 })
    expect(pages.map((page) => tablePieces(page.pieces))).toEqual([[[0, 3]], [[3, 10]], [[10, 17]], [[17, 20]]])
  })

  it('never ends a page with a label or group row: they move to the next page with the row they head', () => {
    // Rows 5 and 6 (label, group) would end page 1; they go over with row 7.
    const styles: RowStyle[] = ['item', 'item', 'item', 'item', 'item', 'label', 'group', 'item', 'item']
    const pages = paginate([table(styles)], { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => tablePieces(page.pieces))).toEqual([[[0, 5]], [[5, 9]]])
  })

  it('keeps continuation rows with their item, and the item with the group above it', () => {
    // Page 1 has room for rows 0-6; row 7 is a continuation of item 5, whose group is row 4.
    const styles: RowStyle[] = ['item', 'item', 'item', 'item', 'group', 'item', 'continuation', 'continuation', 'item']
    const pages = paginate([table(styles)], { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => tablePieces(page.pieces))).toEqual([[[0, 4]], [[4, 9]]])
  })

  it('splits an item whose continuation rows are taller than a page, still not ending on a group row', () => {
    const styles: RowStyle[] = ['group', 'item', ...Array<RowStyle>(12).fill('continuation')]
    const pages = paginate([table(styles)], { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => tablePieces(page.pieces))).toEqual([[[0, 7]], [[7, 14]]])
  })

  it('starts a table on a new page when its header and first row do not fit, taking its caption along', () => {
    const items: FlowItem[] = [{ kind: 'box', key: 'chart', height: 70 }, table(['item', 'item'], 10, { key: 'gap', captionHeight: 5 })]
    const pages = paginate(items, { bodyHeight: 100, preludeHeight: 0 })
    expect(pages).toEqual([
      { pieces: [{ kind: 'box', key: 'chart' }], used: 70 },
      { pieces: [{ kind: 'table', key: 'gap', rowStart: 0, rowEnd: 2, caption: true }], used: 55 }
    ])
  })

  it('prints the caption only on the first page of a table', () => {
    const pages = paginate([table(Array<RowStyle>(10).fill('item'), 10, { captionHeight: 10 })], { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => page.pieces)).toEqual([
      [{ kind: 'table', key: 't', rowStart: 0, rowEnd: 6, caption: true }],
      [{ kind: 'table', key: 't', rowStart: 6, rowEnd: 10, caption: false }]
    ])
  })

  it('keeps the signature whole: a new page when it does not fit under the last rows', () => {
    const items: FlowItem[] = [table(Array<RowStyle>(6).fill('item')), { kind: 'box', key: 'signature', height: 20 }]
    const fits = paginate(items, { bodyHeight: 120, preludeHeight: 0 })
    expect(fits.map((page) => page.pieces.map((piece) => piece.key))).toEqual([['t', 'signature']])
    const over = paginate(items, { bodyHeight: 100, preludeHeight: 0 })
    expect(over.map((page) => page.pieces.map((piece) => piece.key))).toEqual([['t'], ['signature']])
  })

  it('keeps a heading with the start of what follows it', () => {
    const items: FlowItem[] = [
      table(Array<RowStyle>(5).fill('item')),
      { kind: 'box', key: 'heading', height: 8, keepWithNext: true },
      table(['item', 'item'], 10, { key: 'next' })
    ]
    const pages = paginate(items, { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => page.pieces.map((piece) => piece.key))).toEqual([['t'], ['heading', 'next']])
  })

  it('prints an empty table (header only) and a box taller than a page on a page of its own', () => {
    const items: FlowItem[] = [table([]), { kind: 'box', key: 'huge', height: 150 }]
    const pages = paginate(items, { bodyHeight: 100, preludeHeight: 0 })
    expect(pages.map((page) => page.pieces)).toEqual([[{ kind: 'table', key: 't', rowStart: 0, rowEnd: 0, caption: true }], [{ kind: 'box', key: 'huge' }]])
  })

  it('gives the same first pages for a prefix of the rows as for all of them (the preview grows as rows are measured)', () => {
    const styles = Array.from({ length: 300 }, (_, index): RowStyle => (['group', 'item', 'continuation', 'item', 'subtotal'] as const)[index % 5])
    const all = paginate([table(styles, 7)], { bodyHeight: 200, preludeHeight: 50 })
    const prefix = paginate([table(styles.slice(0, 120), 7)], { bodyHeight: 200, preludeHeight: 50 })
    expect(prefix.slice(0, -1)).toEqual(all.slice(0, prefix.length - 1))
    // Every row exactly once, in order.
    const covered = all.flatMap((page) => tablePieces(page.pieces))
    expect(covered[0][0]).toBe(0)
    expect(covered.at(-1)?.[1]).toBe(300)
    for (let index = 1; index < covered.length; index++) expect(covered[index][0]).toBe(covered[index - 1][1])
  })
})
