import type { RpjmdPeriod } from './domain'

type Period = Pick<RpjmdPeriod, 'firstYear' | 'lastYear'>

/** The year after the plan's last: its pagu is the prakiraan maju (forward estimate), a column of its own. */
export const prakiraanMajuYear = (period: Period): number => period.lastYear + 1

/** Years a pagu is entered for: the plan's years after the baseline, and the prakiraan maju year. */
export const paguYearSpan = (period: Period): { from: number; to: number } => ({ from: period.firstYear + 1, to: prakiraanMajuYear(period) })

/** Years a target is entered for: the baseline (kondisi awal) through the prakiraan maju year. */
export const targetYearSpan = (period: Period): { from: number; to: number } => ({ from: period.firstYear, to: prakiraanMajuYear(period) })

/** Every pagu year in order (2022-2027 for the RPJMD 2021-2026). */
export function paguYearList(period: Period): number[] {
  const { from, to } = paguYearSpan(period)
  const years: number[] = []
  for (let year = from; year <= to; year++) years.push(year)
  return years
}

export const withinSpan = (year: number, span: { from: number; to: number }): boolean => Number.isInteger(year) && year >= span.from && year <= span.to
