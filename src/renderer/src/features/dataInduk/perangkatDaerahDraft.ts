import type { PerangkatDaerah } from '../../../../shared/domain'

/** What the analyst types for one perangkat daerah, kept as text until saved. */
export interface PerangkatDaerahDraft {
  code: string
  name: string
  shortName: string
  bidang: string
  validFrom: string
  validTo: string
  /** Successor id as text; '' for none. */
  successorId: string
}

export type PerangkatDaerahFields = Omit<PerangkatDaerah, 'id' | 'fromStartingList'>

export const EMPTY_DRAFT: PerangkatDaerahDraft = {
  code: '',
  name: '',
  shortName: '',
  bidang: '',
  validFrom: '',
  validTo: '',
  successorId: ''
}

export const formatBidang = (bidang: string[]): string => bidang.join(', ')

export function toDraft(pd: PerangkatDaerah): PerangkatDaerahDraft {
  return {
    code: pd.code ?? '',
    name: pd.name,
    shortName: pd.shortName,
    bidang: formatBidang(pd.bidang),
    validFrom: pd.validFrom === null ? '' : String(pd.validFrom),
    validTo: pd.validTo === null ? '' : String(pd.validTo),
    successorId: pd.successorId === null ? '' : String(pd.successorId)
  }
}

/** "1.02, 2.14" or "1.02 2.14" -> ["1.02", "2.14"]; the format itself is checked by main. */
export function parseBidang(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

function parseYear(text: string, what: string): Parsed<number | null> {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  if (!/^\d{4}$/.test(trimmed)) return { ok: false, message: `Tahun ${what} harus empat angka, misalnya 2025.` }
  return { ok: true, value: Number(trimmed) }
}

/** The draft as API fields, or the first reason it cannot be sent. */
export function parseDraft(draft: PerangkatDaerahDraft): Parsed<PerangkatDaerahFields> {
  const validFrom = parseYear(draft.validFrom, 'berlaku dari')
  if (!validFrom.ok) return validFrom
  const validTo = parseYear(draft.validTo, 'berlaku sampai')
  if (!validTo.ok) return validTo
  const code = draft.code.trim()
  return {
    ok: true,
    value: {
      code: code === '' ? null : code,
      name: draft.name,
      shortName: draft.shortName,
      bidang: parseBidang(draft.bidang),
      validFrom: validFrom.value,
      validTo: validTo.value,
      successorId: draft.successorId === '' ? null : Number(draft.successorId)
    }
  }
}
