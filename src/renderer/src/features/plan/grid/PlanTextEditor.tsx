import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { GridRow } from '../model/gridRows'

/** A typed text the server refused, to open again in its cell with the reason. */
export interface RefusedText {
  planRowId: number
  field: string
  text: string
  reason: string
}

export interface PlanEditorParams {
  /** Saves one typed cell (the batch API with one edit). */
  commitEdit: (planRowId: number, field: string, text: string) => void
  /** Why the shared rule refuses the text (pagu, target), asked before the editor closes; undefined when it would be saved. */
  check: (row: GridRow, field: string, text: string) => string | undefined
  /** The refused text waiting for this cell, if any (the editor opens with it). */
  refusedFor: (planRowId: number, field: string) => RefusedText | undefined
  /** The editor closed: a refused text it held is done with (saved, or Esc). */
  clearRefused: (planRowId: number, field: string) => void
}

/** What the editor starts with: a refused text, the typed character (typing starts editing), nothing after Backspace, else the value. */
function startText(props: CustomCellEditorProps<GridRow, unknown> & PlanEditorParams, refused: RefusedText | undefined): string {
  if (refused) return refused.text
  if (props.eventKey === 'Backspace') return ''
  if (props.eventKey && props.eventKey.length === 1) return props.eventKey
  return textOf(props.value)
}

/** The cell's value as the editor shows it (the grid gives numbers and texts). */
const textOf = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')

/**
 * The plan grid's text editor (pagu, targets, names, lokasi…). AG Grid reports a finished
 * edit one task later (its events are asynchronous, after a repaint); saving when the grid
 * asks isCancelAfterEnd starts the request within the Enter or Tab keystroke itself. The
 * editor then tells the grid there is nothing for it to write: the saved rows come back
 * from the API. A text the shared rule refuses keeps the editor open with the reason (Enter
 * and Tab do not leave it), as does one the server refused; Esc gives the old value back.
 */
export function PlanTextEditor(props: CustomCellEditorProps<GridRow, unknown> & PlanEditorParams) {
  const { data, column, value, commitEdit, check, refusedFor, clearRefused } = props
  const field = column.getColId()
  const [refused] = useState(() => (data ? refusedFor(data.id, field) : undefined))
  const [text, setText] = useState(() => startText(props, refused))
  const [reason, setReason] = useState(refused?.reason)
  const typed = useRef(text)
  typed.current = text
  const saved = useRef(false)
  const input = useRef<HTMLInputElement>(null)
  const reasonId = useId()

  useGridCellEditor({
    isCancelAfterEnd: () => {
      const unchanged = typed.current === textOf(value)
      if (!saved.current && !unchanged && data?.kind === 'plan') commitEdit(data.id, field, typed.current)
      saved.current = true
      return true
    }
  })

  useEffect(() => {
    const element = input.current
    if (!element) return
    element.focus()
    // F2 or a double click puts the caret after the value, as in Excel.
    element.setSelectionRange(element.value.length, element.value.length)
  }, [])
  useEffect(() => () => void (data && clearRefused(data.id, field)), [data, field, clearRefused])

  // A native listener on the input: it runs before the grid's own (a React handler runs after it), so
  // a refused Enter or Tab can be kept from closing the editor.
  useEffect(() => {
    const element = input.current
    if (!element || !data || data.kind !== 'plan') return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== 'Tab') return
      const problem = check(data, field, typed.current)
      setReason(problem)
      if (!problem) return
      event.preventDefault()
      event.stopPropagation()
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [data, field, check])

  return (
    <>
      <input
        ref={input}
        className="plan-cell-input"
        aria-label={column.getColDef().headerName ?? column.getColId()}
        aria-invalid={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {reason && <CellReason id={reasonId} anchor={input} reason={reason} />}
    </>
  )
}

/** The reason under the cell: drawn on the page's top layer, since grid cells clip what they hold. */
function CellReason({ id, anchor, reason }: { id: string; anchor: React.RefObject<HTMLInputElement | null>; reason: string }) {
  const [place, setPlace] = useState<{ left: number; top: number }>()
  useLayoutEffect(() => {
    const rect = anchor.current?.getBoundingClientRect()
    if (rect) setPlace({ left: rect.left, top: rect.bottom + 2 })
  }, [anchor, reason])
  return createPortal(
    <div id={id} role="alert" className="plan-cell-reason" data-testid="cell-reason" style={place}>
      {reason}
    </div>,
    document.body
  )
}
