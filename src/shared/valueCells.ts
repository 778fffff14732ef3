// The rule for one pagu or target cell. The server decides with it; the plan screen uses the
// same rule to show a paste it expects to be saved while the server checks and writes it.
import type { PlanLevel, RpjmdPeriod, TargetValue } from './domain'
import { parseRupiahInput, parseTargetInput, type GroupingHint } from './numberInput'
import { paguYearSpan, targetYearSpan, withinSpan } from './planYears'

/** What the rule needs to know about the row of the cell. */
export interface ValueCellRow {
  level: PlanLevel
  pagu: Readonly<Record<number, number>>
  targets: Readonly<Record<number, TargetValue>>
}

export interface ValueCell {
  kind: 'pagu' | 'target'
  year: number
  oldValue: number | string | null
  value: number | string | null
}

export const isValueField = (field: string): boolean => field.startsWith('pagu:') || field.startsWith('target:')

/**
 * Reads `text` typed or pasted into `field` (pagu:2024, target:2024) of a row, or says why it
 * cannot be saved. `hasChildren`: the row has rows below it (a program with kegiatan takes
 * its pagu from them); `hint`: how the batch groups thousands (groupingHintOf).
 */
export function readValueCell(
  field: string,
  text: string,
  row: ValueCellRow,
  hasChildren: boolean,
  period: Pick<RpjmdPeriod, 'firstYear' | 'lastYear'>,
  hint: GroupingHint
): ValueCell | string {
  const separator = field.indexOf(':')
  const kind = field.slice(0, separator)
  const yearText = field.slice(separator + 1)
  const year = Number(yearText)
  if (kind === 'pagu') {
    const span = paguYearSpan(period)
    if (!withinSpan(year, span)) return `Tahun ${yearText} di luar tahun pagu (${span.from}-${span.to}).`
    const parsed = parseRupiahInput(text, hint)
    if (!parsed.ok) return parsed.message
    const old = row.pagu[year] ?? null
    if (row.level === 'kegiatan') return 'Pagu diisi pada sub kegiatan; pagu kegiatan adalah jumlah sub kegiatannya.'
    if (row.level === 'program' && hasChildren && (parsed.value ?? 0) > (old ?? 0))
      return `Program ini sudah punya kegiatan; isi pagu ${year} pada sub kegiatannya.`
    return { kind, year, oldValue: old, value: parsed.value }
  }
  if (kind === 'target') {
    const span = targetYearSpan(period)
    if (!withinSpan(year, span)) return `Tahun ${yearText} di luar periode (${span.from}-${span.to}).`
    const parsed = parseTargetInput(text)
    if (!parsed.ok) return parsed.message
    return { kind, year, oldValue: row.targets[year] ?? null, value: parsed.value }
  }
  return 'Kolom ini tidak dapat diubah.'
}
