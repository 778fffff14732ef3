import type Database from 'better-sqlite3'
import type { TargetValue } from '../../../shared/domain'
import { withRowMisi } from './keselarasan'
import { safeRupiah } from './money'

type Db = Database.Database

/** Pagu of one program's rows that serve one sasaran or misi in one year (year null: it serves, with no pagu). */
export interface ServingPagu {
  programId: number
  targetId: number
  year: number | null
  amount: number
}

export interface ServingPaguTables {
  /** targetId = sasaran id. */
  bySasaran: ServingPagu[]
  /** targetId = misi id. */
  byMisi: ServingPagu[]
  /** targetId = 0: the program's rows that serve any sasaran. */
  linked: ServingPagu[]
}

// The program (top row) of every row, from the ancestry Keselarasan builds.
const ROW_PROGRAM = `row_program AS (
  SELECT a.row_id, a.ancestor_id AS program_id FROM temp.ks_ancestry a JOIN plan_row r ON r.id = a.ancestor_id WHERE r.parent_id IS NULL)`

type RawServing = { program_id: bigint; target_id: bigint; year: bigint | null; total: bigint | null }

const toServing = (rows: RawServing[]): ServingPagu[] =>
  rows.map((row) => ({
    programId: Number(row.program_id),
    targetId: Number(row.target_id),
    year: row.year === null ? null : Number(row.year),
    amount: safeRupiah(row.total)
  }))

/**
 * For every program, the pagu of its rows that serve each sasaran and each misi: a row serves
 * what it or any row above it links (the Keselarasan rule, read through the same tables), so a
 * program serves a sasaran also through a link on one of its kegiatan or sub kegiatan.
 */
export function readServingPagu(db: Db, periodId: number): ServingPaguTables {
  return withRowMisi(db, periodId, () => {
    const read = (sql: string) => toServing(db.prepare(sql).safeIntegers(true).all() as RawServing[])
    const bySasaran = read(
      `WITH row_sasaran AS (
         SELECT DISTINCT a.row_id, l.sasaran_id FROM temp.ks_ancestry a JOIN plan_row_sasaran l ON l.plan_row_id = a.ancestor_id),
       ${ROW_PROGRAM}
       SELECT rp.program_id, rs.sasaran_id AS target_id, p.year, SUM(p.amount) AS total
       FROM row_sasaran rs JOIN row_program rp ON rp.row_id = rs.row_id LEFT JOIN plan_row_pagu p ON p.plan_row_id = rs.row_id
       GROUP BY rp.program_id, rs.sasaran_id, p.year`
    )
    const byMisi = read(
      `WITH ${ROW_PROGRAM}
       SELECT rp.program_id, rm.misi_id AS target_id, p.year, SUM(p.amount) AS total
       FROM temp.row_misi rm JOIN row_program rp ON rp.row_id = rm.row_id LEFT JOIN plan_row_pagu p ON p.plan_row_id = rm.row_id
       GROUP BY rp.program_id, rm.misi_id, p.year`
    )
    const linked = read(
      `WITH ${ROW_PROGRAM}
       SELECT rp.program_id, 0 AS target_id, p.year, SUM(p.amount) AS total
       FROM temp.linked l JOIN row_program rp ON rp.row_id = l.row_id LEFT JOIN plan_row_pagu p ON p.plan_row_id = l.row_id
       GROUP BY rp.program_id, p.year`
    )
    return { bySasaran, byMisi, linked }
  })
}

/** An RPJMD indikator of a tujuan or a sasaran, with its values (the period's first year is the baseline). */
export interface RpjmdIndikator {
  id: number
  tujuanId: number | null
  sasaranId: number | null
  name: string
  satuan: string
  values: Record<number, TargetValue>
}

/** Every tujuan and sasaran indikator of the period, in their order. */
export function listPeriodIndikator(db: Db, periodId: number): RpjmdIndikator[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.tujuan_id AS tujuanId, i.sasaran_id AS sasaranId, i.name, i.satuan FROM indikator i
       LEFT JOIN tujuan t ON t.id = i.tujuan_id LEFT JOIN sasaran s ON s.id = i.sasaran_id
       JOIN misi m ON m.id = COALESCE(t.misi_id, s.misi_id)
       WHERE m.rpjmd_period_id = ? ORDER BY i.position, i.id`
    )
    .all(periodId) as Array<Omit<RpjmdIndikator, 'values'>>
  const byId = new Map<number, RpjmdIndikator>(rows.map((row) => [row.id, { ...row, values: {} }]))
  const values = db
    .prepare(
      `SELECT v.indikator_id AS id, v.year, v.value_number AS valueNumber, v.value_text AS valueText FROM indikator_value v
       JOIN indikator i ON i.id = v.indikator_id
       LEFT JOIN tujuan t ON t.id = i.tujuan_id LEFT JOIN sasaran s ON s.id = i.sasaran_id
       JOIN misi m ON m.id = COALESCE(t.misi_id, s.misi_id) WHERE m.rpjmd_period_id = ?`
    )
    .all(periodId) as Array<{ id: number; year: number; valueNumber: number | null; valueText: string | null }>
  for (const value of values) {
    const indikator = byId.get(value.id)
    if (indikator) indikator.values[value.year] = value.valueNumber ?? (value.valueText as string)
  }
  return [...byId.values()]
}
