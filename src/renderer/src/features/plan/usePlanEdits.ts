import { useCallback, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ApiArgs } from '../../../../shared/contract'
import type { WithUndoState } from '../../../../shared/changeLog'
import type { CellError } from '../../../../shared/result'
import { formatCount } from '../../../../shared/money'
import { ApiCallError, call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { sameValues, type ExpectedValues } from './model/expectedValues'
import type { SavedRows } from './model/planStore'
import type { SavedCellValue } from '../../../../shared/edits'
import type { UndoState } from '../../../../shared/changeLog'

export type CellEdits = ApiArgs<'applyCellEdits'>['edits']
export type EditKind = ApiArgs<'applyCellEdits'>['kind']
/** A batch was saved, or refused whole: the refused cells in the batch's order (the first is where the analyst looks). */
export type EditOutcome = { saved: true } | { saved: false; refused: CellError[] }
export type ApplyEdits = (kind: EditKind, edits: CellEdits, note?: string) => Promise<EditOutcome>

/** What the server replies to every step of the change log: the rows (or values and totals) it changed, the rows gone, what is left to undo. */
export interface StepReply extends SavedRows, WithUndoState {
  removedIds?: number[]
}

/** Shows what a batch of pagu and target cells will store while the server checks and writes it. */
export interface Expectation {
  predict: (edits: CellEdits) => ExpectedValues | undefined
  show: (values: SavedCellValue[]) => void
}

/** A save slower than this shows a "Menyimpan…" notice until it is done. */
const BUSY_AFTER_MS = 400

/**
 * The plan screen's one edit loop. Every editor (text, number, code, paste, fill, clear) sends
 * its cells through `apply`; undo, redo, a deletion and rows added by a paste go through
 * `commit`; a row added by its form and a sasaran link (their forms give their own notices)
 * hand their reply to `show`. All end in `show`: the reply's rows or values go on screen and
 * its undo state on the buttons (the reply carries it: no second request). Refused cells keep
 * their reasons for the grid to show. Undo and redo live in the database, so they work after a restart.
 */
export function usePlanEdits(onRowsSaved: (reply: StepReply, drawNow?: boolean) => void, loadedUndoState: UndoState, expect?: Expectation) {
  const notice = useNotice()
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, string>>(new Map())
  // Read with the plan; after that each step's reply brings it. A refused step wrote nothing
  // (each runs in one transaction), so what undo and redo would do is what it was.
  const [undoState, setUndoState] = useState<UndoState>(loadedUndoState)

  /** A reply of the server on screen: its rows, values, totals and removed rows, and what is left to undo. */
  const show = useCallback(
    (reply: StepReply, drawNow = true) => {
      onRowsSaved(reply, drawNow)
      setUndoState(reply.undoState)
    },
    [onRowsSaved]
  )

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
        // Values drawn as expected are on screen already: of the reply, its totals and undo state are new.
        const reply = asExpected ? { rows: [], totals: result.totals, undoState: result.undoState } : result
        const saved = result.batchId === null ? result.description : `${result.description} disimpan.`
        const settle = (drawNow: boolean) => {
          show(reply, drawNow)
          // Unchanged marks keep the same map, so the grid does not re-check every cell.
          setCellErrors((current) => {
            if (current.size === 0 || !edits.some((edit) => current.has(`${edit.planRowId}|${edit.field}`))) return current
            const next = new Map(current)
            for (const edit of edits) next.delete(`${edit.planRowId}|${edit.field}`)
            return next
          })
          if (kind !== 'edit') notice.showInfo(note ? `${saved} ${note}` : saved)
        }
        // A batch's notice is shown with the saved values and totals, in this task and in one
        // render (React would otherwise draw it a task or more later); one cell draws as it comes.
        if (kind === 'edit') settle(true)
        else flushSync(() => settle(false))
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
    [busyNotice, expect, notice, show]
  )

  /**
   * A step that is not a batch of cells (undo, redo, a deletion, rows added by a paste): its reply
   * goes on screen with `said` (its notice) when it is done. Undefined when it failed, as said.
   */
  const commit = useCallback(
    async <T extends StepReply>(request: () => Promise<T>, busy: string, said: (reply: T) => string): Promise<T | undefined> => {
      const busyDone = busyNotice(busy)
      try {
        const reply = await request().finally(busyDone)
        show(reply)
        flushSync(() => notice.showInfo(said(reply)))
        return reply
      } catch (error) {
        // Refused in its transaction, the step changed nothing: the undo buttons stay as they are.
        notice.showError(errorMessage(error))
        return undefined
      }
    },
    [busyNotice, notice, show]
  )

  const undo = useCallback(
    () =>
      commit(
        () => call('undo', {}),
        'Membatalkan…',
        (reply) => reply.description
      ),
    [commit]
  )
  const redo = useCallback(
    () =>
      commit(
        () => call('redo', {}),
        'Mengulangi…',
        (reply) => reply.description
      ),
    [commit]
  )

  return { apply, commit, show, cellErrors, undoState, undo, redo }
}
