import type Database from 'better-sqlite3'
import { prepared } from '../statements'
import {
  PRINT_SETTING_COLUMNS,
  readPrintSettingValue,
  restoreSignatory,
  signatorySnapshot,
  writePrintSettingValue,
  type PrintSettingColumn
} from './printSettings'
import { readSnapshot, removeSnapshotRow, restoreSnapshot } from './rowSnapshots'

type Db = Database.Database
export type ChangeValue = string | number | null

export type ChangeTable =
  | 'plan_row'
  | 'rpjmd_period'
  | 'plan_row_pagu'
  | 'plan_row_target'
  | 'plan_row_lokasi'
  | 'plan_row_sumber_dana'
  | 'plan_row_sasaran'
  | 'plan_row_snapshot'
  | 'print_setting'
  | 'signatory'

/** Entries about plan rows, shown in the Riwayat of the row they name. */
export const ROW_TABLES: readonly ChangeTable[] = [
  'plan_row',
  'plan_row_pagu',
  'plan_row_target',
  'plan_row_lokasi',
  'plan_row_sumber_dana',
  'plan_row_sasaran',
  'plan_row_snapshot'
]

/** One field of one row before and after a change; pagu and targets use the year as field. */
export interface ChangeEntry {
  tableName: ChangeTable
  rowId: number
  field: string
  oldValue: ChangeValue
  newValue: ChangeValue
}

interface Accessor {
  read: (db: Db, rowId: number, field: string) => ChangeValue | undefined
  write: (db: Db, rowId: number, field: string, value: ChangeValue) => void
}

// Only these columns are ever written from the log: it is data, never SQL.
const COLUMNS: Record<'plan_row' | 'rpjmd_period', readonly string[]> = {
  plan_row: ['code', 'name', 'name_override', 'indikator_override', 'satuan_override', 'perangkat_daerah_id'],
  rpjmd_period: ['nomenklatur_version_id']
}

function columnAccessor(table: 'plan_row' | 'rpjmd_period'): Accessor {
  const check = (field: string) => {
    if (!COLUMNS[table].includes(field)) throw new Error(`field ${table}.${field} is not in the change log`)
  }
  return {
    read(db, rowId, field) {
      check(field)
      const row = prepared(db, `SELECT ${field} AS value FROM ${table} WHERE id = ?`).get(rowId) as { value: ChangeValue } | undefined
      return row ? row.value : undefined
    },
    write(db, rowId, field, value) {
      check(field)
      prepared(db, `UPDATE ${table} SET ${field} = ? WHERE id = ?`).run(value, rowId)
    }
  }
}

const rowExists = (db: Db, rowId: number) => prepared(db, 'SELECT 1 FROM plan_row WHERE id = ?').get(rowId) !== undefined

/** A set of ids per row (lokasi, sumber dana), logged as JSON of the sorted ids. */
function idSetAccessor(table: 'plan_row_lokasi' | 'plan_row_sumber_dana', column: 'lokasi_id' | 'reference_item_id'): Accessor {
  return {
    read(db, rowId) {
      if (!rowExists(db, rowId)) return undefined
      const ids = (prepared(db, `SELECT ${column} AS id FROM ${table} WHERE plan_row_id = ? ORDER BY ${column}`).all(rowId) as Array<{ id: number }>).map(
        (row) => row.id
      )
      return JSON.stringify(ids)
    },
    write(db, rowId, _field, value) {
      prepared(db, `DELETE FROM ${table} WHERE plan_row_id = ?`).run(rowId)
      const insert = prepared(db, `INSERT INTO ${table} (plan_row_id, ${column}) VALUES (?, ?)`)
      for (const id of JSON.parse(String(value ?? '[]')) as number[]) insert.run(rowId, id)
    }
  }
}

const isPrintSettingColumn = (field: string): field is PrintSettingColumn => (PRINT_SETTING_COLUMNS as readonly string[]).includes(field)

/** The print settings (one row, id 1): one entry per column changed. */
const printSettingAccessor: Accessor = {
  read(db, rowId, field) {
    if (!isPrintSettingColumn(field)) throw new Error(`field print_setting.${field} is not in the change log`)
    return rowId === 1 ? readPrintSettingValue(db, field) : undefined
  },
  write(db, _rowId, field, value) {
    if (!isPrintSettingColumn(field)) throw new Error(`field print_setting.${field} is not in the change log`)
    writePrintSettingValue(db, field, value)
  }
}

