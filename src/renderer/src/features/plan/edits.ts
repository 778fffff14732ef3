import type { ApiArgs } from '../../../../shared/contract'
import { parseRupiahInput, type ParseResult } from '../../../../shared/numberInput'

export type PlanRowChanges = ApiArgs<'updatePlanRow'>['changes']

/** Text that falls back to the nomenclature when emptied. */
const OVERRIDABLE: Record<string, 'name' | 'indikator' | 'satuan'> = { name: 'name', indikator: 'indikator', satuan: 'satuan' }

/** Turns one grid edit into the API's changes, or the reason it cannot be saved. */
export function changesForEdit(colId: string, newValue: unknown): ParseResult<PlanRowChanges | null> {
  const text = newValue === null || newValue === undefined ? '' : String(newValue)
  const paguYear = /^pagu(\d{4})$/.exec(colId)
  if (paguYear) {
    const parsed = parseRupiahInput(text)
    if (!parsed.ok) return parsed
    return { ok: true, value: { pagu: { [paguYear[1]]: parsed.value ?? 0 } } }
  }
  const overridable = OVERRIDABLE[colId]
  if (overridable) return { ok: true, value: { [overridable]: text.trim() === '' ? null : text } }
  switch (colId) {
    case 'perangkatDaerah':
      return { ok: true, value: { perangkatDaerahId: Number(newValue) } }
    case 'code':
      return { ok: true, value: { code: text.trim() } }
    default:
      return { ok: true, value: null }
  }
}
