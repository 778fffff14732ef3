import type { ApiArgs } from '../../../../shared/contract'
import { parseRupiahInput, type ParseResult } from '../../../../shared/numberInput'

export type UpdateProgramChanges = ApiArgs<'updateProgram'>['changes']

/** Turns one grid edit into the API's changes, or the reason it cannot be saved. */
export function changesForEdit(colId: string, newValue: unknown): ParseResult<UpdateProgramChanges | null> {
  const text = newValue === null || newValue === undefined ? '' : String(newValue)
  const paguYear = /^pagu(\d{4})$/.exec(colId)
  if (paguYear) {
    const parsed = parseRupiahInput(text)
    if (!parsed.ok) return parsed
    return { ok: true, value: { pagu: { [paguYear[1]]: parsed.value ?? 0 } } }
  }
  switch (colId) {
    case 'perangkatDaerah':
      return { ok: true, value: { perangkatDaerahId: Number(newValue) } }
    case 'code':
      return { ok: true, value: { code: text.trim() } }
    case 'name':
      return { ok: true, value: { name: text } }
    default:
      return { ok: true, value: null }
  }
}
