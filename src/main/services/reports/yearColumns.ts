import type { HeaderCell, ReportCell, ReportColumn } from '../../../shared/reports/document'
import { money, sumYears, type Amounts } from './amounts'

// The money part of the recap tables: pagu and share for each year shown, then their sum.

/** "Jumlah 2022-2026" or "Jumlah 2023, 2025". */
export function sumLabel(years: number[]): string {
  const consecutive = years.every((year, index) => index === 0 || year === years[index - 1] + 1)
  return consecutive && years.length > 1 ? `Jumlah ${years[0]}-${years.at(-1)}` : `Jumlah ${years.join(', ')}`
}

export function paguShareColumns(years: number[]): ReportColumn[] {
  return [...years.map(String), 'jumlah'].flatMap((key): ReportColumn[] => {
    const label = key === 'jumlah' ? sumLabel(years) : key
    return [
      { key: `rp${key === 'jumlah' ? 'Jumlah' : key}`, kind: 'money', width: key === 'jumlah' ? 11 : 10, label: `Pagu ${label} (Rp)` },
      { key: `porsi${key === 'jumlah' ? 'Jumlah' : key}`, kind: 'share', width: 5, label: `Porsi ${label}` }
    ]
  })
}

/** The two header rows over paguShareColumns: the year, then "Pagu (Rp)" and "Porsi". */
export function paguShareHeader(years: number[]): { top: HeaderCell[]; bottom: HeaderCell[] } {
  return {
    top: [...years.map((year) => ({ text: `Tahun ${year}`, colSpan: 2 })), { text: sumLabel(years), colSpan: 2 }],
    bottom: [...years, 'jumlah'].flatMap(() => [{ text: 'Pagu (Rp)' }, { text: 'Porsi' }])
  }
}

/** Pagu and share of the year's whole for each year shown, and of their sum. */
export function paguShareCells(amounts: Amounts | undefined, whole: Amounts, years: number[]): ReportCell[] {
  return [
    ...years.flatMap((year): ReportCell[] => [money(amounts?.[year] ?? 0), { kind: 'share', part: amounts?.[year] ?? 0, whole: whole[year] ?? 0 }]),
    money(sumYears(amounts, years)),
    { kind: 'share', part: sumYears(amounts, years), whole: sumYears(whole, years) }
  ]
}
