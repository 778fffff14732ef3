import type Database from 'better-sqlite3'
import type { PlanLevel, TargetValue } from '../../../shared/domain'
import { prepared, preparedRaw } from '../statements'
import { safeRupiah } from './money'

type Db = Database.Database

/** A plan row as stored; names and codes are resolved against the nomenclature elsewhere. */
export interface StoredPlanRow {
  id: number
  level: PlanLevel
  parentId: number | null
  perangkatDaerahId: number
  code: string
  name: string
  nameOverride: string | null
  indikatorOverride: string | null
  satuanOverride: string | null
  pagu: Record<number, number>
  targets: Record<number, TargetValue>
  sasaranIds: number[]
  lokasiIds: number[]
  sumberDanaIds: number[]
}

const ROW_SELECT = `SELECT id, level, parent_id AS parentId, perangkat_daerah_id AS perangkatDaerahId, code, name,
  name_override AS nameOverride, indikator_override AS indikatorOverride, satuan_override AS satuanOverride
  FROM plan_row`

type BareRow = Omit<StoredPlanRow, 'pagu' | 'targets' | 'sasaranIds' | 'lokasiIds' | 'sumberDanaIds'>

/** Which rows the detail reads cover: a whole period (a join) or a list of ids (an index lookup each). */
type Scope = { periodId: number } | { ids: number[] }

type YearRecords = Map<number, Pick<StoredPlanRow, 'pagu' | 'targets'>>

function readPagu(db: Db, byId: YearRecords, where: string, param: number | string): void {
  // Raw rows (arrays) and plain numbers: this runs over every pagu of the plan. Each amount
  // was checked on the way in; a value past 2^53 would still be refused here.
  const pagu = preparedRaw(db, `SELECT x.plan_row_id, x.year, x.amount FROM plan_row_pagu x ${where}`).all(param) as Array<[number, number, number]>
  for (const [rowId, year, amount] of pagu) {
    const row = byId.get(rowId)
    if (row) row.pagu[year] = Number.isSafeInteger(amount) ? amount : safeRupiah(BigInt(amount))
  }
}

function readTargets(db: Db, byId: YearRecords, where: string, param: number | string): void {
  const targets = preparedRaw(db, `SELECT x.plan_row_id, x.year, x.value_number, x.value_text FROM plan_row_target x ${where}`).all(param) as Array<
    [number, number, number | null, string | null]
  >
  for (const [rowId, year, valueNumber, valueText] of targets) {
    const row = byId.get(rowId)
    if (row) row.targets[year] = valueNumber ?? (valueText as string)
  }
}

function withDetails(db: Db, rows: BareRow[], scope: Scope): StoredPlanRow[] {
  const byId = new Map<number, StoredPlanRow>()
  const result = rows.map((row) => {
    // Field by field: spreading a better-sqlite3 row is several times slower.
    const full: StoredPlanRow = {
      id: row.id,
      level: row.level,
      parentId: row.parentId,
      perangkatDaerahId: row.perangkatDaerahId,
      code: row.code,
      name: row.name,
      nameOverride: row.nameOverride,
      indikatorOverride: row.indikatorOverride,
      satuanOverride: row.satuanOverride,
      pagu: {},
      targets: {},
      sasaranIds: [],
      lokasiIds: [],
      sumberDanaIds: []
    }
    byId.set(row.id, full)
    return full
  })
  if (result.length === 0) return result
  const where =
    'periodId' in scope ? 'JOIN plan_row r ON r.id = x.plan_row_id WHERE r.rpjmd_period_id = ?' : 'WHERE x.plan_row_id IN (SELECT value FROM json_each(?))'
  const param = 'periodId' in scope ? scope.periodId : JSON.stringify(scope.ids)
  readPagu(db, byId, where, param)
  readTargets(db, byId, where, param)
  const links = prepared(
    db,
    `SELECT x.plan_row_id, x.sasaran_id FROM plan_row_sasaran x JOIN sasaran s ON s.id = x.sasaran_id JOIN misi m ON m.id = s.misi_id
     ${where} ORDER BY m.number, s.number`
  ).all(param) as Array<{ plan_row_id: number; sasaran_id: number }>
  for (const link of links) byId.get(link.plan_row_id)?.sasaranIds.push(link.sasaran_id)
  const places = preparedRaw(db, `SELECT x.plan_row_id, x.lokasi_id FROM plan_row_lokasi x ${where} ORDER BY x.lokasi_id`).all(param) as Array<[number, number]>
  for (const [rowId, lokasiId] of places) byId.get(rowId)?.lokasiIds.push(lokasiId)
  const funds = preparedRaw(db, `SELECT x.plan_row_id, x.reference_item_id FROM plan_row_sumber_dana x ${where} ORDER BY x.reference_item_id`).all(
    param
  ) as Array<[number, number]>
  for (const [rowId, itemId] of funds) byId.get(rowId)?.sumberDanaIds.push(itemId)
  return result
}

