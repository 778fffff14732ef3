import { useGridCellEditor, type CustomCellEditorProps } from 'ag-grid-react'
import { useEffect, useRef, useState } from 'react'
import type { GridRow } from './gridRows'

export interface PlanEditorParams {
  /** Saves one typed cell (the batch API with one edit). */
  commitEdit(planRowId: number, field: string, text: string): void
}

/** What the editor starts with: the typed character (typing starts editing), nothing after Backspace, else the value. */
function startText(props: CustomCellEditorProps<GridRow, unknown>): string {
  if (props.eventKey === 'Backspace') return ''
  if (props.eventKey && props.eventKey.length === 1) return props.eventKey
  return props.value === null || props.value === undefined ? '' : String(props.value)
}

/**
 * The plan grid's text editor (pagu, targets, names, lokasi…). AG Grid reports a finished
 * edit one task later (its events are asynchronous, after a repaint); saving when the grid
 * asks isCancelAfterEnd starts the request within the Enter or Tab keystroke itself. The
 * editor then tells the grid there is nothing for it to write: the saved rows come back
 * from the API.
 */
export function PlanTextEditor(props: CustomCellEditorProps<GridRow, unknown> & PlanEditorParams) {
  const [text, setText] = useState(() => startText(props))
  const typed = useRef(text)
  typed.current = text
  const saved = useRef(false)
  const input = useRef<HTMLInputElement>(null)
  const { data, column, value, commitEdit } = props

  useGridCellEditor({
    isCancelAfterEnd: () => {
      const unchanged = typed.current === (value === null || value === undefined ? '' : String(value))
      if (!saved.current && !unchanged && data?.kind === 'plan') commitEdit(data.id, column.getColId(), typed.current)
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

  return (
    <input
      ref={input}
      className="plan-cell-input"
      aria-label={column.getColDef().headerName ?? column.getColId()}
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  )
}
