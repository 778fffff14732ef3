import { describe, expect, it } from 'vitest'
import { normalize, type CellRange } from '../../../../src/renderer/src/grid/range/model/rangeModel'
import { cellRefOf, coversCell, highlightColumns, refOf, resolveRef, sameRef, type RangeRef } from '../../../../src/renderer/src/grid/range/model/rangeRef'

const order = ['code', 'name', 'pagu:2023', 'pagu:2024']
// Display orders of the same rows: a PD heading, program A with kegiatan and subs, then program B.
const open = ['pd-11', '1', '2', '3', '4', '5', '6', '7', '8']
const foldedA = ['pd-11', '1', '6', '7', '8']
const displayed = (rows: string[]) => ({
  rowIdAt: (rowIndex: number) => rows[rowIndex],
  indexOf: (rowId: string) => (rows.includes(rowId) ? rows.indexOf(rowId) : undefined)
})
const range = (anchorRow: number, anchorCol: string, focusRow: number, focusCol: string): CellRange => ({
  anchor: { rowIndex: anchorRow, colId: anchorCol },
  focus: { rowIndex: focusRow, colId: focusCol }
})
const ref = (anchorRow: string, anchorCol: string, focusRow: string, focusCol: string): RangeRef => ({
  anchor: { rowId: anchorRow, colId: anchorCol },
  focus: { rowId: focusRow, colId: focusCol }
})

describe('refOf', () => {
  it('keeps the ids of the rows displayed at the range ends', () => {
    expect(refOf(range(7, 'pagu:2023', 6, 'pagu:2024'), displayed(open).rowIdAt)).toEqual(ref('7', 'pagu:2023', '6', 'pagu:2024'))
    expect(cellRefOf({ rowIndex: 0, colId: 'code' }, displayed(open).rowIdAt)).toEqual({ rowId: 'pd-11', colId: 'code' })
  })

  it('has no range when an end has no displayed row', () => {
    expect(refOf(range(7, 'name', 20, 'name'), displayed(open).rowIdAt)).toBeUndefined()
    expect(cellRefOf({ rowIndex: -1, colId: 'name' }, displayed(open).rowIdAt)).toBeUndefined()
  })

  it('compares by ids', () => {
    expect(sameRef(ref('1', 'a', '2', 'b'), ref('1', 'a', '2', 'b'))).toBe(true)
    expect(sameRef(ref('1', 'a', '2', 'b'), ref('2', 'b', '1', 'a'))).toBe(false)
    expect(sameRef(undefined, undefined)).toBe(true)
    expect(sameRef(ref('1', 'a', '1', 'a'), undefined)).toBe(false)
  })
})

describe('resolveRef', () => {
  it('follows its rows when a branch above folds, so it covers the same rows at new indexes', () => {
    const selected = refOf(range(6, 'pagu:2023', 8, 'pagu:2024'), displayed(open).rowIdAt) as RangeRef
    const shown = resolveRef(selected, displayed(foldedA).indexOf, order) as CellRange
    expect(shown).toEqual(range(2, 'pagu:2023', 4, 'pagu:2024'))
    const n = normalize(shown, order)
    expect(foldedA.slice(n.top, n.bottom + 1)).toEqual(['6', '7', '8'])
    // Rows arriving above again (the branch reopens): the same rows at their old indexes.
    expect(resolveRef(selected, displayed(open).indexOf, order)).toEqual(range(6, 'pagu:2023', 8, 'pagu:2024'))
  })

  it('covers only the rows still displayed when a branch inside it folds and its ends stay', () => {
    const selected = ref('1', 'pagu:2023', '7', 'pagu:2023')
    const n = normalize(resolveRef(selected, displayed(foldedA).indexOf, order) as CellRange, order)
    expect(foldedA.slice(n.top, n.bottom + 1)).toEqual(['1', '6', '7'])
  })

  it('is gone when an end row is folded away or filtered out, rather than pointing at other rows', () => {
    expect(resolveRef(ref('3', 'name', '7', 'name'), displayed(foldedA).indexOf, order)).toBeUndefined()
    expect(resolveRef(ref('6', 'name', '4', 'name'), displayed(foldedA).indexOf, order)).toBeUndefined()
    expect(resolveRef(ref('6', 'name', '7', 'name'), displayed(['pd-11', '1', '2']).indexOf, order)).toBeUndefined()
  })

  it('is gone when an end column is hidden', () => {
    expect(resolveRef(ref('6', 'name', '7', 'sasaran'), displayed(open).indexOf, order)).toBeUndefined()
  })
})

describe('highlight', () => {
  it('lists the columns of a range of two or more cells and none for a single cell', () => {
    expect([...highlightColumns(range(3, 'pagu:2024', 1, 'name'), order)]).toEqual(['name', 'pagu:2023', 'pagu:2024'])
    expect([...highlightColumns(range(3, 'name', 4, 'name'), order)]).toEqual(['name'])
    expect(highlightColumns(range(3, 'name', 3, 'name'), order).size).toBe(0)
  })

  it('covers the rows between the ends in either direction and only its columns', () => {
    const columns = new Set(['name', 'pagu:2023'])
    expect(coversCell(5, 2, columns, 2, 'name')).toBe(true)
    expect(coversCell(5, 2, columns, 4, 'pagu:2023')).toBe(true)
    expect(coversCell(2, 5, columns, 5, 'name')).toBe(true)
    expect(coversCell(2, 5, columns, 1, 'name')).toBe(false)
    expect(coversCell(2, 5, columns, 6, 'name')).toBe(false)
    expect(coversCell(2, 5, columns, 3, 'code')).toBe(false)
  })

  it('covers nothing while an end row is not displayed', () => {
    const columns = new Set(['name'])
    expect(coversCell(null, 5, columns, 3, 'name')).toBe(false)
    expect(coversCell(2, null, columns, 3, 'name')).toBe(false)
    expect(coversCell(2, 5, columns, null, 'name')).toBe(false)
  })
})
