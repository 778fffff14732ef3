// The rule for a lokasi or sumber dana cell. The server decides with it; the plan grid's editor
// uses the same rule to keep a refused text in the cell before the editor closes.
import type { Lokasi, ReferenceItem } from './master'

export interface ListChoice {
  id: number
  code: string
  name: string
  /** Other names it answers to (BAHIM for its long name). */
  aliases: string[]
  active: boolean
}

export interface ListCellChoices {
  lokasi: ListChoice[]
  sumberDana: ListChoice[]
}

/** The choices of the two list cells, from Data Induk's lokasi and sumber dana lists. */
export function listChoicesOf(lokasi: readonly Lokasi[], sumberDana: readonly ReferenceItem[]): ListCellChoices {
  return {
    lokasi: lokasi.map((entry) => ({
      id: entry.id,
      code: entry.code,
      name: entry.name,
      aliases: entry.level === 'kelompok' ? [entry.name.replace(/\s*\(.*\)$/, '')] : [],
      active: true
    })),
    sumberDana: sumberDana.map((item) => ({ id: item.id, code: item.code, name: item.name, aliases: [], active: item.active }))
  }
}

/** The list field's choices and how a message names it, or undefined for another field. */
export function listCellOf(field: string, choices: ListCellChoices): { choices: ListChoice[]; what: string } | undefined {
  if (field === 'lokasi') return { choices: choices.lokasi, what: 'Lokasi' }
  if (field === 'sumberDana') return { choices: choices.sumberDana, what: 'Sumber dana' }
  return undefined
}

/**
 * Reads "Moti; Pulau Hiri" (names or codes, separated by ";" or new lines) into ids, or
 * says which item is unknown or could mean two things. An empty cell clears the list.
 */
export function parseListCell(text: string, choices: ListChoice[], what: string): number[] | string {
  const tokens = text
    .split(/[;\n\r]+/)
    .map((token) => token.trim())
    .filter(Boolean)
  const ids = new Set<number>()
  for (const token of tokens) {
    const wanted = token.toLowerCase()
    const matches = choices.filter(
      (choice) => choice.code.toLowerCase() === wanted || choice.name.toLowerCase() === wanted || choice.aliases.some((alias) => alias.toLowerCase() === wanted)
    )
    if (matches.length === 0) return `${what} "${token}" tidak dikenal. Tulis nama atau kode dari Data Induk, dipisah titik koma.`
    if (matches.length > 1) return `${what} "${token}" cocok dengan beberapa isian; tulis kodenya (${matches.map((match) => match.code).join(' atau ')}).`
    if (!matches[0].active) return `${what} "${token}" sudah tidak aktif di Data Induk.`
    ids.add(matches[0].id)
  }
  return [...ids].sort((a, b) => a - b)
}
