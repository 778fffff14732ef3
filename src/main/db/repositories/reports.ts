import type Database from 'better-sqlite3'
import type { TargetValue } from '../../../shared/domain'
import { withRowMisi } from './keselarasan'

type Db = Database.Database

/** Which sasaran and which misi each plan row serves: [rowId, sasaranId] and [rowId, misiId] pairs. */
export interface RowServing {
  rowSasaran: Array<[number, number]>
  rowMisi: Array<[number, number]>
}

/**
 * A row serves what it or any row above it links: the Keselarasan rule, read through the same
 * tables (withRowMisi), so a program serves a sasaran also through a link on a kegiatan below it.
 */
export function readRowServing(db: Db, periodId: number): RowServing {
  return withRowMisi(db, periodId, () => ({
    rowSasaran: db
      .prepare('SELECT DISTINCT a.row_id, l.sasaran_id FROM temp.ks_ancestry a JOIN plan_row_sasaran l ON l.plan_row_id = a.ancestor_id')
      .raw()
      .all() as Array<[number, number]>,
    rowMisi: db.prepare('SELECT row_id, misi_id FROM temp.row_misi').raw().all() as Array<[number, number]>
  }))
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
