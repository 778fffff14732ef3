import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { PlanLevel, PlanRow } from '../../../shared/domain'
import { findPerangkatDaerah } from '../../db/repositories/perangkatDaerah'
import { findSasaran } from '../../db/repositories/rpjmd'
import * as rows from '../../db/repositories/planRows'
import { nomenklaturCodeFor } from './codeCheck'
import * as changeLog from '../../db/repositories/changeLog'
import { applyCellEdits, type CellEditInput } from './cellEdits'
import { ServiceError, invalid, notFound } from '../errors'
import { deleteRowRecorded, recordCreatedRows, setSasaranLink } from '../changeLog/rowSteps'
import { loadPlanContext, toPlanRows, type PlanContext, rowsAndAncestors } from './planContext'
import { entriesWithinYears, paguYears } from '../years'
import type { DeleteResult, EditResult, RowResult } from '../../../shared/edits'
import { capitalize, LEVEL_LABEL, osUser } from '../common'

type Db = Database.Database

const CHILD_LEVEL: Record<PlanLevel, PlanLevel | null> = { program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: null }

export function listPlanRows(db: Db): PlanRow[] {
  const context = loadPlanContext(db)
  return toPlanRows(rows.listStoredRows(db, context.period.id), context)
}

/** The row as saved, with the rows above it first-to-last (their totals include it). */
function rowResult(db: Db, id: number): RowResult {
  const rows = rowsAndAncestors(db, [id])
  return { row: rows[0], rows }
}

function requireRow(db: Db, id: number): rows.StoredPlanRow {
  const row = rows.findStoredRow(db, id)
  if (!row) throw notFound(`Baris rencana (id ${id}) tidak ditemukan.`)
  return row
}

function nomenklaturName(context: PlanContext, level: PlanLevel, code: string): string | undefined {
  if (!context.index) return undefined
  const entry = context.index.get(nomenklaturCodeFor(code, context.index))
  return entry?.level === level ? entry.name : undefined
}

function assertCodeFree(db: Db, context: PlanContext, perangkatDaerahId: number, level: PlanLevel, code: string, exceptId?: number) {
  const existing = rows.findRowByCode(db, context.period.id, perangkatDaerahId, level, code)
  if (existing && existing.id !== exceptId) {
    const pd = findPerangkatDaerah(db, perangkatDaerahId)
    throw new ServiceError('CONFLICT', `${capitalize(LEVEL_LABEL[level])} ${code} sudah ada pada ${pd?.name ?? 'perangkat daerah ini'}.`)
  }
}

/** Pagu is entered on sub kegiatan; a program may hold its own only while it has no kegiatan. */
function checkPaguAllowed(db: Db, row: { id?: number; level: PlanLevel; pagu: Record<number, number> }, pagu: Array<{ year: number; value: number }>) {
  if (pagu.length === 0 || row.level === 'sub_kegiatan') return
  if (row.level === 'kegiatan') throw invalid('Pagu diisi pada sub kegiatan; pagu kegiatan adalah jumlah sub kegiatannya.')
  if (row.id === undefined || rows.childCount(db, row.id) === 0) return
  const raised = pagu.find(({ year, value }) => value > (row.pagu[year] ?? 0))
  if (raised) throw invalid(`Program ini sudah punya kegiatan; isi pagu ${raised.year} pada sub kegiatannya.`)
}

/** Checks and inserts one row with its pagu, inside the caller's transaction. */
function insertRow(db: Db, context: PlanContext, args: ValidArgs<'createPlanRow'>): number {
  let perangkatDaerahId: number
  let parentId: number | null = null
  if (args.level === 'program') {
    if (args.parentId !== undefined) throw invalid('Program tidak punya baris induk.')
    if (args.perangkatDaerahId === undefined) throw invalid('Pilih perangkat daerah untuk program ini.')
    if (!findPerangkatDaerah(db, args.perangkatDaerahId)) throw notFound(`Perangkat daerah (id ${args.perangkatDaerahId}) tidak ditemukan.`)
    perangkatDaerahId = args.perangkatDaerahId
  } else {
    if (args.parentId === undefined) throw invalid(`Pilih baris induk untuk ${LEVEL_LABEL[args.level]} ini.`)
    const parent = requireRow(db, args.parentId)
    if (CHILD_LEVEL[parent.level] !== args.level) {
      throw invalid(`${capitalize(LEVEL_LABEL[args.level])} tidak dapat ditambahkan di bawah ${LEVEL_LABEL[parent.level]}.`)
    }
    perangkatDaerahId = parent.perangkatDaerahId
    parentId = parent.id
  }
  const pagu = entriesWithinYears(args.pagu ?? {}, paguYears(context.period), 'tahun pagu RPJMD')
  checkPaguAllowed(db, { level: args.level, pagu: {} }, pagu)
  assertCodeFree(db, context, perangkatDaerahId, args.level, args.code)
  const name = args.name ?? nomenklaturName(context, args.level, args.code) ?? ''
  const id = rows.insertPlanRow(db, {
    periodId: context.period.id,
    perangkatDaerahId,
    level: args.level,
    parentId,
    code: args.code,
    name,
    nameOverride: args.name ?? null
  })
  rows.writePagu(
    db,
    id,
    pagu.map(({ year, value }) => ({ year, amount: value }))
  )
  return id
}

