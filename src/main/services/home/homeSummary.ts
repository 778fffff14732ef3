import type Database from 'better-sqlite3'
import type { HomeSummary } from '../../../shared/homeSummary'
import { rowWarningCount, rowWarnings, WARNING_KINDS, type WarningKind } from '../../../shared/planWarnings'
import { countRows, countSasaran, lastChange, paguByYear, subKegiatanForWarnings } from '../../db/repositories/homeSummary'
import { listVersions } from '../../db/repositories/nomenklatur'
import { targetYears } from '../../db/repositories/rpjmd'
import { countFlaggedRows, loadPlanContext } from '../planRows/planContext'

/** Beranda's numbers, read in one transaction so they agree with each other. */
export function getHomeSummary(db: Database.Database): HomeSummary {
  return db.transaction(() => {
    const context = loadPlanContext(db)
    const period = context.period
    const years = targetYears(period)
    const counts = countRows(db, period.id)
    const pagu = paguByYear(db, period.id)
    // The grid's years: the plan's, then the prakiraan maju year after them.
    const paguYears = [...years, period.lastYear + 1]

    const byKind = new Map<WarningKind, number>(WARNING_KINDS.map(([kind]) => [kind, 0]))
    let warningTotal = 0
    for (const row of subKegiatanForWarnings(db, period.id)) {
      // Spelled out only for rows that have any, as the Peringatan list does.
      if (rowWarningCount(row, row.servesSasaran, years) === 0) continue
      for (const warning of rowWarnings(row, row.servesSasaran, years)) {
        byKind.set(warning.kind, (byKind.get(warning.kind) ?? 0) + 1)
        warningTotal += 1
      }
    }
    const { perangkatDaerahUnchecked, ...rowCounts } = counts
    const inUse = listVersions(db, context.versionId).find((version) => version.active)
    return {
      periodName: period.name,
      counts: rowCounts,
      paguByYear: paguYears.map((year) => ({ year, pagu: pagu.get(year) ?? 0, prakiraanMaju: year > period.lastYear })),
      sasaran: countSasaran(db, period.id),
      subKegiatanWithoutSasaran: byKind.get('sasaran') ?? 0,
      warnings: WARNING_KINDS.map(([kind, label]) => ({ kind, label, count: byKind.get(kind) ?? 0 })),
      warningTotal,
      nomenklatur: inUse ? { name: inUse.name, subKegiatanCount: inUse.counts.subKegiatan } : null,
      flaggedCodes: countFlaggedRows(db, context),
      perangkatDaerahUnchecked,
      lastChange: lastChange(db)
    }
  })()
}