const ACCESSORS: Record<ChangeTable, Accessor> = {
  print_setting: printSettingAccessor,
  // A signatory whole (field 'row'): its JSON while it exists, null while it does not; an edit is old JSON -> new JSON.
  signatory: {
    read: (db, rowId) => signatorySnapshot(db, rowId),
    write: (db, rowId, _field, value) => restoreSignatory(db, rowId, value === null ? null : String(value))
  },
  // Whole rows (add, delete): the value is the row's snapshot as JSON, null while it does not exist.
  plan_row_snapshot: {
    read: (db, rowId) => readSnapshot(db, rowId),
    write(db, rowId, _field, value) {
      if (value === null) removeSnapshotRow(db, rowId)
      else restoreSnapshot(db, String(value))
    }
  },
  // One sasaran link per entry (field: the sasaran id): 1 while linked, null while not.
  plan_row_sasaran: {
    read(db, rowId, sasaranId) {
      if (!rowExists(db, rowId)) return undefined
      return prepared(db, 'SELECT 1 FROM plan_row_sasaran WHERE plan_row_id = ? AND sasaran_id = ?').get(rowId, Number(sasaranId)) ? 1 : null
    },
    write(db, rowId, sasaranId, value) {
      if (value === null) prepared(db, 'DELETE FROM plan_row_sasaran WHERE plan_row_id = ? AND sasaran_id = ?').run(rowId, Number(sasaranId))
      else prepared(db, 'INSERT OR IGNORE INTO plan_row_sasaran (plan_row_id, sasaran_id) VALUES (?, ?)').run(rowId, Number(sasaranId))
    }
  },
  plan_row_lokasi: idSetAccessor('plan_row_lokasi', 'lokasi_id'),
  plan_row_sumber_dana: idSetAccessor('plan_row_sumber_dana', 'reference_item_id'),
  plan_row: columnAccessor('plan_row'),
  rpjmd_period: columnAccessor('rpjmd_period'),
  // A pagu with no row reads as null: "not entered".
  plan_row_pagu: {
    read(db, rowId, year) {
      if (!rowExists(db, rowId)) return undefined
      const row = prepared(db, 'SELECT amount FROM plan_row_pagu WHERE plan_row_id = ? AND year = ?').get(rowId, Number(year)) as { amount: number } | undefined
      return row ? row.amount : null
    },
    write(db, rowId, year, value) {
      if (value === null) prepared(db, 'DELETE FROM plan_row_pagu WHERE plan_row_id = ? AND year = ?').run(rowId, Number(year))
      else
        prepared(
          db,
          `INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)
           ON CONFLICT (plan_row_id, year) DO UPDATE SET amount = excluded.amount`
        ).run(rowId, Number(year), value)
    }
  },
  plan_row_target: {
    read(db, rowId, year) {
      if (!rowExists(db, rowId)) return undefined
      const row = prepared(db, 'SELECT value_number, value_text FROM plan_row_target WHERE plan_row_id = ? AND year = ?').get(rowId, Number(year)) as
        { value_number: number | null; value_text: string | null } | undefined
      return row ? (row.value_number ?? row.value_text) : null
    },
    write(db, rowId, year, value) {
      if (value === null) prepared(db, 'DELETE FROM plan_row_target WHERE plan_row_id = ? AND year = ?').run(rowId, Number(year))
      else
        prepared(
          db,
          `INSERT INTO plan_row_target (plan_row_id, year, value_number, value_text) VALUES (?, ?, ?, ?)
           ON CONFLICT (plan_row_id, year) DO UPDATE SET value_number = excluded.value_number, value_text = excluded.value_text`
        ).run(rowId, Number(year), typeof value === 'number' ? value : null, typeof value === 'string' ? value : null)
    }
  }
}

export function readValue(db: Db, entry: Pick<ChangeEntry, 'tableName' | 'rowId' | 'field'>): ChangeValue | undefined {
  return ACCESSORS[entry.tableName].read(db, entry.rowId, entry.field)
}

export function writeValue(db: Db, entry: Pick<ChangeEntry, 'tableName' | 'rowId' | 'field'>, value: ChangeValue): void {
  ACCESSORS[entry.tableName].write(db, entry.rowId, entry.field, value)
}

/** How a batch keeps its entries: [table, row id, field, old value, new value], in the order written. */
type StoredEntry = [ChangeTable, number, string, ChangeValue, ChangeValue]

const ROW_TABLE_SET: ReadonlySet<string> = new Set(ROW_TABLES)

/** Whether an entry is about a plan row (its id is a plan_row id); print settings and signatories are not. */
export const isPlanRowEntry = (entry: Pick<ChangeEntry, 'tableName'>): boolean => ROW_TABLE_SET.has(entry.tableName)

function toStored(entries: ChangeEntry[]): string {
  return JSON.stringify(entries.map((entry): StoredEntry => [entry.tableName, entry.rowId, entry.field, entry.oldValue, entry.newValue]))
}

function fromStored(body: string): ChangeEntry[] {
  return (JSON.parse(body) as StoredEntry[]).map(([tableName, rowId, field, oldValue, newValue]) => ({ tableName, rowId, field, oldValue, newValue }))
}

