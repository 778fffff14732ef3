import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import * as changeLog from '../../db/repositories/changeLog'
import { ServiceError, notFound } from '../errors'
import { rowsAndAncestors } from '../planRows/planContext'
import { replayRowEntry } from './rowSteps'
import { savedValues } from '../planRows/savedValues'
import { totalsAfterValues } from '../planRows/rowTotals'
import { summarizeBatch } from '../nomenklatur/versionSwitch'
import type { EditResult } from '../../../shared/edits'
import type { ChangeBatchResult, UndoState, WithUndoState } from '../../../shared/changeLog'

type Db = Database.Database

/** What a replay did: the entries in the order they were written back, and the rows they touched or removed. */
interface Replayed {
  entries: changeLog.ChangeEntry[]
  direction: 'undo' | 'redo'
  touched: Set<number>
  removedIds: number[]
}

/**
 * Reverts (undo) or re-applies (redo) one recorded change in one transaction. Each value
 * must still be what the change left (or found): otherwise someone changed it since, and
 * nothing is written.
 */
function replay(db: Db, batch: changeLog.BatchRecord, direction: 'undo' | 'redo'): Replayed {
  const entries = changeLog.batchEntries(db, batch.id)
  if (direction === 'undo') entries.reverse()
  const touched = new Set<number>()
  const removedIds: number[] = []
  db.transaction(() => {
    for (const entry of entries) {
      const expected = direction === 'undo' ? entry.newValue : entry.oldValue
      const target = direction === 'undo' ? entry.oldValue : entry.newValue
      if (entry.tableName === 'plan_row_snapshot') {
        for (const id of replayRowEntry(db, entry, expected, target)) touched.add(id)
        if (target === null) removedIds.push(entry.rowId)
        continue
      }
      const current = changeLog.readValue(db, entry)
      if (current === undefined) throw new ServiceError('CONFLICT', 'Baris yang diubah sudah dihapus; perubahan ini tidak dapat dibatalkan atau diulang.')
      if (current !== expected) throw new ServiceError('CONFLICT', 'Data sudah diubah lagi setelah perubahan ini; pembatalan tidak dapat dilakukan otomatis.')
      changeLog.writeValue(db, entry, target)
      // The screen gets fresh plan rows; the period and the print settings are not plan rows.
      if (changeLog.isPlanRowEntry(entry)) touched.add(entry.rowId)
    }
    changeLog.setUndone(db, batch.id, direction === 'undo')
  })()
  for (const id of removedIds) touched.delete(id)
  return { entries, direction, touched, removedIds }
}

/** What an undo or redo returns: fresh rows, and for steps that add or remove rows, which ones went. */
function stepResult(db: Db, batch: changeLog.BatchRecord, description: string, replayed: Replayed): EditResult {
  // Undo of a paste of pagu: the values alone, in the order they were written back.
  const values = savedValues(replayed.entries, (entry) => (replayed.direction === 'undo' ? entry.oldValue : entry.newValue))
  if (values) return { batchId: batch.id, description, rows: [], values, totals: totalsAfterValues(db, values) }
  const result: EditResult = { batchId: batch.id, description, rows: rowsAndAncestors(db, replayed.touched) }
  if (replayed.removedIds.length > 0) result.removedIds = replayed.removedIds
  return result
}

export function undo(db: Db): EditResult {
  const batch = changeLog.latestActiveBatch(db)
  if (!batch) throw notFound('Tidak ada perubahan yang dapat dibatalkan.')
  return stepResult(db, batch, `Dibatalkan: ${batch.description}`, replay(db, batch, 'undo'))
}

export function redo(db: Db): EditResult {
  const batch = changeLog.nextRedoBatch(db)
  if (!batch) throw notFound('Tidak ada perubahan yang dapat diulang.')
  return stepResult(db, batch, `Diulang: ${batch.description}`, replay(db, batch, 'redo'))
}

export function undoState(db: Db): UndoState {
  return { undo: changeLog.latestActiveBatch(db)?.description ?? null, redo: changeLog.nextRedoBatch(db)?.description ?? null }
}

/** A step's reply with what is left to undo and redo, read after the step's transaction. */
export const withUndoState = <T extends object>(db: Db, result: T): T & WithUndoState => ({ ...result, undoState: undoState(db) })

/** Undo of one named change (the version-switch dialog offers it right after applying). */
export function undoChangeBatch(db: Db, args: ValidArgs<'undoChangeBatch'>): ChangeBatchResult {
  const batch = changeLog.findBatch(db, args.batchId)
  if (!batch) throw notFound(`Perubahan (id ${args.batchId}) tidak ditemukan.`)
  if (batch.undoneAt) throw new ServiceError('CONFLICT', 'Perubahan ini sudah dibatalkan.')
  const { touched } = replay(db, batch, 'undo')
  return summarizeBatch(db, batch.id, `Dibatalkan: ${batch.description}`, touched.size)
}
