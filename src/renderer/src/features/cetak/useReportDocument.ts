import { useCallback, useMemo } from 'react'
import { call } from '../../api/client'
import type { ApiArgs } from '../../../../shared/contract'
import type { ReportOptions } from '../../../../shared/reports/options'
import { useLoad } from '../../useLoad'
import { dataOptionsKey } from './useReportOptions'

/** The report's data from main, read again only when an option that changes its rows changes. */
export function useReportDocument(options: ReportOptions) {
  const key = dataOptionsKey(options)
  // The loader is memoised on the data options alone: a new paper size reuses the rows.
  const dataOptions = useMemo(() => JSON.parse(key) as ApiArgs<'getReport'>, [key])
  const load = useCallback(() => call('getReport', { ...dataOptions }), [dataOptions])
  return useLoad(load)
}