/** Per plan row, where its entries are in the batch: the Riwayat of a row reads only those. */
function indexRows(db: Db, batchId: number, entries: ChangeEntry[]): void {
  const positions = new Map<number, number[]>()
  entries.forEach((entry, position) => {
    if (!ROW_TABLE_SET.has(entry.tableName)) return
    const own = positions.get(entry.rowId)
    if (own) own.push(position)
    else positions.set(entry.rowId, [position])
  })
  const insert = prepared(db, 'INSERT INTO change_row (row_id, batch_id, positions) VALUES (?, ?, ?)')
  for (const [rowId, list] of positions) insert.run(rowId, batchId, JSON.stringify(list))
}

export function recordBatch(db: Db, batch: { osUser: string; kind: string; description: string; entries: ChangeEntry[] }): number {
  const batchId = Number(
    prepared(db, 'INSERT INTO change_batch (os_user, kind, description, entries) VALUES (?, ?, ?, jsonb(?))').run(
      batch.osUser,
      batch.kind,
      batch.description,
      toStored(batch.entries)
    ).lastInsertRowid
  )
  indexRows(db, batchId, batch.entries)
  return batchId
}

/** Moves the entries of one batch to the end of another and drops the emptied batch (one paste, one step). */
export function moveEntries(db: Db, fromBatchId: number, intoBatchId: number): void {
  const moved = batchEntries(db, fromBatchId)
  const kept = batchEntries(db, intoBatchId)
  const entries = [...kept, ...moved]
  db.prepare('UPDATE change_batch SET entries = jsonb(?) WHERE id = ?').run(toStored(entries), intoBatchId)
  // The joined batch is indexed again; the dropped one's index rows go with it.
  db.prepare('DELETE FROM change_row WHERE batch_id = ?').run(intoBatchId)
  indexRows(db, intoBatchId, entries)
  db.prepare('DELETE FROM change_batch WHERE id = ?').run(fromBatchId)
}

export interface BatchRecord {
  id: number
  kind: string
  description: string
  undoneAt: string | null
}

const BATCH_SELECT = 'SELECT id, kind, description, undone_at AS undoneAt FROM change_batch'

export function findBatch(db: Db, batchId: number): BatchRecord | undefined {
  return db.prepare(`${BATCH_SELECT} WHERE id = ?`).get(batchId) as BatchRecord | undefined
}

/** The newest change still in force: what Ctrl+Z undoes. */
export function latestActiveBatch(db: Db): BatchRecord | undefined {
  return db.prepare(`${BATCH_SELECT} WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`).get() as BatchRecord | undefined
}

/** The change Ctrl+Y redoes: the last one undone, as long as nothing newer was done since. */
export function nextRedoBatch(db: Db): BatchRecord | undefined {
  return db
    .prepare(
      `${BATCH_SELECT} WHERE undone_at IS NOT NULL
         AND id > COALESCE((SELECT MAX(id) FROM change_batch WHERE undone_at IS NULL), 0)
       ORDER BY id ASC LIMIT 1`
    )
    .get() as BatchRecord | undefined
}

export function batchEntries(db: Db, batchId: number): ChangeEntry[] {
  const row = prepared(db, 'SELECT json(entries) AS entries FROM change_batch WHERE id = ?').get(batchId) as { entries: string } | undefined
  return row ? fromStored(row.entries) : []
}

export function setUndone(db: Db, batchId: number, undone: boolean): void {
  if (undone) db.prepare(`UPDATE change_batch SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(batchId)
  else db.prepare('UPDATE change_batch SET undone_at = NULL WHERE id = ?').run(batchId)
}

/** Everything recorded about one plan row, newest first: only its own entries of each batch are read. */
export function entriesAboutRow(db: Db, planRowId: number): LoggedRowEntry[] {
  const rows = prepared(
    db,
    `SELECT b.id AS batchId, b.created_at AS at, b.os_user AS osUser, b.description, b.undone_at IS NOT NULL AS undone,
            b.entries -> ('$[' || p.value || ']') AS entry
     FROM change_row r JOIN change_batch b ON b.id = r.batch_id JOIN json_each(r.positions) p
     WHERE r.row_id = ?
     ORDER BY b.id DESC, p.key DESC LIMIT 500`
  ).all(planRowId) as Array<Omit<LoggedRowEntry, 'tableName' | 'field' | 'oldValue' | 'newValue'> & { entry: string }>
  return rows.map(({ entry, ...batch }) => {
    const [tableName, , field, oldValue, newValue] = JSON.parse(entry) as StoredEntry
    return { ...batch, tableName, field, oldValue, newValue }
  })
}

export interface LoggedRowEntry {
  batchId: number
  at: string
  osUser: string
  description: string
  undone: number
  tableName: ChangeTable
  field: string
  oldValue: ChangeValue
  newValue: ChangeValue
}
