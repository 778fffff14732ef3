import { useSyncExternalStore } from 'react'
import type { ReportOptions } from '../../../../shared/reports/options'
import { reportOptions, subscribeReportOptions } from './reportOptionsStore'

/** The Cetak screen's options, read from their one owner. */
export function useReportOptions(): ReportOptions {
  return useSyncExternalStore(subscribeReportOptions, reportOptions)
}

/** The options that decide the report's rows; paper, kop, DRAFT and the signatory only change its pages. */
export function dataOptionsKey(options: ReportOptions): string {
  const { report, years, perangkatDaerahId, misiId, sasaranId, text, includeUnlinked, groupBy } = options
  return JSON.stringify({ report, years, perangkatDaerahId, misiId, sasaranId, text, includeUnlinked, groupBy })
}
