import type { GridApi } from 'ag-grid-community'
import { describe, expect, it } from 'vitest'
import { createRangeCore } from '../../../../src/renderer/src/grid/range/model/rangeCore'
import type { RangeRef } from '../../../../src/renderer/src/grid/range/model/rangeRef'

/** The few calls the range core makes, over rows a..e in one column: a grid whose focus moves at once and whose reports come when the test says. */
function fakeGrid() {
  const ids = ['a', 'b', 'c', 'd', 'e']
  const nodes = new Map(ids.map((id, rowIndex) => [id, { id, rowIndex, rowPinned: undefined }]))
  let focusedIndex: number | undefined
  const api = {
    isDestroyed: () => false,
    getDisplayedRowCount: () => ids.length,
    getRowNode: (id: string) => nodes.get(id),
    getDisplayedRowAtIndex: (index: number) => nodes.get(ids[index]),
    refreshCells: () => undefined,
    ensureIndexVisible: () => undefined,
    ensureColumnVisible: () => undefined,
    getFocusedCell: () => (focusedIndex === undefined ? null : { rowIndex: focusedIndex, column: { getColId: () => 'x' }, rowPinned: null }),
    setFocusedCell: (rowIndex: number) => {
      focusedIndex = rowIndex
    }
  }
  return { api: api as unknown as GridApi, focus: (rowIndex: number) => (focusedIndex = rowIndex) }
}

function setUp() {
  const grid = fakeGrid()
  let range: RangeRef | undefined
  const core = createRangeCore(
    () => ({ api: grid.api, columnOrder: () => ['x'], editable: () => true, displayText: () => '', rawValue: () => 0, onEdits: async () => undefined }),
    () => grid.api,
    (next) => (range = next),
    () => undefined,
    // The keyboard is on the grid (the DOM check of the app, not needed here).
    () => true
  )
  const rows = () => range && [range.anchor.rowId, range.focus.rowId]
  /** A click the grid has reported: its focus, then its cellFocused event. */
  const reportedClick = (rowIndex: number, rowId: string) => {
    grid.focus(rowIndex)
    core.focused({ rowId, colId: 'x' }, false)
  }
  const shiftArrow = (direction: 'up' | 'down') => {
    const selected = core.current()
    if (selected) core.extendBy(selected, direction)
  }
  return { core, grid, rows, reportedClick, shiftArrow }
}

describe('range core: a key right after a click', () => {
  it('starts from the clicked cell when the grid has not reported the click yet, also inside the range', () => {
    const { core, grid, rows, reportedClick, shiftArrow } = setUp()
    reportedClick(0, 'a')
    shiftArrow('down')
    shiftArrow('down')
    expect(rows()).toEqual(['a', 'c'])
    // A press on c (the range's own end): the focus moves at once, the report comes a task later.
    grid.focus(2)
    core.pressed(false)
    shiftArrow('up')
    expect(rows()).toEqual(['c', 'b'])
  })

  it('extends from the anchor for a Shift+press, and a drag made since the press keeps its range', () => {
    const { core, grid, rows, reportedClick, shiftArrow } = setUp()
    reportedClick(1, 'b')
    grid.focus(3)
    core.pressed(true)
    shiftArrow('down')
    expect(rows()).toEqual(['b', 'e'])
    // Pressed on a, dragged to c (the grid keeps its focus on a): the drag's range stands.
    grid.focus(0)
    core.pressed(false)
    core.select({ anchor: { rowId: 'a', colId: 'x' }, focus: { rowId: 'c', colId: 'x' } })
    shiftArrow('down')
    expect(rows()).toEqual(['a', 'd'])
  })
})