export function listStoredRows(db: Db, periodId: number): StoredPlanRow[] {
  const rows = db.prepare(`${ROW_SELECT} WHERE rpjmd_period_id = ?`).all(periodId) as BareRow[]
  return withDetails(db, rows, { periodId })
}

/** Only what a code check needs, for every row of a period (no pagu, targets or links). */
export function listRowCodes(db: Db, periodId: number): Array<Pick<StoredPlanRow, 'id' | 'level' | 'parentId' | 'perangkatDaerahId' | 'code'>> {
  return db
    .prepare('SELECT id, level, parent_id AS parentId, perangkat_daerah_id AS perangkatDaerahId, code FROM plan_row WHERE rpjmd_period_id = ?')
    .all(periodId) as Array<Pick<StoredPlanRow, 'id' | 'level' | 'parentId' | 'perangkatDaerahId' | 'code'>>
}

const SUBTREES = `WITH RECURSIVE subtree(id) AS (
    SELECT value FROM json_each(?) UNION ALL SELECT p.id FROM plan_row p JOIN subtree s ON p.parent_id = s.id
  ) SELECT id FROM subtree`

/** The given rows and everything below them: enough to compute their totals. */
export function listSubtrees(db: Db, rootIds: number[]): StoredPlanRow[] {
  const ids = JSON.stringify(rootIds)
  const rows = db.prepare(`${ROW_SELECT} WHERE id IN (${SUBTREES})`).all(ids) as BareRow[]
  return withDetails(db, rows, { ids: rows.map((row) => row.id) })
}

/** A row as its total is summed: its parent and its own pagu (level and code: for a pagu cell's check). */
export interface PaguRow {
  id: number
  parentId: number | null
  level: PlanLevel
  code: string
  pagu: Record<number, number>
}

// The program above each given row (itself, its parent or its grandparent: a plan is program >
// kegiatan > sub kegiatan), then the programs' rows level by level: joins per level read fewer
// rows than walking up and down the tree recursively.
const PROGRAMS_ABOVE = `WITH programs(id) AS MATERIALIZED (
    SELECT DISTINCT COALESCE(k.parent_id, k.id, r.id) FROM plan_row r LEFT JOIN plan_row k ON k.id = r.parent_id
    WHERE r.id IN (SELECT value FROM json_each(?))
  ),
  subtree(id, parent_id, level, code, depth) AS (
    SELECT id, parent_id, level, code, 0 FROM plan_row WHERE id IN programs
    UNION ALL SELECT id, parent_id, level, code, 1 FROM plan_row WHERE parent_id IN programs
    UNION ALL SELECT g.id, g.parent_id, g.level, g.code, 2 FROM plan_row k JOIN plan_row g ON g.parent_id = k.id WHERE k.parent_id IN programs
  )`

/**
 * Every row of the programs above the given rows (those included), parents before children,
 * with only its parent, level, code and pagu: what the totals of the given rows and the rows
 * above them are summed from, and what a batch of pagu cells is checked against.
 */
export function listProgramPagu(db: Db, ids: number[]): PaguRow[] {
  const cells = preparedRaw(
    db,
    `${PROGRAMS_ABOVE} SELECT s.id, s.parent_id, s.level, s.code, x.year, x.amount FROM subtree s
     LEFT JOIN plan_row_pagu x ON x.plan_row_id = s.id ORDER BY s.depth, s.id`
  ).all(JSON.stringify(ids)) as Array<[number, number | null, PlanLevel, string, number | null, number | null]>
  const rows: PaguRow[] = []
  let last: PaguRow | undefined
  for (const [id, parentId, level, code, year, amount] of cells) {
    // A row's pagu years come one after another (one row of the subtree, joined to its years).
    if (last?.id !== id) rows.push((last = { id, parentId, level, code, pagu: {} }))
    if (year !== null && amount !== null) last.pagu[year] = Number.isSafeInteger(amount) ? amount : safeRupiah(BigInt(amount))
  }
  return rows
}

export function listStoredRowsByIds(db: Db, ids: number[]): StoredPlanRow[] {
  const list = JSON.stringify(ids)
  const rows = prepared(db, `${ROW_SELECT} WHERE id IN (SELECT value FROM json_each(?))`).all(list) as BareRow[]
  return withDetails(db, rows, { ids: rows.map((row) => row.id) })
}

/** What a batch of pagu and target cells needs of its rows: no names, links or lists. */
export type ValueRow = Pick<StoredPlanRow, 'id' | 'level' | 'code' | 'pagu' | 'targets'>

/**
 * The rows of a batch of pagu and target cells, with only the years it needs (a paste of pagu
 * need not read the rows' targets, names or links).
 */
