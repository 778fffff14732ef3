import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { VersionSwitchChange, VersionSwitchPreview } from '../../../shared/master'
import * as changeLog from '../../db/repositories/changeLog'
import { findVersion, setPlanVersionId, successorCodes } from '../../db/repositories/nomenklatur'
import { listStoredRows, type StoredPlanRow } from '../../db/repositories/planRows'
import { checkCode, nomenklaturCodeFor } from '../planRows/codeCheck'
import { osUser } from '../common'
import { invalid, notFound } from '../errors'
import { countFlaggedRows, loadPlanContext, toPlanRows, type PlanContext } from '../planRows/planContext'
import type { ChangeBatchResult } from '../../../shared/changeLog'

type Db = Database.Database

function statusIn(context: PlanContext, row: StoredPlanRow, parentCode: string | null) {
  return checkCode(row.level, row.code, parentCode, {
    versionName: context.versionName,
    index: context.index,
    bidang: context.bidangByPd.get(row.perangkatDaerahId) ?? []
  })
}

/** The mapped code for a sub kegiatan, written back with the PD's bidang for X.XX codes. */
function proposal(db: Db, from: PlanContext, to: PlanContext, row: StoredPlanRow): { code: string; name: string } | null {
  if (row.level !== 'sub_kegiatan' || !to.versionId || !to.index) return null
  const oldCode = from.index ? nomenklaturCodeFor(row.code, from.index) : row.code
  const candidates = [...successorCodes(db, to.versionId, oldCode), ...(oldCode === row.code ? [] : successorCodes(db, to.versionId, row.code))]
  const next = candidates[0]
  if (!next) return null
  const code = next.startsWith('X.XX') ? row.code.slice(0, 4) + next.slice(4) : next
  return { code, name: to.index.get(next)?.name ?? '' }
}

/** The plan as it is, the plan as the target version would read it, and its rows. */
function switchContext(db: Db, versionId: number) {
  const from = loadPlanContext(db)
  const target = findVersion(db, versionId)
  if (!target) throw notFound(`Versi nomenklatur (id ${versionId}) tidak ditemukan.`)
  const to = loadPlanContext(db, target.id)
  const stored = listStoredRows(db, from.period.id)
  return { from, to, target, stored, byId: new Map(stored.map((row) => [row.id, row])) }
}

export function previewVersionSwitch(db: Db, args: ValidArgs<'previewVersionSwitch'>): VersionSwitchPreview {
  const { from, to, target, stored, byId } = switchContext(db, args.versionId)
  const names = new Map(toPlanRows(stored, from).map((row) => [row.id, row.name]))
  const changes: VersionSwitchChange[] = []
  for (const row of stored) {
    if (statusIn(to, row, byId.get(row.parentId ?? -1)?.code ?? null).valid) continue
    const proposed = proposal(db, from, to, row)
    changes.push({
      rowId: row.id,
      level: row.level,
      code: row.code,
      name: names.get(row.id) ?? row.name,
      status: proposed ? 'changed' : 'vanished',
      proposedCode: proposed?.code ?? null,
      proposedName: proposed?.name ?? null
    })
  }
  changes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return { fromVersion: from.versionName, toVersion: target.name, changes, unchangedCount: stored.length - changes.length }
}

/** Switches the plan's version and applies the accepted code changes in one undoable step. */
export function applyVersionSwitch(db: Db, args: ValidArgs<'applyVersionSwitch'>): ChangeBatchResult {
  const { from, to, target, byId } = switchContext(db, args.versionId)
  const newCodes = new Map(args.accept.map((entry) => [entry.planRowId, entry.newCode]))
  const entries: changeLog.ChangeEntry[] = [
    { tableName: 'rpjmd_period', rowId: from.period.id, field: 'nomenklatur_version_id', oldValue: from.versionId, newValue: to.versionId }
  ]
  for (const { planRowId, newCode } of args.accept) {
    const row = byId.get(planRowId)
    if (!row) throw notFound(`Baris rencana (id ${planRowId}) tidak ditemukan.`)
    const parent = row.parentId === null ? undefined : byId.get(row.parentId)
    const parentCode = parent ? (newCodes.get(parent.id) ?? parent.code) : null
    const status = statusIn(to, { ...row, code: newCode }, parentCode)
    if (!status.valid) throw invalid(`Baris ${row.code}: kode baru ${newCode} ditolak. ${status.reason}`)
    entries.push({ tableName: 'plan_row', rowId: row.id, field: 'code', oldValue: row.code, newValue: newCode })
    const name = to.index?.get(nomenklaturCodeFor(newCode, to.index))?.name
    if (name !== undefined && name !== row.name) entries.push({ tableName: 'plan_row', rowId: row.id, field: 'name', oldValue: row.name, newValue: name })
  }
  const description = `Pindah nomenklatur ke "${target.name}" (${args.accept.length} kode diganti)`
  const batchId = db.transaction(() => {
    setPlanVersionId(db, from.period.id, to.versionId)
    for (const entry of entries.slice(1)) changeLog.writeValue(db, entry, entry.newValue)
    return changeLog.recordBatch(db, { osUser: osUser(), kind: 'nomenklatur_switch', description, entries })
  })()
  return summarizeBatch(db, batchId, description, args.accept.length)
}

export function summarizeBatch(db: Db, batchId: number, description: string, changedRows: number): ChangeBatchResult {
  const context = loadPlanContext(db)
  const flaggedRows = countFlaggedRows(db, context)
  return { batchId, description, changedRows, flaggedRows }
}
