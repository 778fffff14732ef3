import type Database from 'better-sqlite3'
import type { TargetValue } from '../../../shared/domain'
import type { WarnedRow } from '../../../shared/planWarnings'
import { safeRupiah } from './money'

type Db = Database.Database

export interface LevelCounts {
  program: number
  kegiatan: number
  subKegiatan: number
  perangkatDaerah: number
  perangkatDaerahTotal: number
  perangkatDaerahUnchecked: number
}

export function countRows(db: Db, periodId: number): LevelCounts {
  const byLevel = db.prepare('SELECT level, COUNT(*) AS n FROM plan_row WHERE rpjmd_period_id = ? GROUP BY level').all(periodId) as Array<{
    level: string
    n: number
  }>
  const count = (level: string) => byLevel.find((row) => row.level === level)?.n ?? 0
  const pd = db
    .prepare(
      `SELECT COUNT(*) AS total, SUM(from_starting_list) AS unchecked,
         SUM(EXISTS (SELECT 1 FROM plan_row r WHERE r.perangkat_daerah_id = p.id AND r.rpjmd_period_id = ? AND r.level = 'program')) AS withProgram
       FROM perangkat_daerah p`
    )
    .get(periodId) as { total: number; unchecked: number | null; withProgram: number | null }
  return {
    program: count('program'),
    kegiatan: count('kegiatan'),
    subKegiatan: count('sub_kegiatan'),
    perangkatDaerah: pd.withProgram ?? 0,
    perangkatDaerahTotal: pd.total,
    perangkatDaerahUnchecked: pd.unchecked ?? 0
  }
}

/** Whole Rupiah entered per year on every row of the plan (each row's own pagu, once). */
export function paguByYear(db: Db, periodId: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT p.year, SUM(p.amount) AS total FROM plan_row_pagu p JOIN plan_row r ON r.id = p.plan_row_id
       WHERE r.rpjmd_period_id = ? GROUP BY p.year`
    )
    .safeIntegers(true)
    .all(periodId) as Array<{ year: bigint; total: bigint }>
  return new Map(rows.map((row) => [Number(row.year), safeRupiah(row.total)]))
}

export function countSasaran(db: Db, periodId: number): { total: number; withProgram: number } {
  return db
    .prepare(
      `SELECT COUNT(*) AS total,
         SUM(EXISTS (SELECT 1 FROM plan_row_sasaran l JOIN plan_row r ON r.id = l.plan_row_id WHERE l.sasaran_id = s.id AND r.rpjmd_period_id = @periodId)) AS withProgram
       FROM sasaran s JOIN misi m ON m.id = s.misi_id WHERE m.rpjmd_period_id = @periodId`
    )
    .get({ periodId }) as { total: number; withProgram: number | null } as { total: number; withProgram: number }
}

export interface SubKegiatanForWarnings extends WarnedRow {
  /** Linked to a sasaran itself, or through its kegiatan or program. */
  servesSasaran: boolean
}

/** Every sub kegiatan with what the warning rules read: its pagu, targets and whether it serves a sasaran. */
export function subKegiatanForWarnings(db: Db, periodId: number): SubKegiatanForWarnings[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.code,
         EXISTS (SELECT 1 FROM plan_row_sasaran l WHERE l.plan_row_id IN (r.id, k.id, k.parent_id)) AS servesSasaran
       FROM plan_row r JOIN plan_row k ON k.id = r.parent_id
       WHERE r.rpjmd_period_id = ? AND r.level = 'sub_kegiatan' ORDER BY r.id`
    )
    .all(periodId) as Array<{ id: number; code: string; servesSasaran: number }>
  const byId = new Map<number, SubKegiatanForWarnings>(
    rows.map((row) => [row.id, { id: row.id, code: row.code, level: 'sub_kegiatan', pagu: {}, targets: {}, servesSasaran: row.servesSasaran === 1 }])
  )
  const pagu = db
    .prepare(
      `SELECT p.plan_row_id AS id, p.year, p.amount FROM plan_row_pagu p JOIN plan_row r ON r.id = p.plan_row_id
       WHERE r.rpjmd_period_id = ? AND r.level = 'sub_kegiatan'`
    )
    .all(periodId) as Array<{ id: number; year: number; amount: number }>
  for (const row of pagu) {
    const target = byId.get(row.id)
    if (target) target.pagu[row.year] = row.amount
  }
  const targets = db
    .prepare(
      `SELECT t.plan_row_id AS id, t.year, t.value_number AS number, t.value_text AS text FROM plan_row_target t JOIN plan_row r ON r.id = t.plan_row_id
       WHERE r.rpjmd_period_id = ? AND r.level = 'sub_kegiatan'`
    )
    .all(periodId) as Array<{ id: number; year: number; number: number | null; text: string | null }>
  for (const row of targets) {
    const target = byId.get(row.id)
    if (target) target.targets[row.year] = (row.number ?? row.text) as TargetValue
  }
  return [...byId.values()]
}

export function lastChange(db: Db): { at: string; osUser: string; description: string; undone: boolean } | null {
  const row = db
    .prepare(
      `SELECT MAX(created_at, COALESCE(undone_at, '')) AS at, os_user AS osUser, description, undone_at IS NOT NULL AS undone FROM change_batch
       ORDER BY at DESC, id DESC LIMIT 1`
    )
    .get() as { at: string; osUser: string; description: string; undone: number } | undefined
  return row ? { ...row, undone: row.undone === 1 } : null
}
