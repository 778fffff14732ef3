import { describe, expect, it } from 'vitest'
import { clearEdits, fillDownEdits, NOT_EDITABLE, PAST_LAST_COLUMN, pastedRange, pasteEdits } from '../../../../src/renderer/src/grid/range/model/pasteTargets'
import type { CellRange } from '../../../../src/renderer/src/grid/range/model/rangeModel'

const order = ['code', 'name', 'pagu2025', 'pagu2026', 'sasaran']
const editable = (_row: number, colId: string) => colId !== 'sasaran'
const range = (anchorRow: number, anchorCol: string, focusRow: number, focusCol: string): CellRange => ({
  anchor: { rowIndex: anchorRow, colId: anchorCol },
  focus: { rowIndex: focusRow, colId: focusCol }
})

describe('pasteEdits', () => {
  it('expands a block from a single selected cell', () => {
    const result = pasteEdits(
      [
        ['1.250.000', '750.000'],
        ['2.000.000', '']
      ],
      { rowIndex: 1, colId: 'pagu2025' },
      order,
      editable,
      10
    )
    expect(result).toEqual({
      edits: [
        { rowIndex: 1, colId: 'pagu2025', text: '1.250.000' },
        { rowIndex: 1, colId: 'pagu2026', text: '750.000' },
        { rowIndex: 2, colId: 'pagu2025', text: '2.000.000' },
        { rowIndex: 2, colId: 'pagu2026', text: '' }
      ],
      overflowRows: 0,
      skipped: []
    })
  })

  it('fills a multi-cell range with a single pasted cell', () => {
    const r = range(4, 'pagu2026', 3, 'pagu2025')
    const result = pasteEdits([['5 jt']], { rowIndex: 3, colId: 'pagu2025' }, order, editable, 10, r)
    expect(result.edits).toEqual([
      { rowIndex: 3, colId: 'pagu2025', text: '5 jt' },
      { rowIndex: 3, colId: 'pagu2026', text: '5 jt' },
      { rowIndex: 4, colId: 'pagu2025', text: '5 jt' },
      { rowIndex: 4, colId: 'pagu2026', text: '5 jt' }
    ])
    expect(result.skipped).toEqual([])
  })

  it('repeats a copied row over every selected row of the same width', () => {
    const r = range(0, 'pagu2025', 2, 'pagu2026')
    const result = pasteEdits([['1', '2']], { rowIndex: 0, colId: 'pagu2025' }, order, editable, 10, r)
    expect(result.edits.map((edit) => `${edit.rowIndex}:${edit.text}`)).toEqual(['0:1', '0:2', '1:1', '1:2', '2:1', '2:2'])
  })

  it('pastes a block as is when it does not fit the range a whole number of times', () => {
    const r = range(0, 'code', 2, 'name')
    const result = pasteEdits([['a', 'b', 'c']], { rowIndex: 0, colId: 'code' }, order, editable, 10, r)
    expect(result.edits.map((edit) => edit.colId)).toEqual(['code', 'name', 'pagu2025'])
  })

  it('skips cells on columns that cannot be changed', () => {
    const result = pasteEdits([['x', 'Sasaran 1']], { rowIndex: 0, colId: 'pagu2026' }, order, editable, 10)
    expect(result.edits).toEqual([{ rowIndex: 0, colId: 'pagu2026', text: 'x' }])
    expect(result.skipped).toEqual([{ rowIndex: 0, colId: 'sasaran', reason: NOT_EDITABLE, text: 'Sasaran 1' }])
  })

  it('drops columns past the last one and counts them as skipped', () => {
    const result = pasteEdits(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f']
      ],
      { rowIndex: 0, colId: 'sasaran' },
      order,
      () => true,
      10
    )
    expect(result.edits).toEqual([
      { rowIndex: 0, colId: 'sasaran', text: 'a' },
      { rowIndex: 1, colId: 'sasaran', text: 'd' }
    ])
    expect(result.skipped).toHaveLength(4)
    expect(result.skipped.every((cell) => cell.colId === '' && cell.reason === PAST_LAST_COLUMN)).toBe(true)
  })

  it('counts rows below the last row as overflow', () => {
    const block = [['1'], ['2'], ['3'], ['4']]
    const result = pasteEdits(block, { rowIndex: 8, colId: 'pagu2025' }, order, editable, 10)
    expect(result.edits.map((edit) => edit.rowIndex)).toEqual([8, 9])
    expect(result.overflowRows).toBe(2)
  })

  it('does nothing for an empty block or an unknown column', () => {
    expect(pasteEdits([], { rowIndex: 0, colId: 'code' }, order, editable, 10).edits).toEqual([])
    expect(pasteEdits([['a']], { rowIndex: 0, colId: 'gone' }, order, editable, 10).edits).toEqual([])
  })

  it('gives the pasted area to select afterwards', () => {
    const start = { rowIndex: 1, colId: 'pagu2026' }
    const result = pasteEdits(
      [
        ['1', '2', '3'],
        ['4', '5', '6']
      ],
      start,
      order,
      editable,
      10
    )
    expect(pastedRange(result, start, order)).toEqual({ anchor: start, focus: { rowIndex: 2, colId: 'sasaran' } })
    const single = pasteEdits([['1']], start, order, editable, 10)
    expect(pastedRange(single, start, order)).toBeUndefined()
  })
})

describe('fillDownEdits', () => {
  const valueAt = (rowIndex: number, colId: string) => `${colId}@${rowIndex}`

  it('copies the top row of the range into the rows below', () => {
    const edits = fillDownEdits(range(4, 'pagu2026', 2, 'pagu2025'), order, valueAt, editable)
    expect(edits).toEqual([
      { rowIndex: 3, colId: 'pagu2025', text: 'pagu2025@2' },
      { rowIndex: 3, colId: 'pagu2026', text: 'pagu2026@2' },
      { rowIndex: 4, colId: 'pagu2025', text: 'pagu2025@2' },
      { rowIndex: 4, colId: 'pagu2026', text: 'pagu2026@2' }
    ])
  })

  it('copies from the row above for a one-row range, as Excel does', () => {
    expect(fillDownEdits(range(3, 'name', 3, 'pagu2025'), order, valueAt, editable)).toEqual([
      { rowIndex: 3, colId: 'name', text: 'name@2' },
      { rowIndex: 3, colId: 'pagu2025', text: 'pagu2025@2' }
    ])
    expect(fillDownEdits(range(0, 'name', 0, 'name'), order, valueAt, editable)).toEqual([])
  })

  it('leaves cells that cannot be changed', () => {
    const edits = fillDownEdits(range(0, 'pagu2026', 1, 'sasaran'), order, valueAt, editable)
    expect(edits).toEqual([{ rowIndex: 1, colId: 'pagu2026', text: 'pagu2026@0' }])
  })
})

describe('clearEdits', () => {
  it('empties every editable cell of the range', () => {
    expect(clearEdits(range(1, 'sasaran', 0, 'pagu2026'), order, editable)).toEqual([
      { rowIndex: 0, colId: 'pagu2026', text: '' },
      { rowIndex: 1, colId: 'pagu2026', text: '' }
    ])
  })
})
