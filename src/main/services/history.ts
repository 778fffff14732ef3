import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../shared/contract'
import type { PlanRow } from '../../shared/domain'
import * as changeLog from '../db/repositories/changeLog'
import { listSubtrees, rootIdsOf } from '../db/repositories/planRows'
import { ServiceError, notFound } from './errors'
import { loadPlanContext, toPlanRows, type PlanContext } from './planContext'
import { replayRowEntry, rowHistoryLine } from './rowHistory'
import { savedValues } from './savedValues'
import { summary } from './versionSwitch'
import type { EditResult } from '../../shared/edits'
import type { ChangeBatchResult, HistoryEntry, UndoState } from '../../shared/changeLog'

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
      if (entry.tableName !== 'rpjmd_period') touched.add(entry.rowId)
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
  if (values) return { batchId: batch.id, description, rows: [], values }
  const result: EditResult = { batchId: batch.id, description, rows: rowsAndAncestors(db, replayed.touched) }
  if (replayed.removedIds.length > 0) result.removedIds = replayed.removedIds
  return result
}

/** The touched rows and every row above them, as fresh values for the grid. */
export function rowsAndAncestors(db: Db, ids: Iterable<number>, context: PlanContext = loadPlanContext(db)): PlanRow[] {
  // Only the programs concerned, with everything below them: enough for their totals.
  const all = toPlanRows(listSubtrees(db, rootIdsOf(db, [...ids])), context)
  const byId = new Map(all.map((row) => [row.id, row]))
  const result = new Map<number, PlanRow>()
  for (const id of ids) {
    for (let row = byId.get(id); row && !result.has(row.id); row = row.parentId === null ? undefined : byId.get(row.parentId)) result.set(row.id, row)
  }
  return [...result.values()]
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

/** Undo of one named change (the version-switch dialog offers it right after applying). */
export function undoChangeBatch(db: Db, args: ValidArgs<'undoChangeBatch'>): ChangeBatchResult {
  const batch = changeLog.findBatch(db, args.batchId)
  if (!batch) throw notFound(`Perubahan (id ${args.batchId}) tidak ditemukan.`)
  if (batch.undoneAt) throw new ServiceError('CONFLICT', 'Perubahan ini sudah dibatalkan.')
  const { touched } = replay(db, batch, 'undo')
  return summary(db, batch.id, `Dibatalkan: ${batch.description}`, touched.size)
}

const FIELD_LABELS: Record<string, string> = {
  code: 'Kode',
  name: 'Nama (nomenklatur)',
  name_override: 'Nama',
  indikator_override: 'Indikator',
  satuan_override: 'Satuan',
  perangkat_daerah_id: 'Perangkat daerah'
}

const TABLE_LABELS: Record<string, (field: string) => string> = {
  plan_row_pagu: (year) => `Pagu ${year}`,
  plan_row_target: (year) => `Target ${year}`,
  plan_row_lokasi: () => 'Lokasi',
  plan_row_sumber_dana: () => 'Sumber dana'
}

export function listHistory(db: Db, args: ValidArgs<'listHistory'>): HistoryEntry[] {
  return changeLog.rowHistory(db, args.planRowId).map((entry) => ({
    batchId: entry.batchId,
    at: entry.at,
    osUser: entry.osUser,
    description: entry.description,
    undone: entry.undone === 1,
    ...(rowHistoryLine(db, entry) ?? {
      fieldLabel: TABLE_LABELS[entry.tableName]?.(entry.field) ?? FIELD_LABELS[entry.field] ?? entry.field,
      oldValue: entry.oldValue,
      newValue: entry.newValue
    })
  }))
}
