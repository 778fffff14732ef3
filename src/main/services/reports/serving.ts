import type Database from 'better-sqlite3'
import { readServingPagu, type ServingPagu } from '../../db/repositories/reports'
import { exactSum, type Amounts } from './amounts'

/**
 * Which sasaran and misi each program serves and with how much of its pagu: the rows of the
 * program that serve them (Keselarasan's rule). A program linked itself serves with its whole
 * total; one served through a kegiatan or sub kegiatan link with that part only.
 */
export interface Serving {
  /** program id -> sasaran id -> pagu per year. */
  bySasaran: Map<number, Map<number, Amounts>>
  /** program id -> misi id -> pagu per year. */
  byMisi: Map<number, Map<number, Amounts>>
  /** program id -> pagu per year of its rows that serve any sasaran. */
  linked: Map<number, Amounts>
}

function group(rows: ServingPagu[]): Map<number, Map<number, Amounts>> {
  const result = new Map<number, Map<number, Amounts>>()
  for (const row of rows) {
    let byTarget = result.get(row.programId)
    if (!byTarget) result.set(row.programId, (byTarget = new Map<number, Amounts>()))
    let amounts = byTarget.get(row.targetId)
    if (!amounts) byTarget.set(row.targetId, (amounts = {}))
    if (row.year !== null) amounts[row.year] = exactSum(amounts[row.year] ?? 0, row.amount)
  }
  return result
}

export function loadServing(db: Database.Database, periodId: number): Serving {
  const tables = readServingPagu(db, periodId)
  const linked = new Map<number, Amounts>()
  for (const [programId, byTarget] of group(tables.linked)) linked.set(programId, byTarget.get(0) ?? {})
  return { bySasaran: group(tables.bySasaran), byMisi: group(tables.byMisi), linked }
}
