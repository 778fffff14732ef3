import type Database from 'better-sqlite3'
import type { PlanRow } from '../../../shared/domain'
import { readRowServing } from '../../db/repositories/reports'
import { exactSum, type Amounts } from './amounts'

/**
 * Which sasaran and misi each program serves and with how much of its pagu: the pagu of its rows
 * that serve them (Keselarasan's rule, repositories/reports.ts). A program linked itself serves
 * with its whole total; one served through a kegiatan or sub kegiatan link with that part only.
 */
export interface Serving {
  /** program id -> sasaran id -> pagu per year. */
  bySasaran: Map<number, Map<number, Amounts>>
  /** program id -> misi id -> pagu per year. */
  byMisi: Map<number, Map<number, Amounts>>
  /** program id -> pagu per year of its rows that serve any sasaran. */
  linked: Map<number, Amounts>
  /** Rows with pagu of their own that serve several misi (Keselarasan's multiMisiRows): row -> misi ids. */
  multiMisi: Map<PlanRow, number[]>
}

function addPagu(into: Amounts, pagu: Record<number, number>): void {
  for (const key in pagu) into[key] = exactSum(into[key] ?? 0, pagu[key])
}

/** Sums each row's own pagu into its program's entry for every target (sasaran or misi) the row serves. */
function byProgram(pairs: Array<[number, number]>, rowById: Map<number, PlanRow>, programOf: (row: PlanRow) => number): Map<number, Map<number, Amounts>> {
  const result = new Map<number, Map<number, Amounts>>()
  for (const [rowId, targetId] of pairs) {
    const row = rowById.get(rowId)
    if (!row) continue
    const programId = programOf(row)
    let byTarget = result.get(programId)
    if (!byTarget) result.set(programId, (byTarget = new Map<number, Amounts>()))
    let amounts = byTarget.get(targetId)
    if (!amounts) byTarget.set(targetId, (amounts = {}))
    addPagu(amounts, row.pagu)
  }
  return result
}

/** `rows`: every plan row of the period (their own pagu and parents). */
export function loadServing(db: Database.Database, periodId: number, rows: PlanRow[]): Serving {
  const { rowSasaran, rowMisi } = readRowServing(db, periodId)
  const rowById = new Map(rows.map((row) => [row.id, row]))
  const programIds = new Map<number, number>()
  const programOf = (row: PlanRow): number => {
    const known = programIds.get(row.id)
    if (known !== undefined) return known
    const parent = row.parentId === null ? undefined : rowById.get(row.parentId)
    const programId = parent ? programOf(parent) : row.id
    programIds.set(row.id, programId)
    return programId
  }
  const linked = new Map<number, Amounts>()
  const seen = new Set<number>()
  for (const [rowId] of rowMisi) {
    const row = rowById.get(rowId)
    if (!row || seen.has(rowId)) continue
    seen.add(rowId)
    const programId = programOf(row)
    let amounts = linked.get(programId)
    if (!amounts) linked.set(programId, (amounts = {}))
    addPagu(amounts, row.pagu)
  }
  const misiOfRow = new Map<number, number[]>()
  for (const [rowId, misiId] of rowMisi) misiOfRow.set(rowId, [...(misiOfRow.get(rowId) ?? []), misiId])
  const multiMisi = new Map<PlanRow, number[]>()
  for (const [rowId, misiIds] of misiOfRow) {
    const row = rowById.get(rowId)
    if (row && misiIds.length > 1 && Object.values(row.pagu).some((amount) => amount > 0)) multiMisi.set(row, misiIds)
  }
  return { bySasaran: byProgram(rowSasaran, rowById, programOf), byMisi: byProgram(rowMisi, rowById, programOf), linked, multiMisi }
}
