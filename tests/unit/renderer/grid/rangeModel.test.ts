import { describe, expect, it } from 'vitest'
import {
  cellCount,
  cellsOf,
  containsCell,
  extend,
  normalize,
  rowsOf,
  wholeRange,
  type CellRange
} from '../../../../src/renderer/src/grid/range/model/rangeModel'

const order = ['a', 'b', 'c', 'd']
const range = (anchorRow: number, anchorCol: string, focusRow: number, focusCol: string): CellRange => ({
  anchor: { rowIndex: anchorRow, colId: anchorCol },
  focus: { rowIndex: focusRow, colId: focusCol }
})

describe('normalize', () => {
  const expected = { top: 1, bottom: 3, leftIndex: 1, rightIndex: 2, colIds: ['b', 'c'] }
  it.each([
    ['down-right', range(1, 'b', 3, 'c')],
    ['up-left', range(3, 'c', 1, 'b')],
    ['down-left', range(1, 'c', 3, 'b')],
    ['up-right', range(3, 'b', 1, 'c')]
  ])('gives the same rectangle when dragged %s', (_, r) => {
    expect(normalize(r, order)).toEqual(expected)
  })

  it('has no columns when an end column is no longer displayed', () => {
    expect(normalize(range(0, 'a', 1, 'gone'), order).colIds).toEqual([])
    expect(cellsOf(range(0, 'a', 1, 'gone'), order)).toEqual([])
  })
})

describe('extend', () => {
  it('moves the focus end and keeps the anchor', () => {
    const r = range(2, 'b', 2, 'b')
    expect(extend(r, 'down', 5, order)).toEqual(range(2, 'b', 3, 'b'))
    expect(extend(r, 'up', 5, order)).toEqual(range(2, 'b', 1, 'b'))
    expect(extend(r, 'left', 5, order)).toEqual(range(2, 'b', 2, 'a'))
    expect(extend(r, 'right', 5, order)).toEqual(range(2, 'b', 2, 'c'))
  })

  it('shrinks back towards the anchor', () => {
    expect(extend(range(2, 'b', 4, 'd'), 'up', 5, order)).toEqual(range(2, 'b', 3, 'd'))
  })

  it('clamps at the first and last row and column', () => {
    expect(extend(range(2, 'b', 0, 'b'), 'up', 5, order)).toEqual(range(2, 'b', 0, 'b'))
    expect(extend(range(2, 'b', 4, 'b'), 'down', 5, order)).toEqual(range(2, 'b', 4, 'b'))
    expect(extend(range(2, 'b', 2, 'a'), 'left', 5, order)).toEqual(range(2, 'b', 2, 'a'))
    expect(extend(range(2, 'b', 2, 'd'), 'right', 5, order)).toEqual(range(2, 'b', 2, 'd'))
  })

  it('returns the same range when nothing moves', () => {
    const r = range(0, 'a', 0, 'a')
    expect(extend(r, 'up', 5, order)).toBe(r)
  })
})

describe('helpers', () => {
  it('lists cells row by row and counts them', () => {
    const r = range(1, 'c', 0, 'b')
    expect(cellsOf(r, order)).toEqual([
      { rowIndex: 0, colId: 'b' },
      { rowIndex: 0, colId: 'c' },
      { rowIndex: 1, colId: 'b' },
      { rowIndex: 1, colId: 'c' }
    ])
    expect(cellCount(r, order)).toBe(4)
    expect(rowsOf(r, order, (row, col) => `${col}${row}`)).toEqual([
      ['b0', 'c0'],
      ['b1', 'c1']
    ])
  })

  it('selects everything for Ctrl+A', () => {
    expect(wholeRange(3, order)).toEqual(range(0, 'a', 2, 'd'))
    expect(wholeRange(0, order)).toBeUndefined()
  })
})

describe('containsCell (is the focused cell in the range, or did a click just move it out)', () => {
  const order = ['code', 'name', 'pagu:2023', 'pagu:2024', 'pagu:2025']
  // Drawn bottom-right to top-left: the ends in either order cover the same cells.
  const range: CellRange = { anchor: { rowIndex: 5, colId: 'pagu:2024' }, focus: { rowIndex: 3, colId: 'name' } }
  it('holds for the corners and the inside', () => {
    for (const cell of [
      { rowIndex: 3, colId: 'name' },
      { rowIndex: 5, colId: 'pagu:2024' },
      { rowIndex: 4, colId: 'pagu:2023' }
    ])
      expect(containsCell(range, cell, order)).toBe(true)
  })
  it('fails one row or one column outside, and for a column not in the order', () => {
    for (const cell of [
      { rowIndex: 2, colId: 'name' },
      { rowIndex: 6, colId: 'pagu:2023' },
      { rowIndex: 4, colId: 'code' },
      { rowIndex: 4, colId: 'pagu:2025' },
      { rowIndex: 4, colId: 'lokasi' }
    ]) {
      expect(containsCell(range, cell, order)).toBe(false)
    }
  })
})