/** One added row (with its pagu) is one undoable step. */
export function createPlanRow(db: Db, args: ValidArgs<'createPlanRow'>): RowResult {
  const context = loadPlanContext(db)
  const id = db.transaction(() => {
    const newId = insertRow(db, context, args)
    recordCreatedRows(db, [newId], `Tambah ${LEVEL_LABEL[args.level]} ${args.code}`)
    return newId
  })()
  return rowResult(db, id)
}

/** Field changes go through the cell-edit path, so they are validated and recorded alike. */
export function updatePlanRow(db: Db, args: ValidArgs<'updatePlanRow'>): RowResult {
  const context = loadPlanContext(db)
  const row = requireRow(db, args.planRowId)
  const { perangkatDaerahId, pagu, ...texts } = args.changes
  if (perangkatDaerahId !== undefined) movePerangkatDaerah(db, context, row, perangkatDaerahId)
  const edits: CellEditInput[] = []
  for (const [field, value] of Object.entries(texts)) edits.push({ planRowId: row.id, field, text: value ?? '' })
  for (const [year, amount] of Object.entries(pagu ?? {})) edits.push({ planRowId: row.id, field: `pagu:${year}`, text: String(amount) })
  if (edits.length > 0) applyCellEdits(db, { kind: 'edit', edits })
  return rowResult(db, row.id)
}

/** A PD change moves the program's whole subtree, recorded as one step. */
function movePerangkatDaerah(db: Db, context: PlanContext, row: rows.StoredPlanRow, perangkatDaerahId: number): void {
  if (row.level !== 'program') throw invalid('Perangkat daerah diatur pada baris program; kegiatan dan sub kegiatan mengikutinya.')
  const pd = findPerangkatDaerah(db, perangkatDaerahId)
  if (!pd) throw notFound(`Perangkat daerah (id ${perangkatDaerahId}) tidak ditemukan.`)
  if (perangkatDaerahId === row.perangkatDaerahId) return
  assertCodeFree(db, context, perangkatDaerahId, row.level, row.code, row.id)
  const subtree = rows.listStoredRows(db, context.period.id)
  const inSubtree = new Set([row.id])
  for (const candidate of subtree) if (candidate.parentId !== null && inSubtree.has(candidate.parentId)) inSubtree.add(candidate.id)
  const entries = subtree
    .filter((candidate) => inSubtree.has(candidate.id))
    .map((candidate) => ({
      tableName: 'plan_row' as const,
      rowId: candidate.id,
      field: 'perangkat_daerah_id',
      oldValue: candidate.perangkatDaerahId,
      newValue: perangkatDaerahId
    }))
  db.transaction(() => {
    rows.setSubtreePerangkatDaerah(db, row.id, perangkatDaerahId)
    changeLog.recordBatch(db, { osUser: osUser(), kind: 'cells:edit', description: `Pindah ${row.code} ke ${pd.name}`, entries })
  })()
}

/**
 * Rows added by a paste past the last row: created under one parent with their pasted
 * cells, all in one transaction, so a bad cell adds nothing, and recorded as one step, so
 * one undo removes the cells and the rows.
 */
export function createPlanRows(db: Db, args: ValidArgs<'createPlanRows'>): EditResult {
  const parent = requireRow(db, args.parentId)
  const level = CHILD_LEVEL[parent.level]
  if (!level) throw invalid('Sub kegiatan tidak punya baris di bawahnya.')
  const context = loadPlanContext(db)
  return db.transaction(() => {
    const created = args.rows.map((row) => insertRow(db, context, { level, parentId: parent.id, code: row.code }))
    const description = `Tambah ${created.length} ${LEVEL_LABEL[level]} dari tempelan`
    const batchId = recordCreatedRows(db, created, description)
    const edits = args.rows.flatMap((row, index) => row.cells.map((cell) => ({ planRowId: created[index], field: cell.field, text: cell.text })))
    const cells = edits.length > 0 ? applyCellEdits(db, { kind: 'paste', edits }) : undefined
    if (cells?.batchId) changeLog.moveEntries(db, cells.batchId, batchId)
    return { batchId, description, rows: rowsAndAncestors(db, created) }
  })()
}

/** Deletes the row with everything below it as one undoable step. */
export function deletePlanRow(db: Db, args: ValidArgs<'deletePlanRow'>): DeleteResult {
  const row = requireRow(db, args.planRowId)
  const removedIds = deleteRowRecorded(db, row)
  // The rows above lose the deleted pagu from their totals.
  return { deleted: true, removedIds, rows: row.parentId === null ? [] : rowsAndAncestors(db, [row.parentId]) }
}

function requireSasaran(db: Db, sasaranId: number) {
  const sasaran = findSasaran(db, sasaranId)
  if (!sasaran) throw notFound(`Sasaran (id ${sasaranId}) tidak ditemukan.`)
  return sasaran
}

export function linkSasaran(db: Db, args: ValidArgs<'linkSasaran'>): RowResult {
  setSasaranLink(db, requireRow(db, args.planRowId), requireSasaran(db, args.sasaranId), true)
  return rowResult(db, args.planRowId)
}

export function unlinkSasaran(db: Db, args: ValidArgs<'unlinkSasaran'>): RowResult {
  setSasaranLink(db, requireRow(db, args.planRowId), requireSasaran(db, args.sasaranId), false)
  return rowResult(db, args.planRowId)
}
