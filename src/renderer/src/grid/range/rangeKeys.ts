// The keys and clipboard events of a range: Shift+arrow, Delete, Ctrl+D, Ctrl+A, copy, cut and
// paste, handled on the document while a cell of the grid has the keyboard focus.
import { parseTsv, toHtml, toTsv } from './model/clipboardText'
import { clearEdits, fillDownEdits } from './model/pasteTargets'
import { gridCellFocused, inGrid } from './gridFocus'
import { topLeft, type RangeCore, type RangeSelectionOptions } from './model/rangeCore'
import { rowsOf, wholeRange, type CellRange, type Direction } from './model/rangeModel'

const ARROWS: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

/** What Ctrl+C and Ctrl+X put on the clipboard: TSV with CRLF, and a table that keeps numbers as numbers. */
function writeClipboard(data: DataTransfer, selected: CellRange, options: RangeSelectionOptions): void {
  const { columnOrder, displayText, rawValue, copiedNumber = rawValue } = options
  const order = columnOrder()
  const texts = rowsOf(selected, order, displayText)
  const numbers = rowsOf(selected, order, (rowIndex, colId) => {
    const value = copiedNumber(rowIndex, colId)
    return typeof value === 'number' ? value : undefined
  })
  data.setData('text/plain', toTsv(texts))
  data.setData(
    'text/html',
    toHtml(texts, (r, c) => numbers[r][c])
  )
}

/** Delete and the clearing half of Ctrl+X: the cells that may be emptied, as one 'clear' batch. */
function clearRange(core: RangeCore, selected: CellRange, options: RangeSelectionOptions): void {
  const { columnOrder, editable, clearable = editable, onNothingCleared } = options
  const order = columnOrder()
  const edits = clearEdits(selected, order, clearable)
  if (edits.length > 0) void core.send(edits, 'clear')
  else if (clearEdits(selected, order, editable).length > 0) onNothingCleared?.()
}

/** Listens until `signal` aborts. Every change goes out as one batch through the core. */
export function listenRangeKeys(core: RangeCore, options: () => RangeSelectionOptions, signal: AbortSignal): void {
  const onKeyDown = (event: KeyboardEvent) => {
    const grid = core.api()
    if (!grid || event.altKey || !gridCellFocused(grid)) return
    const selected = core.current()
    if (!selected) return
    const { columnOrder, editable, displayText } = options()
    const order = columnOrder()
    const mod = event.ctrlKey || event.metaKey
    const key = event.key.toLowerCase()
    const direction = ARROWS[event.key]
    if (direction && event.shiftKey && !mod) core.extendBy(selected, direction)
    else if (event.key === 'Delete' && !mod && !event.shiftKey) clearRange(core, selected, options())
    else if (key === 'd' && mod && !event.shiftKey) void core.send(fillDownEdits(selected, order, displayText, editable), 'fill')
    else if (key === 'a' && mod && !event.shiftKey) core.selectAt(wholeRange(core.rowCount(), order) ?? selected)
    else return
    // AG Grid skips a keydown whose default was prevented, so it neither moves nor clears.
    event.preventDefault()
  }
  /** The range a clipboard event is for, while a cell of this grid has the focus. */
  const target = (event: ClipboardEvent) => {
    const grid = core.api()
    return grid && event.clipboardData && gridCellFocused(grid) ? core.current() : undefined
  }
  const onCopy = (event: ClipboardEvent) => {
    const selected = target(event)
    if (!selected || !event.clipboardData) return
    writeClipboard(event.clipboardData, selected, options())
    event.preventDefault()
  }
  // Ctrl+X: the copy above, then the editable cells cleared as Delete does (one batch, one undo
  // step). Read-only and required cells are copied but stay; if the clear is refused the clipboard keeps the copy.
  const onCut = (event: ClipboardEvent) => {
    const selected = target(event)
    if (!selected || !event.clipboardData) return
    const current = options()
    writeClipboard(event.clipboardData, selected, current)
    event.preventDefault()
    clearRange(core, selected, current)
  }
  const onPaste = (event: ClipboardEvent) => {
    const selected = target(event)
    if (!selected) return
    const block = parseTsv(event.clipboardData?.getData('text/plain') ?? '')
    const start = topLeft(selected, options().columnOrder())
    if (block.length === 0 || !start) return
    event.preventDefault()
    void core.paste(block, start, selected)
  }
  // A press on a cell of this grid (not on a button in it, such as a fold): noted at once, as
  // the grid's own report of the click comes a task later.
  const onMouseDown = (event: MouseEvent) => {
    const grid = core.api()
    const target = event.target instanceof Element ? event.target : null
    if (!grid || grid.isDestroyed() || event.button !== 0 || !target?.closest('.ag-cell') || target.closest('button')) return
    if (inGrid(target, grid)) core.pressed(event.shiftKey)
  }
  document.addEventListener('mousedown', onMouseDown, { capture: true, signal })
  // Capture phase: the keys are handled before AG Grid sees them.
  document.addEventListener('keydown', onKeyDown, { capture: true, signal })
  document.addEventListener('copy', onCopy, { signal })
  document.addEventListener('cut', onCut, { signal })
  document.addEventListener('paste', onPaste, { signal })
}
