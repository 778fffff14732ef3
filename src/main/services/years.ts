import type { RpjmdPeriod } from '../../shared/domain'
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

export function paguYears(period: RpjmdPeriod) {
  return { from: period.firstYear + 1, to: period.lastYear }
}

export function indikatorYears(period: RpjmdPeriod) {
  return { from: period.firstYear, to: period.lastYear }
}
