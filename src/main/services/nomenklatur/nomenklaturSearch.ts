import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { NomenklaturEntry } from '../../../shared/master'
import { searchEntries } from '../../db/repositories/nomenklatur'
import { invalid } from '../errors'
import { loadPlanContext } from '../planRows/planContext'

const TEMPLATE = 'X.XX'

/**
 * Codes of the plan's nomenclature whose code or name contains the query. Template codes
 * (X.XX.01 ...) come back written with the PD's own bidang, as the plan stores them.
 */
export function searchNomenklatur(db: Database.Database, args: ValidArgs<'searchNomenklatur'>): NomenklaturEntry[] {
  const context = loadPlanContext(db)
  if (!context.versionId || !context.index) {
    throw invalid('Belum ada nomenklatur yang dipakai rencana. Impor dulu di Data Induk › Nomenklatur.')
  }
  let prefix = args.parentCode ?? null
  let parentBidang: string | null = null
  if (prefix && /^\d\.\d\d\.01(\.|$)/.test(prefix) && !context.index.has(prefix) && context.index.has(TEMPLATE + prefix.slice(4))) {
    parentBidang = prefix.slice(0, 4)
    prefix = TEMPLATE + prefix.slice(4)
  }
  const bidang = args.perangkatDaerahId === undefined ? [] : (context.bidangByPd.get(args.perangkatDaerahId) ?? [])
  const limit = args.limit ?? 50
  const found = searchEntries(db, context.versionId, args.level, args.query, prefix, limit)
  const results: NomenklaturEntry[] = []
  for (const entry of found) {
    if (!entry.code.startsWith(TEMPLATE)) {
      results.push(entry)
      continue
    }
    const owners = parentBidang ? [parentBidang] : bidang.length > 0 ? bidang : [TEMPLATE]
    for (const owner of owners) {
      results.push({ ...entry, code: owner + entry.code.slice(4), parentCode: entry.parentCode && owner + entry.parentCode.slice(4) })
    }
  }
  return results.slice(0, limit)
}
