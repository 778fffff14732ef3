import type Database from 'better-sqlite3'
import { cellFieldLabel } from '../../../shared/cellFields'
import type { ValidArgs } from '../../../shared/contract'
import { groupingHintOf, type GroupingHint } from '../../../shared/numberInput'
import { isValueField, readValueCell } from '../../../shared/valueCells'
import type { CellError } from '../../../shared/result'
import * as changeLog from '../../db/repositories/changeLog'
import { findPerangkatDaerah } from '../../db/repositories/perangkatDaerah'
import {
  idsWithChildren,
  listProgramPagu,
  listStoredRowsByIds,
  listValueRowsByIds,
  rowsWithCodes,
  type PaguRow,
  type StoredPlanRow,
  type ValueRow
} from '../../db/repositories/planRows'
import { nomenklaturCodeFor } from './codeCheck'
import { ServiceError } from '../errors'
import { listCellOf, loadListChoices, parseListCell, type ListCellChoices } from './listCells'
import { loadPlanContext, type PlanContext, rowsAndAncestors } from './planContext'
import { savedValues } from './savedValues'
import { totalsAfterValues, totalsWithValues } from './rowTotals'
import type { EditResult } from '../../../shared/edits'
import { capitalize, LEVEL_LABEL, osUser } from '../common'

type Db = Database.Database
export type CellEditInput = ValidArgs<'applyCellEdits'>['edits'][number]

const TEXT_LIMITS = { name: 500, indikator: 500, satuan: 50 } as const
const KIND_LABEL = { edit: 'Ubah', paste: 'Tempel', fill: 'Isi ke bawah', clear: 'Hapus isi' } as const

interface Parsed {
  entries: changeLog.ChangeEntry[]
  errors: CellError[]
}

/** A pagu or target cell's text as a change entry, or why it cannot be saved. */
function parseValueCell(edit: CellEditInput, row: ValueRow, context: PlanContext, parents: Set<number>, hint: GroupingHint): changeLog.ChangeEntry | string {
  const cell = readValueCell(edit.field, edit.text, row, parents.has(row.id), context.period, hint)
  if (typeof cell === 'string') return cell
  return {
    tableName: cell.kind === 'pagu' ? 'plan_row_pagu' : 'plan_row_target',
    rowId: row.id,
    field: String(cell.year),
    oldValue: cell.oldValue,
    newValue: cell.value
  }
}

// A batch with any other cell reads its rows whole (listStoredRowsByIds).
const isWholeRow = (row: ValueRow | StoredPlanRow): row is StoredPlanRow => 'nameOverride' in row

/** Reads one cell's text (code, texts, lists) into change entries, or says why it cannot be saved. */
function parseCell(edit: CellEditInput, row: StoredPlanRow, context: PlanContext, lists: () => ListCellChoices): changeLog.ChangeEntry[] | string {
  const text = edit.text
  const field = edit.field.split(':')[0]
  const entry = (tableName: changeLog.ChangeTable, column: string, oldValue: changeLog.ChangeValue, newValue: changeLog.ChangeValue) => ({
    tableName,
    rowId: row.id,
    field: column,
    oldValue,
    newValue
  })
  switch (field) {
    case 'code': {
      const code = text.trim()
      if (code === '') return 'Kode wajib diisi.'
      if (code.length > 40 || !/^[0-9X][0-9X.]*$/.test(code)) return 'Kode hanya berisi angka dan titik, misalnya 1.02.02.2.01.0001.'
      const entries = [entry('plan_row', 'code', row.code, code)]
      const nomenklatur = context.index?.get(nomenklaturCodeFor(code, context.index))
      if (nomenklatur && nomenklatur.level === row.level) entries.push(entry('plan_row', 'name', row.name, nomenklatur.name))
      return entries
    }
    case 'name':
    case 'indikator':
    case 'satuan': {
      const value = text.trim()
      if (value.length > TEXT_LIMITS[field]) return `Teks terlalu panjang (paling banyak ${TEXT_LIMITS[field]} karakter).`
      const old = field === 'name' ? row.nameOverride : field === 'indikator' ? row.indikatorOverride : row.satuanOverride
      return [entry('plan_row', `${field}_override`, old, value === '' ? null : value)]
    }
    case 'lokasi':
    case 'sumberDana': {
      const list = listCellOf(field, lists())
      if (!list) return 'Kolom ini tidak dapat diubah.'
      const ids = parseListCell(text, list.choices, list.what)
      if (typeof ids === 'string') return ids
      const old = JSON.stringify(field === 'lokasi' ? row.lokasiIds : row.sumberDanaIds)
      return [entry(field === 'lokasi' ? 'plan_row_lokasi' : 'plan_row_sumber_dana', 'ids', old, JSON.stringify(ids))]
    }
    default:
      return 'Kolom ini tidak dapat diubah.'
  }
}

