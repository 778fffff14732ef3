/**
 * Writes a generated demo plan straight into plan_row, plan_row_pagu and plan_row_sasaran
 * with prepared statements, in one transaction (with the optional removal of the plan's
 * existing rows, and whatever else the caller must do atomically with it).
 */
import type Database from 'better-sqlite3'
import type { DemoPlan } from './generate'

type Db = Database.Database

export interface WriteOptions {
  periodId: number
  /** Delete the period's plan rows (and with them their pagu and links) first. */
  replace: boolean
  /** Runs first inside the same transaction (e.g. storing the nomenclature version). */
  before?: () => void
  /** Called every `progressEvery` rows written and at the end. */
  onProgress?: (done: number, total: number) => void
  progressEvery?: number
}

export interface WriteResult {
  deletedRows: number
  firstId: number
}

export function countPlanRows(db: Db, periodId: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM plan_row WHERE rpjmd_period_id = ?').get(periodId) as { n: number }).n
}

/**
 * The first id for new rows: above every plan row id there is or the change log remembers,
 * so an old change batch can never undo onto a new, unrelated row that reused an id.
 */
function firstFreeId(db: Db): number {
  const row = db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM plan_row').get() as { n: number }
  let max = row.n
  // change_row lists every plan row the change log speaks of.
  const logged = db.prepare('SELECT COALESCE(MAX(row_id), 0) AS n FROM change_row').get() as { n: number }
  max = Math.max(max, logged.n)
  return max + 1
}

export function writeDemoPlan(db: Db, plan: DemoPlan, options: WriteOptions): WriteResult {
  const insertRow = db.prepare(
    `INSERT INTO plan_row (id, rpjmd_period_id, perangkat_daerah_id, level, parent_id, code, name, name_override)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`
  )
  const insertPagu = db.prepare('INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)')
  const insertLink = db.prepare('INSERT INTO plan_row_sasaran (plan_row_id, sasaran_id) VALUES (?, ?)')
  const every = options.progressEvery ?? 5000
  return db.transaction((): WriteResult => {
    const firstId = firstFreeId(db)
    let deletedRows = 0
    if (options.replace) {
      // Counted first: rows removed by the parent_id cascade do not show in changes.
      deletedRows = countPlanRows(db, options.periodId)
      db.prepare('DELETE FROM plan_row WHERE rpjmd_period_id = ?').run(options.periodId)
    }
    options.before?.()
    const total = plan.rows.length
    plan.rows.forEach((row, index) => {
      const id = firstId + index
      insertRow.run(id, options.periodId, row.perangkatDaerahId, row.level, row.parent === null ? null : firstId + row.parent, row.code, row.name)
      row.pagu?.forEach((amount, yearIndex) => {
        if (amount !== null) insertPagu.run(id, plan.years[yearIndex], amount)
      })
      for (const sasaranId of row.sasaranIds) insertLink.run(id, sasaranId)
      if ((index + 1) % every === 0 && index + 1 < total) options.onProgress?.(index + 1, total)
    })
    options.onProgress?.(total, total)
    return { deletedRows, firstId }
  })()
}
