import type Database from 'better-sqlite3'
import type { PlanRow, RpjmdPeriod } from '../../../shared/domain'
import { findVersion, getPlanVersionId, loadCodeIndex, type CodeIndex } from '../../db/repositories/nomenklatur'
import { listPerangkatDaerah } from '../../db/repositories/perangkatDaerah'
import { getActivePeriod } from '../../db/repositories/rpjmd'
import { listRowCodes, listSubtrees, rootIdsOf, type StoredPlanRow } from '../../db/repositories/planRows'
import { checkCode, nomenklaturCodeFor } from './codeCheck'
import { rollUpTotals } from './rowTotals'

type Db = Database.Database

// Versions never change once stored, so their code index can be kept for the session.
const indexCache = new WeakMap<Db, Map<number, CodeIndex>>()

export function codeIndexFor(db: Db, versionId: number): CodeIndex {
  let cache = indexCache.get(db)
  if (!cache) indexCache.set(db, (cache = new Map<number, CodeIndex>()))
  let index = cache.get(versionId)
  if (!index) cache.set(versionId, (index = loadCodeIndex(db, versionId)))
  return index
}

export interface PlanContext {
  period: RpjmdPeriod
  versionId: number | null
  versionName: string | null
  index: CodeIndex | null
  bidangByPd: Map<number, string[]>
}

export function loadPlanContext(db: Db, versionOverride?: number): PlanContext {
  const period = getActivePeriod(db)
  const versionId = versionOverride ?? getPlanVersionId(db, period.id)
  const version = versionId === null ? undefined : findVersion(db, versionId)
  return {
    period,
    versionId: version?.id ?? null,
    versionName: version?.name ?? null,
    index: version ? codeIndexFor(db, version.id) : null,
    bidangByPd: new Map(listPerangkatDaerah(db).map((pd) => [pd.id, pd.bidang]))
  }
}

/** Rows in tree order (PD, then codes), each with its resolved text, code status and totals. */
export function toPlanRows(stored: StoredPlanRow[], context: PlanContext): PlanRow[] {
  const byId = new Map(stored.map((row) => [row.id, row]))
  const children = new Map<number | null, StoredPlanRow[]>()
  for (const row of stored) {
    const siblings = children.get(row.parentId) ?? []
    siblings.push(row)
    children.set(row.parentId, siblings)
  }
  const keys = new Map(stored.map((row) => [row.id, row.parentId === null ? `${String(row.perangkatDaerahId).padStart(6, '0')} ${row.code}` : row.code]))
  const byKey = (a: StoredPlanRow, b: StoredPlanRow) => {
    const left = keys.get(a.id) as string
    const right = keys.get(b.id) as string
    return left < right ? -1 : left > right ? 1 : a.id - b.id
  }
  for (const siblings of children.values()) siblings.sort(byKey)

  const result: PlanRow[] = []
  const visit = (row: StoredPlanRow): void => {
    result.push(toPlanRow(row, byId.get(row.parentId ?? -1)?.code ?? null, context))
    for (const child of children.get(row.id) ?? []) visit(child)
  }
  for (const root of children.get(null) ?? []) visit(root)
  rollUpTotals(result)
  return result
}

function toPlanRow(row: StoredPlanRow, parentCode: string | null, context: PlanContext): PlanRow {
  const entry = context.index?.get(nomenklaturCodeFor(row.code, context.index))
  const fromNomenklatur = entry && entry.level === row.level ? entry : undefined
  return {
    id: row.id,
    level: row.level,
    parentId: row.parentId,
    perangkatDaerahId: row.perangkatDaerahId,
    code: row.code,
    name: row.nameOverride ?? fromNomenklatur?.name ?? row.name,
    nameOverridden: row.nameOverride !== null,
    indikator: row.indikatorOverride ?? fromNomenklatur?.indikator ?? '',
    indikatorOverridden: row.indikatorOverride !== null,
    satuan: row.satuanOverride ?? fromNomenklatur?.satuan ?? '',
    satuanOverridden: row.satuanOverride !== null,
    // The stored row's own objects (read for this call); only the total, summed by rollUpTotals, is a copy.
    pagu: row.pagu,
    total: { ...row.pagu },
    targets: row.targets,
    sasaranIds: row.sasaranIds,
    lokasiIds: row.lokasiIds,
    sumberDanaIds: row.sumberDanaIds,
    codeStatus: checkCode(row.level, row.code, parentCode, {
      versionName: context.versionName,
      index: context.index,
      bidang: context.bidangByPd.get(row.perangkatDaerahId) ?? []
    })
  }
}

/** How many rows' codes are flagged against the context's version (the same check as toPlanRows). */
export function countFlaggedRows(db: Db, context: PlanContext): number {
  const rows = listRowCodes(db, context.period.id)
  const codeOf = new Map(rows.map((row) => [row.id, row.code]))
  let flagged = 0
  for (const row of rows) {
    const parentCode = row.parentId === null ? null : (codeOf.get(row.parentId) ?? null)
    const status = checkCode(row.level, row.code, parentCode, {
      versionName: context.versionName,
      index: context.index,
      bidang: context.bidangByPd.get(row.perangkatDaerahId) ?? []
    })
    if (!status.valid) flagged += 1
  }
  return flagged
}

/** The touched rows and every row above them, as fresh values for the grid. */
export function rowsAndAncestors(db: Db, ids: Iterable<number>, context: PlanContext = loadPlanContext(db)): PlanRow[] {
  // Only the programs concerned, with everything below them: enough for their totals.
  const all = toPlanRows(listSubtrees(db, rootIdsOf(db, [...ids])), context)
  const byId = new Map(all.map((row) => [row.id, row]))
  const result = new Map<number, PlanRow>()
  for (const id of ids) {
    for (let row = byId.get(id); row && !result.has(row.id); row = row.parentId === null ? undefined : byId.get(row.parentId)) result.set(row.id, row)
  }
  return [...result.values()]
}
