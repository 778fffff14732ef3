import type Database from 'better-sqlite3'
import type { ProgramRow } from '../../../shared/domain'
import { safeRupiah } from './money'

type Db = Database.Database

interface PlanRowRecord {
  id: number
  perangkat_daerah_id: number
  code: string
  name: string
}

export interface ProgramFields {
  perangkatDaerahId: number
  code: string
  name: string
}

function assemble(db: Db, rows: PlanRowRecord[]): ProgramRow[] {
  const ids = JSON.stringify(rows.map((row) => row.id))
  const pagu = db
    .prepare(
      `SELECT plan_row_id, year, amount FROM plan_row_pagu
       WHERE plan_row_id IN (SELECT value FROM json_each(?))`
    )
    .safeIntegers(true)
    .all(ids) as Array<{ plan_row_id: bigint; year: bigint; amount: bigint }>
  const links = db
    .prepare(
      `SELECT l.plan_row_id, l.sasaran_id FROM plan_row_sasaran l
       JOIN sasaran s ON s.id = l.sasaran_id JOIN misi m ON m.id = s.misi_id
       WHERE l.plan_row_id IN (SELECT value FROM json_each(?)) ORDER BY m.number, s.number`
    )
    .all(ids) as Array<{ plan_row_id: number; sasaran_id: number }>
  const byId = new Map<number, ProgramRow>()
  const programs = rows.map((row) => {
    const program: ProgramRow = {
      id: row.id,
      perangkatDaerahId: row.perangkat_daerah_id,
      code: row.code,
      name: row.name,
      pagu: {},
      sasaranIds: []
    }
    byId.set(row.id, program)
    return program
  })
  for (const entry of pagu) {
    const program = byId.get(Number(entry.plan_row_id))
    if (program) program.pagu[Number(entry.year)] = safeRupiah(entry.amount)
  }
  for (const link of links) byId.get(link.plan_row_id)?.sasaranIds.push(link.sasaran_id)
  return programs
}

const PROGRAM_SELECT = `SELECT id, perangkat_daerah_id, code, name FROM plan_row WHERE level = 'program'`

export function listPrograms(db: Db, periodId: number): ProgramRow[] {
  const rows = db
    .prepare(`${PROGRAM_SELECT} AND rpjmd_period_id = ? ORDER BY perangkat_daerah_id, code, id`)
    .all(periodId) as PlanRowRecord[]
  return assemble(db, rows)
}

export function findProgram(db: Db, programId: number): ProgramRow | undefined {
  const rows = db.prepare(`${PROGRAM_SELECT} AND id = ?`).all(programId) as PlanRowRecord[]
  return assemble(db, rows)[0]
}

export function findProgramByCode(db: Db, periodId: number, perangkatDaerahId: number, code: string) {
  return db
    .prepare(`${PROGRAM_SELECT} AND rpjmd_period_id = ? AND perangkat_daerah_id = ? AND code = ?`)
    .get(periodId, perangkatDaerahId, code) as PlanRowRecord | undefined
}

export function insertProgram(db: Db, periodId: number, fields: ProgramFields): number {
  return Number(
    db
      .prepare(
        `INSERT INTO plan_row (rpjmd_period_id, perangkat_daerah_id, level, code, name)
         VALUES (?, ?, 'program', ?, ?)`
      )
      .run(periodId, fields.perangkatDaerahId, fields.code, fields.name).lastInsertRowid
  )
}

export function updateProgramFields(db: Db, programId: number, fields: Partial<ProgramFields>): void {
  const current = findProgram(db, programId)
  if (!current) return
  db.prepare('UPDATE plan_row SET perangkat_daerah_id = ?, code = ?, name = ? WHERE id = ?').run(
    fields.perangkatDaerahId ?? current.perangkatDaerahId,
    fields.code ?? current.code,
    fields.name ?? current.name,
    programId
  )
}

export function writePagu(db: Db, planRowId: number, pagu: Array<{ year: number; amount: number }>): void {
  const upsert = db.prepare(
    `INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)
     ON CONFLICT (plan_row_id, year) DO UPDATE SET amount = excluded.amount`
  )
  for (const { year, amount } of pagu) upsert.run(planRowId, year, amount)
}

export function removeProgram(db: Db, programId: number): boolean {
  return db.prepare(`DELETE FROM plan_row WHERE id = ? AND level = 'program'`).run(programId).changes > 0
}

export function insertLink(db: Db, planRowId: number, sasaranId: number): void {
  db.prepare('INSERT OR IGNORE INTO plan_row_sasaran (plan_row_id, sasaran_id) VALUES (?, ?)').run(planRowId, sasaranId)
}

export function removeLink(db: Db, planRowId: number, sasaranId: number): void {
  db.prepare('DELETE FROM plan_row_sasaran WHERE plan_row_id = ? AND sasaran_id = ?').run(planRowId, sasaranId)
}
