import type Database from 'better-sqlite3'
import type { ReportDocument } from '../../../shared/reports/document'
import { reportOptionsSchema, type ReportId, type ReportOptions, type ReportOptionsInput } from '../../../shared/reports/options'
import { invalid } from '../errors'
import { sumTooLarge } from './amounts'
import { loadReportContext, type ReportContext } from './context'
import { buildDaftarProgram } from './daftarProgram'
import { buildKeselarasanReport } from './keselarasan'
import { buildRekap } from './rekap'
import { buildTc14 } from './tc14'

// A report as data (ReportDocument): what the print view, the XLSX and the CSV writers render.

const BUILDERS: Record<ReportId, (context: ReportContext) => ReportDocument> = {
  tc14: buildTc14,
  rekapMisiPd: buildRekap,
  keselarasan: buildKeselarasanReport,
  daftarProgram: buildDaftarProgram
}

/** Builds one report from the database. Options are checked here too: the writers and the bench call this directly. */
export function buildReport(db: Database.Database, options: ReportOptions | ReportOptionsInput): ReportDocument {
  const parsed = reportOptionsSchema.safeParse(options)
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'Pilihan laporan tidak valid.')
  const build = BUILDERS[parsed.data.report]
  try {
    // One read transaction: every number of the report comes from the same state of the plan.
    return db.transaction(() => build(loadReportContext(db, parsed.data)))()
  } catch (error) {
    // safeRupiah (repositories) refuses a SQL sum past 2^53 with a RangeError; the analyst gets the reason.
    if (error instanceof RangeError && error.message.includes('safe integer range')) throw sumTooLarge()
    throw error
  }
}
