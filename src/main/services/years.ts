import type { RpjmdPeriod } from '../../shared/domain'
import { paguYearSpan } from '../../shared/planYears'
import { invalid } from './errors'

/** Turns {"2023": x} into [{year: 2023, value: x}], refusing years outside the allowed span. */
export function entriesWithinYears<T>(byYear: Record<string, T>, allowed: { from: number; to: number }, what: string): Array<{ year: number; value: T }> {
  return Object.entries(byYear).map(([key, value]) => {
    const year = Number(key)
    if (year < allowed.from || year > allowed.to) {
      throw invalid(`Tahun ${key} di luar ${what} (${allowed.from}-${allowed.to}).`)
    }
    return { year, value }
  })
}

/** The pagu years of a new row are those of a cell edit (shared rule), prakiraan maju included. */
export function paguYears(period: Pick<RpjmdPeriod, 'firstYear' | 'lastYear'>) {
  return paguYearSpan(period)
}

export function indikatorYears(period: RpjmdPeriod) {
  return { from: period.firstYear, to: period.lastYear }
}
