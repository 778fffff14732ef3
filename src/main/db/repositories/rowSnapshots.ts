import type Database from 'better-sqlite3'

type Db = Database.Database
type Value = string | number | null
type Values = Record<string, Value>

/**
 * Everything stored about one plan row: all of its plan_row columns (id included) and its
 * rows in every table that references plan_row. Its children are rows of their own with
 * their own snapshots. Stored as JSON in the change log (a batch entry of table 'plan_row_snapshot').
 */
export interface RowSnapshot {
  row: Values
  dependents: Record<string, Values[]>
}

interface Dependent {
  table: string
  /** The column that holds the plan row's id. */
  column: string
  columns: string[]
}

interface PlanRowSchema {
  rowColumns: string[]
  dependents: Dependent[]
}

const schemas = new WeakMap<Db, PlanRowSchema>()
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const columnsOf = (db: Db, table: string) =>
  (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{ name: string }>).map((column) => column.name)

/**
 * plan_row's columns and the tables that reference it, read from the schema itself so a
 * table added by a later migration is part of every snapshot without being named here.
 */
export function planRowSchema(db: Db): PlanRowSchema {
  const known = schemas.get(db)
  if (known) return known
  const references = db
    .prepare(
      `SELECT m.name AS tableName, f."from" AS columnName, f.on_delete AS onDelete
       FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'plan_row' AND m.name <> 'plan_row' ORDER BY m.name`
    )
    .all() as Array<{ tableName: string; columnName: string; onDelete: string }>
  const dependents = references.map((reference) => {
    // A restore inserts these rows again; that is only right when the delete removed them.
    if (reference.onDelete !== 'CASCADE') throw new Error(`${reference.tableName} references plan_row without ON DELETE CASCADE`)
    return { table: reference.tableName, column: reference.columnName, columns: columnsOf(db, reference.tableName) }
  })
  const schema = { rowColumns: columnsOf(db, 'plan_row'), dependents }
  schemas.set(db, schema)
  return schema
}

// Money is INTEGER: read as BigInt and refused rather than rounded past 2^53.
function plain(record: Record<string, unknown>, columns: string[]): Values {
  const values: Values = {}
  for (const column of columns) {
    const value = record[column]
    if (typeof value === 'bigint') {
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
        throw new RangeError(`${column} ${value} exceeds the safe integer range`)
      values[column] = Number(value)
    } else if (value === null || typeof value === 'string' || typeof value === 'number') values[column] = value
    else throw new Error(`${column} holds a value a snapshot cannot keep`)
  }
  return values
}

/**
 * The row as canonical JSON (fixed key order, dependents sorted), or null when there is no
 * such row: two reads of an unchanged row give the same string, so a string comparison
 * tells whether it changed.
 */
export function readSnapshot(db: Db, id: number): string | null {
  const schema = planRowSchema(db)
  const row = db.prepare('SELECT * FROM plan_row WHERE id = ?').safeIntegers(true).get(id) as Record<string, unknown> | undefined
  if (!row) return null
  const snapshot: RowSnapshot = { row: plain(row, schema.rowColumns), dependents: {} }
  for (const dependent of schema.dependents) {
    const list = dependent.columns.map(quote).join(', ')
    const rows = db
      .prepare(`SELECT ${list} FROM ${quote(dependent.table)} WHERE ${quote(dependent.column)} = ? ORDER BY ${list}`)
      .safeIntegers(true)
      .all(id) as Array<Record<string, unknown>>
    snapshot.dependents[dependent.table] = rows.map((entry) => plain(entry, dependent.columns))
  }
  return JSON.stringify(snapshot)
}

export function parseSnapshot(json: string): RowSnapshot {
  return JSON.parse(json) as RowSnapshot
}

// Only columns the schema has are ever written from a snapshot: it is data, never SQL.
function insert(db: Db, table: string, allowed: string[], values: Values): void {
  const columns = Object.keys(values)
  const unknown = columns.find((column) => !allowed.includes(column))
  if (unknown) throw new Error(`snapshot column ${table}.${unknown} is not in the schema`)
  db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((column) => values[column])
  )
}

/** Puts a deleted row back with its own id and every dependent row. */
export function restoreSnapshot(db: Db, json: string): void {
  const schema = planRowSchema(db)
  const snapshot = parseSnapshot(json)
  insert(db, 'plan_row', schema.rowColumns, snapshot.row)
  for (const [table, rows] of Object.entries(snapshot.dependents)) {
    const dependent = schema.dependents.find((entry) => entry.table === table)
    if (!dependent) throw new Error(`snapshot table ${table} does not reference plan_row`)
    for (const values of rows) insert(db, table, dependent.columns, values)
  }
}

/** Deletes one row; its dependents go with it (ON DELETE CASCADE). */
export function removeSnapshotRow(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_row WHERE id = ?').run(id)
}

/** The row and every row below it, deepest first: the order to delete them in. */
export function subtreeDeepestFirst(db: Db, rootId: number): number[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE subtree(id, depth) AS (
           SELECT ?, 0 UNION ALL SELECT p.id, s.depth + 1 FROM plan_row p JOIN subtree s ON p.parent_id = s.id
         ) SELECT id FROM subtree ORDER BY depth DESC, id DESC`
      )
      .all(rootId) as Array<{ id: number }>
  ).map((row) => row.id)
}
