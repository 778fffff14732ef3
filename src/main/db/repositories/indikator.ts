import type Database from 'better-sqlite3'
import type { Indikator, TargetValue } from '../../../shared/domain'

type Db = Database.Database

interface IndikatorRow {
  id: number
  sasaran_id: number
  name: string
  satuan: string
}

function loadValues(db: Db, ids: number[]): Map<number, Record<number, TargetValue>> {
  const byIndikator = new Map<number, Record<number, TargetValue>>()
  if (ids.length === 0) return byIndikator
  const rows = db
    .prepare(
      `SELECT indikator_id, year, value_number, value_text FROM indikator_value
       WHERE indikator_id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(ids)) as Array<{
    indikator_id: number
    year: number
    value_number: number | null
    value_text: string | null
  }>
  for (const row of rows) {
    const values = byIndikator.get(row.indikator_id) ?? {}
    values[row.year] = row.value_number ?? (row.value_text as string)
    byIndikator.set(row.indikator_id, values)
  }
  return byIndikator
}

function toIndikator(row: IndikatorRow, values: Record<number, TargetValue> = {}): Indikator {
  return { id: row.id, sasaranId: row.sasaran_id, name: row.name, satuan: row.satuan, values }
}

export function listIndikatorBySasaran(db: Db, sasaranId: number): Indikator[] {
  const rows = db.prepare('SELECT id, sasaran_id, name, satuan FROM indikator WHERE sasaran_id = ? ORDER BY position, id').all(sasaranId) as IndikatorRow[]
  const values = loadValues(
    db,
    rows.map((row) => row.id)
  )
  return rows.map((row) => toIndikator(row, values.get(row.id)))
}

export function findIndikator(db: Db, indikatorId: number): Indikator | undefined {
  const row = db.prepare('SELECT id, sasaran_id, name, satuan FROM indikator WHERE id = ? AND sasaran_id IS NOT NULL').get(indikatorId) as
    IndikatorRow | undefined
  return row && toIndikator(row, loadValues(db, [row.id]).get(row.id))
}

export function insertIndikator(db: Db, sasaranId: number, name: string, satuan: string): number {
  const position = db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM indikator WHERE sasaran_id = ?').get(sasaranId) as { next: number }
  return Number(
    db.prepare('INSERT INTO indikator (sasaran_id, position, name, satuan) VALUES (?, ?, ?, ?)').run(sasaranId, position.next, name, satuan).lastInsertRowid
  )
}

/** Replaces name, satuan and the given years' values; a null value clears that year. */
export function writeIndikator(db: Db, indikatorId: number, name: string, satuan: string, values: Array<{ year: number; value: TargetValue | null }>): void {
  db.prepare('UPDATE indikator SET name = ?, satuan = ? WHERE id = ?').run(name, satuan, indikatorId)
  const upsert = db.prepare(
    `INSERT INTO indikator_value (indikator_id, year, value_number, value_text) VALUES (?, ?, ?, ?)
     ON CONFLICT (indikator_id, year) DO UPDATE SET value_number = excluded.value_number, value_text = excluded.value_text`
  )
  const remove = db.prepare('DELETE FROM indikator_value WHERE indikator_id = ? AND year = ?')
  for (const { year, value } of values) {
    if (value === null) remove.run(indikatorId, year)
    else if (typeof value === 'number') upsert.run(indikatorId, year, value, null)
    else upsert.run(indikatorId, year, null, value)
  }
}

export function removeIndikator(db: Db, indikatorId: number): boolean {
  return db.prepare('DELETE FROM indikator WHERE id = ?').run(indikatorId).changes > 0
}