/** Codes must stay unique per PD and level after the whole batch is applied. */
function duplicateCodes(db: Db, periodId: number, rows: Map<number, StoredPlanRow>, entries: changeLog.ChangeEntry[]): CellError[] {
  const newCodes = new Map(entries.filter((entry) => entry.field === 'code').map((entry) => [entry.rowId, String(entry.newValue)]))
  if (newCodes.size === 0) return []
  // Every row that holds one of the codes now, with the batch's new codes applied on top.
  const holders = new Map(rowsWithCodes(db, periodId, [...newCodes.values()]).map((row) => [row.id, row]))
  for (const [rowId, code] of newCodes) {
    const row = rows.get(rowId) as StoredPlanRow
    holders.set(rowId, { id: rowId, perangkatDaerahId: row.perangkatDaerahId, level: row.level, code })
  }
  const seen = new Map<string, number>()
  for (const holder of holders.values()) {
    const code = newCodes.get(holder.id) ?? holder.code
    const key = `${holder.perangkatDaerahId}|${holder.level}|${code}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const errors: CellError[] = []
  for (const [rowId, code] of newCodes) {
    const row = rows.get(rowId) as StoredPlanRow
    if ((seen.get(`${row.perangkatDaerahId}|${row.level}|${code}`) ?? 0) > 1) {
      const pd = findPerangkatDaerah(db, row.perangkatDaerahId)
      errors.push({
        planRowId: rowId,
        field: 'code',
        message: `${capitalize(LEVEL_LABEL[row.level])} ${code} sudah ada pada ${pd?.name ?? 'perangkat daerah ini'}.`
      })
    }
  }
  return errors
}

/** A value per (table, field, row), without building a string key per cell. */
class CellMap<T> {
  private readonly byColumn = new Map<string, Map<string, Map<number, T>>>()
  size = 0

  get(table: string, field: string, rowId: number): T | undefined {
    return this.byColumn.get(table)?.get(field)?.get(rowId)
  }

  set(table: string, field: string, rowId: number, value: T): void {
    let fields = this.byColumn.get(table)
    if (!fields) this.byColumn.set(table, (fields = new Map<string, Map<number, T>>()))
    let rows = fields.get(field)
    if (!rows) fields.set(field, (rows = new Map<number, T>()))
    if (!rows.has(rowId)) this.size += 1
    rows.set(rowId, value)
  }
}

/** Keeps one entry per cell, in the order cells first appear: the first old value and the last new value. */
function merge(entries: changeLog.ChangeEntry[]): changeLog.ChangeEntry[] {
  const byCell = new CellMap<changeLog.ChangeEntry>()
  const merged: changeLog.ChangeEntry[] = []
  for (const entry of entries) {
    const first = byCell.get(entry.tableName, entry.field, entry.rowId)
    // Entries are this batch's own, fresh from parsing: the first takes the later new value.
    if (first) first.newValue = entry.newValue
    else {
      byCell.set(entry.tableName, entry.field, entry.rowId, entry)
      merged.push(entry)
    }
  }
  return merged.filter((entry) => entry.oldValue !== entry.newValue)
}

function countCells(edits: CellEditInput[]): number {
  const cells = new CellMap<true>()
  for (const edit of edits) cells.set('', edit.field, edit.planRowId, true)
  return cells.size
}

function parentIds(rows: readonly PaguRow[]): Set<number> {
  const parents = new Set<number>()
  for (const row of rows) if (row.parentId !== null) parents.add(row.parentId)
  return parents
}

function parseAll(db: Db, edits: CellEditInput[], context: PlanContext, { rows, programRows }: BatchRows): Parsed {
  const parents = programRows ? parentIds(programRows) : idsWithChildren(db, [...rows.keys()])
  const parsed: Parsed = { entries: [], errors: [] }
  // The money cells of one batch vouch for each other's thousands separator.
  const hint = groupingHintOf(edits.filter((edit) => edit.field.startsWith('pagu:')).map((edit) => edit.text))
  let choices: ListCellChoices | undefined
  const lists = () => (choices ??= loadListChoices(db))
  const whole = new Map<number, StoredPlanRow>()
  for (const edit of edits) {
    const row = rows.get(edit.planRowId)
    let result: changeLog.ChangeEntry | changeLog.ChangeEntry[] | string
    if (!row) result = 'Baris ini tidak ditemukan (mungkin sudah dihapus).'
    else if (isValueField(edit.field)) result = parseValueCell(edit, row, context, parents, hint)
    else if (isWholeRow(row)) {
      whole.set(row.id, row)
      result = parseCell(edit, row, context, lists)
    } else result = 'Kolom ini tidak dapat diubah.'
    if (typeof result === 'string') parsed.errors.push({ planRowId: edit.planRowId, field: edit.field, message: result })
    else if (Array.isArray(result)) parsed.entries.push(...result)
    else parsed.entries.push(result)
  }
  parsed.errors.push(...duplicateCodes(db, context.period.id, whole, parsed.entries))
  return parsed
}

interface BatchRows {
  rows: Map<number, ValueRow | StoredPlanRow>
  /** A batch of pagu cells only: every row of the programs above them, as read before the write (listProgramPagu). */
  programRows?: PaguRow[]
}

/**
 * The batch's rows: only their pagu and targets when it holds nothing but such cells. A batch of
 * pagu alone reads the whole programs above them: the same read checks the cells and, with the
 * values written, gives the totals of the rows above (one read instead of one before and one after).
 */
function readBatchRows(db: Db, edits: CellEditInput[]): BatchRows {
  const ids = [...new Set(edits.map((edit) => edit.planRowId))]
  let pagu = false
  let targets = false
  for (const edit of edits) {
    if (edit.field.startsWith('pagu:')) pagu = true
    else if (edit.field.startsWith('target:')) targets = true
    else return { rows: new Map(listStoredRowsByIds(db, ids).map((row) => [row.id, row])) }
  }
  if (pagu && !targets) {
    const programRows = listProgramPagu(db, ids)
    const batch = new Set(ids)
    const rows = new Map<number, ValueRow>()
    for (const { id, level, code, pagu } of programRows) if (batch.has(id)) rows.set(id, { id, level, code, pagu, targets: {} })
    return { rows, programRows }
  }
  return { rows: new Map(listValueRowsByIds(db, ids, { pagu, targets }).map((row) => [row.id, row])) }
}

/**
 * One edit, paste, fill or clear of any number of cells: every cell is checked first; if
 * any is refused nothing is written and each bad cell comes back with its reason. Otherwise
 * all are written in one transaction and recorded as one step of the change log.
 */
export function applyCellEdits(db: Db, args: ValidArgs<'applyCellEdits'>): EditResult {
  const context = loadPlanContext(db)
  // Only the rows the batch touches are read: a paste of 5.000 cells must not load the whole plan.
  const batch = readBatchRows(db, args.edits)
  const rows = batch.rows
  const { entries, errors } = parseAll(db, args.edits, context, batch)
  if (errors.length > 0) {
    const first = errors[0]
    // The row, then the column and year, as the analyst finds the cell: "1.02.02.2.02.0001, Pagu 2024".
    const where = `${rows.get(first.planRowId)?.code ?? `baris ${first.planRowId}`}, ${cellFieldLabel(first.field)}`
    // A single edited cell gets its reason alone; a batch says how many cells and where.
    const message = args.edits.length === 1 ? first.message : `${errors.length} sel tidak dapat disimpan; tidak ada yang diubah. ${where}: ${first.message}`
    throw new ServiceError(first.message.includes('sudah ada pada') ? 'CONFLICT' : 'VALIDATION', message, errors)
  }
  const changes = merge(entries)
  if (changes.length === 0) return { batchId: null, description: 'Tidak ada yang berubah.', rows: [] }
  const cells = countCells(args.edits)
  const description = `${KIND_LABEL[args.kind]} ${cells} sel`
  const batchId = db.transaction(() => {
    for (const change of changes) changeLog.writeValue(db, change, change.newValue)
    return changeLog.recordBatch(db, { osUser: osUser(), kind: `cells:${args.kind}`, description, entries: changes })
  })()
  const values = savedValues(changes, (change) => change.newValue)
  if (values) {
    const totals = batch.programRows ? totalsWithValues(batch.programRows, values) : totalsAfterValues(db, values)
    return { batchId, description, rows: [], values, totals }
  }
  // A cell batch changes neither the version nor the PD list: the context read above still holds.
  return { batchId, description, rows: rowsAndAncestors(db, new Set(changes.map((change) => change.rowId)), context) }
}
