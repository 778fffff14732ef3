import { startTransition, useCallback, useRef, useState } from 'react'
import type { ApplyEdits, CellEdits, EditKind } from '../usePlanEdits'

const NONE = Symbol('none')

/**
 * The selected row (it drives the side panel) follows the grid's focus, but after the saves
 * in flight: Enter saves a cell and moves down at once, and the saved values and misi totals
 * should be on screen before the side panel redraws for the next row.
 */
export function useDeferredSelection(apply: ApplyEdits) {
  const [selectedId, setSelectedId] = useState<number>()
  const saving = useRef(0)
  const pending = useRef<number | undefined | typeof NONE>(NONE)

  const flush = useCallback(() => {
    const id = pending.current
    if (id === NONE || saving.current > 0) return
    pending.current = NONE
    startTransition(() => setSelectedId(id))
  }, [])

  /** A click selects at once (the analyst may act on the row next); keyboard moves wait for saves. */
  const selectRow = useCallback(
    (id: number | undefined, immediate = false) => {
      if (immediate) {
        pending.current = NONE
        setSelectedId(id)
        return
      }
      pending.current = id
      flush()
    },
    [flush]
  )

  const applyEdits = useCallback(
    async (kind: EditKind, edits: CellEdits, note?: string) => {
      saving.current += 1
      try {
        return await apply(kind, edits, note)
      } finally {
        saving.current -= 1
        flush()
      }
    },
    [apply, flush]
  )

  return { selectedId, setSelectedId, selectRow, applyEdits }
}
