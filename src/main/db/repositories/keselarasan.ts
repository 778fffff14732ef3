import type Database from 'better-sqlite3'
import type { KeselarasanView, RpjmdPeriod } from '../../../shared/domain'
import { targetYears } from './plan'
import { safeRupiah } from './money'

type Db = Database.Database

// Which misi each program serves, each (misi, program) pair once, however many of the
// misi's sasaran the program is linked to.
const PROGRAM_MISI = `
  SELECT DISTINCT s.misi_id, l.plan_row_id
  FROM plan_row_sasaran l JOIN sasaran s ON s.id = l.sasaran_id
  JOIN plan_row r ON r.id = l.plan_row_id
  WHERE r.level = 'program' AND r.rpjmd_period_id = @periodId`

function yearMap(years: number[]): Record<number, number> {
  return Object.fromEntries(years.map((year) => [year, 0]))
}

export function computeKeselarasan(db: Db, period: RpjmdPeriod): KeselarasanView {
  const years = targetYears(period)
  const periodId = period.id
  const misiRows = db
    .prepare(
      `SELECT m.id, m.number, m.title, (SELECT COUNT(*) FROM (${PROGRAM_MISI}) pm WHERE pm.misi_id = m.id) AS programCount
       FROM misi m WHERE m.rpjmd_period_id = @periodId ORDER BY m.number`
    )
    .all({ periodId }) as Array<{ id: number; number: number; title: string; programCount: number }>
  const misiPagu = db
    .prepare(
      `SELECT pm.misi_id, p.year, SUM(p.amount) AS total
       FROM (${PROGRAM_MISI}) pm JOIN plan_row_pagu p ON p.plan_row_id = pm.plan_row_id
       GROUP BY pm.misi_id, p.year`
    )
    .safeIntegers(true)
    .all({ periodId }) as Array<{ misi_id: bigint; year: bigint; total: bigint }>
  const totals = db
    .prepare(
      `SELECT p.year, SUM(p.amount) AS total,
              SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM plan_row_sasaran l WHERE l.plan_row_id = r.id)
                       THEN p.amount ELSE 0 END) AS unlinked
       FROM plan_row r JOIN plan_row_pagu p ON p.plan_row_id = r.id
       WHERE r.level = 'program' AND r.rpjmd_period_id = @periodId GROUP BY p.year`
    )
    .safeIntegers(true)
    .all({ periodId }) as Array<{ year: bigint; total: bigint; unlinked: bigint }>

  const misi = misiRows.map((row) => ({
    misiId: row.id,
    number: row.number,
    title: row.title,
    programCount: row.programCount,
    pagu: yearMap(years)
  }))
  const misiById = new Map(misi.map((entry) => [entry.misiId, entry]))
  for (const entry of misiPagu) {
    const target = misiById.get(Number(entry.misi_id))
    if (target && years.includes(Number(entry.year))) target.pagu[Number(entry.year)] = safeRupiah(entry.total)
  }
  const grandTotal = yearMap(years)
  const unlinkedTotal = yearMap(years)
  for (const entry of totals) {
    const year = Number(entry.year)
    if (!years.includes(year)) continue
    grandTotal[year] = safeRupiah(entry.total)
    unlinkedTotal[year] = safeRupiah(entry.unlinked)
  }

  const multiMisiPrograms = (
    db
      .prepare(
        `SELECT r.id AS programId, r.code, r.name, json_group_array(m.number) AS misiNumbers
         FROM (${PROGRAM_MISI}) pm JOIN plan_row r ON r.id = pm.plan_row_id JOIN misi m ON m.id = pm.misi_id
         GROUP BY r.id HAVING COUNT(*) > 1 ORDER BY r.code, r.id`
      )
      .all({ periodId }) as Array<{ programId: number; code: string; name: string; misiNumbers: string }>
  ).map((row) => ({ ...row, misiNumbers: (JSON.parse(row.misiNumbers) as number[]).sort((a, b) => a - b) }))

  const sasaranWithoutProgram = db
    .prepare(
      `SELECT s.id AS sasaranId, m.number || '.' || s.number AS label, s.text
       FROM sasaran s JOIN misi m ON m.id = s.misi_id
       WHERE m.rpjmd_period_id = @periodId
         AND NOT EXISTS (SELECT 1 FROM plan_row_sasaran l JOIN plan_row r ON r.id = l.plan_row_id
                         WHERE l.sasaran_id = s.id AND r.level = 'program')
       ORDER BY m.number, s.number`
    )
    .all({ periodId }) as KeselarasanView['sasaranWithoutProgram']

  const programsWithoutSasaran = db
    .prepare(
      `SELECT r.id AS programId, r.code, r.name, pd.name AS perangkatDaerah
       FROM plan_row r JOIN perangkat_daerah pd ON pd.id = r.perangkat_daerah_id
       WHERE r.level = 'program' AND r.rpjmd_period_id = @periodId
         AND NOT EXISTS (SELECT 1 FROM plan_row_sasaran l WHERE l.plan_row_id = r.id)
       ORDER BY pd.name, r.code, r.id`
    )
    .all({ periodId }) as KeselarasanView['programsWithoutSasaran']

  return { years, misi, grandTotal, unlinkedTotal, multiMisiPrograms, sasaranWithoutProgram, programsWithoutSasaran }
}
