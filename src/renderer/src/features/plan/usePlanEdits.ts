import { useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ApiArgs } from '../../../../shared/contract'
import type { PlanRow } from '../../../../shared/domain'
import type { SavedCellValue, UndoState } from '../../../../shared/master'
import type { CellError } from '../../../../shared/result'
import { formatCount } from '../../../../shared/money'
import { ApiCallError, call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { sameValues, type ExpectedValues } from './expectedValues'

export type CellEdits = ApiArgs<'applyCellEdits'>['edits']
export type EditKind = ApiArgs<'applyCellEdits'>['kind']
/** A batch was saved, or refused whole: the refused cells in the batch's order (the first is where the analyst looks). */
export type EditOutcome = { saved: true } | { saved: false; refused: CellError[] }
export type ApplyEdits = (kind: EditKind, edits: CellEdits, note?: string) => Promise<EditOutcome>

/** Shows what a batch of pagu and target cells will store while the server checks and writes it. */
export interface Expectation {
  predict(edits: CellEdits): ExpectedValues | undefined
  show(values: SavedCellValue[]): void
}

const HISTORY_CHANGED = 'selaras:history-changed'
/** A save slower than this shows a "Menyimpan…" notice until it is done. */
const BUSY_AFTER_MS = 400

/** Tells the undo buttons that a step was recorded elsewhere (a sasaran link in the side panel). */
export function notifyHistoryChanged(): void {
  window.dispatchEvent(new Event(HISTORY_CHANGED))
}

/**
 * Sends edits as one batch, keeps the reasons of refused cells for the grid to show,
 * and runs undo / redo (which the database keeps, so they work after a restart). An undo
 * or redo that adds or removes rows also says which rows are gone.
 */
export function usePlanEdits(onRowsSaved: (rows: PlanRow[], removedIds?: number[], values?: SavedCellValue[]) => void, expect?: Expectation) {
  const notice = useNotice()
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, string>>(new Map())
  const [undoState, setUndoState] = useState<UndoState>({ undo: null, redo: null })

  const refreshUndoState = useCallback(() => {
    call('getUndoState', {})
      .then(setUndoState)
      .catch(() => undefined)
  }, [])
  useEffect(() => {
    refreshUndoState()
    window.addEventListener(HISTORY_CHANGED, refreshUndoState)
    return () => window.removeEventListener(HISTORY_CHANGED, refreshUndoState)
  }, [refreshUndoState])

  /**
   * A step that takes longer than BUSY_AFTER_MS says so until its own notice replaces it
   * ("Menyimpan 25.000 sel…": such a paste takes about a second at scale 10). Returns the stop.
   */
  const busyNotice = useCallback(
    (message: string) => {
      const timer = setTimeout(() => notice.showInfo(message), BUSY_AFTER_MS)
      return () => clearTimeout(timer)
    },
    [notice]
  )

  /** `note`: said after the saved notice (a paste's cells that fell on read-only cells), or alone when nothing was sent. */
  const apply = useCallback(
    async (kind: EditKind, edits: CellEdits, note?: string): Promise<EditOutcome> => {
      if (edits.length === 0) {
        if (note) notice.showError(note)
        return { saved: true }
      }
      let expected: ExpectedValues | undefined
      // One cell is saved as it is typed; batches say when they take a while.
      const busyDone = kind === 'edit' ? () => undefined : busyNotice(`Menyimpan ${formatCount(edits.length)} sel…`)
      try {
        const request = call('applyCellEdits', { kind, edits })
        // Sent first: the values the same rule expects are drawn while the server writes them.
        // The notice below is what says they are saved; a refusal puts the old values back.
        expected = expect?.predict(edits)
        if (expected) expect?.show(expected.values)
        const result = await request.finally(busyDone)
        const asExpected = expected !== undefined && sameValues(expected.values, result.values)
        if (expected && !asExpected) expect?.show(expected.previous)
        onRowsSaved(asExpected ? [] : result.rows, undefined, asExpected ? undefined : result.values)
        // Unchanged marks keep the same map, so the grid does not re-check every cell.
        setCellErrors((current) => {
          if (current.size === 0 || !edits.some((edit) => current.has(`${edit.planRowId}|${edit.field}`))) return current
          const next = new Map(current)
          for (const edit of edits) next.delete(`${edit.planRowId}|${edit.field}`)
          return next
        })
        // Shown with the saved values, in this task (React would otherwise draw it a task or more later).
        const saved = result.batchId === null ? result.description : `${result.description} disimpan.`
        if (kind !== 'edit') flushSync(() => notice.showInfo(note ? `${saved} ${note}` : saved))
        refreshUndoState()
        return { saved: true }
      } catch (error) {
        if (expected) expect?.show(expected.previous)
        const cells = error instanceof ApiCallError ? (error.apiError.cells ?? []) : []
        setCellErrors(new Map(cells.map((cell) => [`${cell.planRowId}|${cell.field}`, cell.message])))
        // The cells that fell on totals are said too: fixing the refused ones alone would not bring them in.
        notice.showError(note ? `${errorMessage(error)} ${note}` : errorMessage(error))
        return { saved: false, refused: cells }
      }
    },
    [busyNotice, expect, notice, onRowsSaved, refreshUndoState]
  )

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const busyDone = busyNotice(direction === 'undo' ? 'Membatalkan…' : 'Mengulangi…')
      try {
        const result = await call(direction, {}).finally(busyDone)
        onRowsSaved(result.rows, result.removedIds, result.values)
        flushSync(() => notice.showInfo(result.description))
      } catch (error) {
        notice.showError(errorMessage(error))
      }
      refreshUndoState()
    },
    [busyNotice, notice, onRowsSaved, refreshUndoState]
  )

  return { apply, cellErrors, undoState, undo: () => step('undo'), redo: () => step('redo'), refreshUndoState }
}
