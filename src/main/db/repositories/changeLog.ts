import type Database from 'better-sqlite3'

type Db = Database.Database
type Value = string | number | null

export interface ChangeEntry {
  tableName: 'plan_row' | 'rpjmd_period'
  rowId: number
  field: string
  oldValue: Value
  newValue: Value
}

// Only these columns are ever written back by an undo: the log is data, not SQL.
const UNDOABLE: Record<ChangeEntry['tableName'], readonly string[]> = {
  plan_row: ['code', 'name', 'name_override', 'indikator_override', 'satuan_override', 'perangkat_daerah_id'],
  rpjmd_period: ['nomenklatur_version_id']
}

export function recordBatch(db: Db, batch: { osUser: string; kind: string; description: string; entries: ChangeEntry[] }): number {
  const batchId = Number(
    db.prepare('INSERT INTO change_batch (os_user, kind, description) VALUES (?, ?, ?)').run(batch.osUser, batch.kind, batch.description).lastInsertRowid
  )
  const insert = db.prepare('INSERT INTO change_entry (batch_id, table_name, row_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)')
  for (const entry of batch.entries) insert.run(batchId, entry.tableName, entry.rowId, entry.field, entry.oldValue, entry.newValue)
  return batchId
}

export function findBatch(db: Db, batchId: number) {
  return db.prepare('SELECT id, kind, description, undone_at AS undoneAt FROM change_batch WHERE id = ?').get(batchId) as
    | { id: number; kind: string; description: string; undoneAt: string | null }
    | undefined
}

export function batchEntries(db: Db, batchId: number): ChangeEntry[] {
  return db
    .prepare('SELECT table_name AS tableName, row_id AS rowId, field, old_value AS oldValue, new_value AS newValue FROM change_entry WHERE batch_id = ? ORDER BY id')
    .all(batchId) as ChangeEntry[]
}

export function isUndoable(entry: ChangeEntry): boolean {
  return UNDOABLE[entry.tableName]?.includes(entry.field) ?? false
}

export function readValue(db: Db, entry: ChangeEntry): Value | undefined {
  const row = db.prepare(`SELECT ${entry.field} AS value FROM ${entry.tableName} WHERE id = ?`).get(entry.rowId) as { value: Value } | undefined
  return row?.value
}

export function writeValue(db: Db, entry: ChangeEntry, value: Value): void {
  db.prepare(`UPDATE ${entry.tableName} SET ${entry.field} = ? WHERE id = ?`).run(value, entry.rowId)
}

export function markUndone(db: Db, batchId: number): void {
  db.prepare(`UPDATE change_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(batchId)
}
