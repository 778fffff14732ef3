import type Database from 'better-sqlite3'
import type { PlanLevel } from '../../../shared/domain'
import * as changeLog from '../../db/repositories/changeLog'
import { childCount, findRowByCode } from '../../db/repositories/planRows'
import { parseSnapshot, readSnapshot, subtreeDeepestFirst, type RowSnapshot } from '../../db/repositories/rowSnapshots'
import { ServiceError } from '../errors'
import { capitalize, LEVEL_LABEL, osUser } from '../common'

// Adding and deleting plan rows, and linking them to sasaran, as steps of the change log.
// A row's existence is one entry ('plan_row_snapshot', field 'row'): its full snapshot
// while it exists, null while it does not. A creation logs null -> snapshot, a deletion
// snapshot -> null, one entry per row. Undo and redo then run like any cell change: the
// value found must still be what the change left, or nothing is written.

type Db = Database.Database
export const SNAPSHOT = 'plan_row_snapshot' as const

const rowEntry = (db: Db, id: number, created: boolean): changeLog.ChangeEntry => {
  const snapshot = readSnapshot(db, id)
  if (snapshot === null) throw new Error(`plan row ${id} is not there to record`)
  return { tableName: SNAPSHOT, rowId: id, field: 'row', oldValue: created ? null : snapshot, newValue: created ? snapshot : null }
}

/**
 * Records rows just created (parents before children, as they were inserted) as one step;
 * cell changes moved into the batch afterwards are undone before the rows go.
 */
export function recordCreatedRows(db: Db, ids: number[], description: string): number {
  const entries = ids.map((id) => rowEntry(db, id, true))
  return changeLog.recordBatch(db, { osUser: osUser(), kind: 'rows:create', description, entries })
}

/**
 * Deletes a row with everything below it, recorded as one step with a snapshot of every
 * deleted row, deepest first: undo (which runs the entries backwards) puts parents back
 * before their children, with their own ids, so older log entries about them stay valid.
 */
/** Deletes a row and everything below it as one step; returns the ids of every deleted row. */
export function deleteRowRecorded(db: Db, row: { id: number; level: PlanLevel; code: string }): number[] {
  return db.transaction(() => {
    const ids = subtreeDeepestFirst(db, row.id)
    const entries = ids.map((id) => rowEntry(db, id, false))
    const below = ids.length - 1
    const description = `Hapus ${LEVEL_LABEL[row.level]} ${row.code}${below > 0 ? ` beserta ${below} baris di bawahnya` : ''}`
    changeLog.recordBatch(db, { osUser: osUser(), kind: 'rows:delete', description, entries })
    for (const entry of entries) changeLog.writeValue(db, entry, null)
    return ids
  })()
}

/** Links or unlinks one sasaran as one step; nothing is recorded when nothing changes. */
export function setSasaranLink(db: Db, row: { id: number; level: PlanLevel; code: string }, sasaran: { id: number; label: string }, linked: boolean): void {
  const entry: changeLog.ChangeEntry = { tableName: 'plan_row_sasaran', rowId: row.id, field: String(sasaran.id), oldValue: null, newValue: linked ? 1 : null }
  entry.oldValue = changeLog.readValue(db, entry) ?? null
  if (entry.oldValue === entry.newValue) return
  const description = linked
    ? `Kaitkan sasaran ${sasaran.label} ke ${LEVEL_LABEL[row.level]} ${row.code}`
    : `Lepas sasaran ${sasaran.label} dari ${LEVEL_LABEL[row.level]} ${row.code}`
  db.transaction(() => {
    changeLog.writeValue(db, entry, entry.newValue)
    changeLog.recordBatch(db, { osUser: osUser(), kind: linked ? 'sasaran:link' : 'sasaran:unlink', description, entries: [entry] })
  })()
}

const rowName = (snapshot: RowSnapshot) => `${(LEVEL_LABEL as Record<string, string>)[String(snapshot.row.level)] ?? 'baris'} ${String(snapshot.row.code)}`

/** Why a row cannot be removed or put back now, or null when it can. */
function refusal(db: Db, entry: changeLog.ChangeEntry, expected: changeLog.ChangeValue, target: changeLog.ChangeValue): string | null {
  const current = readSnapshot(db, entry.rowId)
  const known = parseSnapshot(String(expected ?? target))
  const what = rowName(known)
  if (target === null) {
    // Removing a row that exists: only as it was left, and only with nothing below it
    // (rows of the same step below it were removed before it, deepest first).
    if (current === null) return `${capitalize(what)} sudah dihapus; perubahan ini tidak dapat dibatalkan atau diulang.`
    if (current !== expected)
      return `${capitalize(what)} sudah diubah sesudah perubahan ini; membatalkan atau mengulangnya akan menghapus isian itu. Batalkan dulu perubahan yang lebih baru.`
    if (childCount(db, entry.rowId) > 0) return `${capitalize(what)} sekarang punya baris di bawahnya; baris itu harus dihapus dulu.`
    return null
  }
  // Putting a row back: its id must be free, its parent there, and its code not taken since.
  if (current !== null) return `${capitalize(what)} (id ${entry.rowId}) sudah ada; perubahan ini tidak dapat dibatalkan atau diulang.`
  const row = known.row
  if (row.parent_id !== null && !db.prepare('SELECT 1 FROM plan_row WHERE id = ?').get(row.parent_id))
    return `Baris induk ${what} sudah dihapus; baris ini tidak dapat dikembalikan.`
  if (findRowByCode(db, Number(row.rpjmd_period_id), Number(row.perangkat_daerah_id), known.row.level as PlanLevel, String(row.code))) {
    return `${capitalize(what)} sudah ada lagi pada perangkat daerah yang sama; baris ini tidak dapat dikembalikan.`
  }
  return null
}

/**
 * Removes or puts back one row during undo / redo (inside replay's transaction). Returns
 * the rows whose totals change: the row itself and its parent.
 */
export function replayRowEntry(db: Db, entry: changeLog.ChangeEntry, expected: changeLog.ChangeValue, target: changeLog.ChangeValue): number[] {
  const reason = refusal(db, entry, expected, target)
  if (reason) throw new ServiceError('CONFLICT', reason)
  try {
    changeLog.writeValue(db, entry, target)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw error
    const what = rowName(parseSnapshot(String(expected ?? target)))
    // A perangkat daerah, sasaran, lokasi or sumber dana the row refers to was deleted since.
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
      throw new ServiceError('CONFLICT', `Data yang dirujuk ${what} sudah dihapus dari Data Induk; baris ini tidak dapat dikembalikan.`)
    throw new ServiceError('CONFLICT', `${capitalize(what)} bertentangan dengan data sekarang; perubahan ini tidak dapat dibatalkan atau diulang.`)
  }
  const parentId = parseSnapshot(String(expected ?? target)).row.parent_id
  return parentId === null ? [entry.rowId] : [entry.rowId, Number(parentId)]
}
