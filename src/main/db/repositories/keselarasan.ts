import type Database from 'better-sqlite3'
import type { KeselarasanView, RpjmdPeriod } from '../../../shared/domain'
import { targetYears } from './rpjmd'
import { safeRupiah } from './money'

type Db = Database.Database

// Each row of the plan with the misi it serves: through its own links and those of the
// rows above it (a link on a program covers its kegiatan and sub kegiatan). Each pagu row
// then counts once under every misi it serves, and once in the grand total.
// Built once per computation as temp tables: as a CTE in each of the five queries the walk up
// the tree would run five times.
const ROW_MISI_TABLES = [
  `CREATE TEMP TABLE ks_ancestry AS
     WITH RECURSIVE ancestry(row_id, ancestor_id) AS (
       SELECT id, id FROM plan_row WHERE rpjmd_period_id = @periodId
       UNION ALL
       SELECT a.row_id, r.parent_id FROM ancestry a JOIN plan_row r ON r.id = a.ancestor_id WHERE r.parent_id IS NOT NULL
     ) SELECT row_id, ancestor_id FROM ancestry`,
  `CREATE TEMP TABLE row_misi AS
     SELECT DISTINCT a.row_id, s.misi_id FROM temp.ks_ancestry a
     JOIN plan_row_sasaran l ON l.plan_row_id = a.ancestor_id JOIN sasaran s ON s.id = l.sasaran_id`,
  // Links below a program also make the program serve that misi.
  `CREATE TEMP TABLE program_misi AS
     SELECT DISTINCT a.ancestor_id AS program_id, rm.misi_id FROM temp.row_misi rm
     JOIN temp.ks_ancestry a ON a.row_id = rm.row_id JOIN plan_row r ON r.id = a.ancestor_id WHERE r.level = 'program'`,
  'CREATE TEMP TABLE linked (row_id INTEGER PRIMARY KEY)',
  'INSERT INTO temp.linked SELECT DISTINCT row_id FROM temp.row_misi',
  'CREATE TEMP TABLE linked_program (program_id INTEGER PRIMARY KEY)',
  'INSERT INTO temp.linked_program SELECT DISTINCT program_id FROM temp.program_misi'
]
const ROW_MISI_NAMES = ['ks_ancestry', 'row_misi', 'program_misi', 'linked', 'linked_program']

/**
 * Runs `read` with the row -> misi tables in place, in one transaction; they are gone afterwards.
 * The reports (reports.ts) read through the same tables, so they count pagu by the same rule.
 */
export function withRowMisi<T>(db: Db, periodId: number, read: () => T): T {
  return db.transaction(() => {
    for (const sql of ROW_MISI_TABLES) db.prepare(sql).run({ periodId })
    const result = read()
    for (const name of ROW_MISI_NAMES) db.exec(`DROP TABLE temp.${name}`)
    return result
  })()
}

function yearMap(years: number[]): Record<number, number> {
  return Object.fromEntries(years.map((year) => [year, 0]))
}

export function computeKeselarasan(db: Db, period: RpjmdPeriod): KeselarasanView {
  return withRowMisi(db, period.id, () => computeWithRowMisi(db, period))
}

function computeWithRowMisi(db: Db, period: RpjmdPeriod): KeselarasanView {
  const years = targetYears(period)
  const periodId = period.id
  const misiRows = db
    .prepare(
      `SELECT m.id, m.number, m.title, COUNT(pm.program_id) AS programCount
       FROM misi m LEFT JOIN program_misi pm ON pm.misi_id = m.id
       WHERE m.rpjmd_period_id = @periodId GROUP BY m.id ORDER BY m.number`
    )
    .all({ periodId }) as Array<{ id: number; number: number; title: string; programCount: number }>
  const misiPagu = db
    .prepare(
      `SELECT rm.misi_id, p.year, SUM(p.amount) AS total
       FROM row_misi rm JOIN plan_row_pagu p ON p.plan_row_id = rm.row_id GROUP BY rm.misi_id, p.year`
    )
    .safeIntegers(true)
    .all({ periodId }) as Array<{ misi_id: bigint; year: bigint; total: bigint }>
  const totals = db
    .prepare(
      `SELECT p.year, SUM(p.amount) AS total,
         SUM(CASE WHEN l.row_id IS NULL THEN p.amount ELSE 0 END) AS unlinked
       FROM plan_row r JOIN plan_row_pagu p ON p.plan_row_id = r.id LEFT JOIN linked l ON l.row_id = r.id
       WHERE r.rpjmd_period_id = @periodId GROUP BY p.year`
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

  // Rows whose own pagu counts under more than one misi.
  const multiMisiRows = (
    db
      .prepare(
        `SELECT r.id AS planRowId, r.level, r.code, r.name, json_group_array(m.number) AS misiNumbers
         FROM row_misi rm JOIN plan_row r ON r.id = rm.row_id JOIN misi m ON m.id = rm.misi_id
         WHERE EXISTS (SELECT 1 FROM plan_row_pagu p WHERE p.plan_row_id = r.id AND p.amount > 0)
         GROUP BY r.id HAVING COUNT(*) > 1 ORDER BY r.code, r.id`
      )
      .all({ periodId }) as Array<{ planRowId: number; level: string; code: string; name: string; misiNumbers: string }>
  ).map((row) => ({ ...row, misiNumbers: (JSON.parse(row.misiNumbers) as number[]).sort((a, b) => a - b) }))

  const sasaranWithoutProgram = db
    .prepare(
      `SELECT s.id AS sasaranId, m.number || '.' || s.number AS label, s.text
       FROM sasaran s JOIN misi m ON m.id = s.misi_id
       WHERE m.rpjmd_period_id = @periodId
         AND NOT EXISTS (SELECT 1 FROM plan_row_sasaran l JOIN plan_row r ON r.id = l.plan_row_id WHERE l.sasaran_id = s.id)
       ORDER BY m.number, s.number`
    )
    .all({ periodId }) as KeselarasanView['sasaranWithoutProgram']

  const programsWithoutSasaran = db
    .prepare(
      `SELECT r.id AS programId, r.code, r.name, pd.name AS perangkatDaerah
       FROM plan_row r JOIN perangkat_daerah pd ON pd.id = r.perangkat_daerah_id
       LEFT JOIN linked_program lp ON lp.program_id = r.id
       WHERE r.level = 'program' AND r.rpjmd_period_id = @periodId AND lp.program_id IS NULL
       ORDER BY pd.name, r.code, r.id`
    )
    .all({ periodId }) as KeselarasanView['programsWithoutSasaran']

  return { years, misi, grandTotal, unlinkedTotal, multiMisiRows, sasaranWithoutProgram, programsWithoutSasaran }
}