export function listValueRowsByIds(db: Db, ids: number[], read: { pagu: boolean; targets: boolean }): ValueRow[] {
  const list = JSON.stringify(ids)
  const bare = preparedRaw(db, 'SELECT id, level, code FROM plan_row WHERE id IN (SELECT value FROM json_each(?))').all(list) as Array<
    [number, PlanLevel, string]
  >
  const byId = new Map<number, ValueRow>()
  const rows = bare.map(([id, level, code]) => {
    const row: ValueRow = { id, level, code, pagu: {}, targets: {} }
    byId.set(id, row)
    return row
  })
  const where = 'WHERE x.plan_row_id IN (SELECT value FROM json_each(?))'
  if (read.pagu) readPagu(db, byId, where, list)
  if (read.targets) readTargets(db, byId, where, list)
  return rows
}

/** The top rows (programs) above each given row, itself included when it is one. */
export function rootIdsOf(db: Db, ids: number[]): number[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE up(id, parent_id) AS (
           SELECT id, parent_id FROM plan_row WHERE id IN (SELECT value FROM json_each(?))
           UNION SELECT p.id, p.parent_id FROM plan_row p JOIN up ON p.id = up.parent_id
         ) SELECT DISTINCT id FROM up WHERE parent_id IS NULL`
      )
      .all(JSON.stringify(ids)) as Array<{ id: number }>
  ).map((row) => row.id)
}

/** Which of the given rows have rows below them. */
export function idsWithChildren(db: Db, ids: number[]): Set<number> {
  const rows = prepared(db, 'SELECT DISTINCT parent_id AS id FROM plan_row WHERE parent_id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids)
  ) as Array<{ id: number }>
  return new Set(rows.map((row) => row.id))
}

/** Rows of a PD and level that hold one of the codes (for the uniqueness check of a batch). */
export function rowsWithCodes(db: Db, periodId: number, codes: string[]): Array<{ id: number; perangkatDaerahId: number; level: PlanLevel; code: string }> {
  return db
    .prepare(
      `SELECT id, perangkat_daerah_id AS perangkatDaerahId, level, code FROM plan_row
       WHERE rpjmd_period_id = ? AND code IN (SELECT value FROM json_each(?))`
    )
    .all(periodId, JSON.stringify(codes)) as Array<{ id: number; perangkatDaerahId: number; level: PlanLevel; code: string }>
}

export function findStoredRow(db: Db, id: number): StoredPlanRow | undefined {
  const rows = db.prepare(`${ROW_SELECT} WHERE id = ?`).all(id) as BareRow[]
  return withDetails(db, rows, { ids: [id] })[0]
}

export function childCount(db: Db, id: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM plan_row WHERE parent_id = ?').get(id) as { n: number }).n
}

export function findRowByCode(db: Db, periodId: number, perangkatDaerahId: number, level: PlanLevel, code: string) {
  return db
    .prepare(`${ROW_SELECT} WHERE rpjmd_period_id = ? AND perangkat_daerah_id = ? AND level = ? AND code = ?`)
    .get(periodId, perangkatDaerahId, level, code) as { id: number } | undefined
}

export interface NewPlanRow {
  periodId: number
  perangkatDaerahId: number
  level: PlanLevel
  parentId: number | null
  code: string
  name: string
  nameOverride: string | null
}

/**
 * A new row never takes the id of a row the change log speaks of (also one deleted before
 * deletions were recorded): the change log keeps deleted rows under
 * their ids (plan_row_snapshot) so that undo can put them back, and older entries about
 * them must not end up describing another row.
 */
export function insertPlanRow(db: Db, row: NewPlanRow): number {
  return Number(
    db
      .prepare(
        `INSERT INTO plan_row (id, rpjmd_period_id, perangkat_daerah_id, level, parent_id, code, name, name_override)
         VALUES ((SELECT MAX(n) + 1 FROM (
                   SELECT COALESCE(MAX(id), 0) AS n FROM plan_row
                   UNION ALL SELECT COALESCE(MAX(row_id), 0) FROM change_row)),
                 ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(row.periodId, row.perangkatDaerahId, row.level, row.parentId, row.code, row.name, row.nameOverride).lastInsertRowid
  )
}

/** A PD change moves the whole subtree: kegiatan and sub kegiatan belong to their program's PD. */
export function setSubtreePerangkatDaerah(db: Db, id: number, perangkatDaerahId: number): void {
  db.prepare(
    `WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL SELECT r.id FROM plan_row r JOIN subtree s ON r.parent_id = s.id)
     UPDATE plan_row SET perangkat_daerah_id = ? WHERE id IN (SELECT id FROM subtree)`
  ).run(id, perangkatDaerahId)
}

export function writePagu(db: Db, planRowId: number, pagu: Array<{ year: number; amount: number }>): void {
  const upsert = db.prepare(
    `INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)
     ON CONFLICT (plan_row_id, year) DO UPDATE SET amount = excluded.amount`
  )
  for (const { year, amount } of pagu) upsert.run(planRowId, year, amount)
}
