/**
 * The plan grid's cell fields: what a cell edit, a paste or a row added by a paste may change,
 * and how a message names the cell. One rule for the channel's check (schemas), the paste that
 * adds rows, and the screen.
 */

/** Every field a cell edit may change: the code, the texts, the lists, and pagu / target per year. */
export const CELL_FIELD = /^(code|name|indikator|satuan|lokasi|sumberDana|(pagu|target):\d{4})$/

/** A row added by a paste gets its code of its own; its other cells are these fields. */
export const NEW_ROW_CELL_FIELD = /^(name|indikator|satuan|lokasi|sumberDana|(pagu|target):\d{4})$/

export type CellField = 'code' | 'name' | 'indikator' | 'satuan' | 'lokasi' | 'sumberDana' | `pagu:${number}` | `target:${number}`

export const isCellField = (field: string): field is CellField => CELL_FIELD.test(field)
export const isNewRowCellField = (field: string): field is Exclude<CellField, 'code'> => NEW_ROW_CELL_FIELD.test(field)

const LABELS: Record<string, string> = {
  code: 'Kode',
  name: 'Nama',
  indikator: 'Indikator',
  satuan: 'Satuan',
  lokasi: 'Lokasi',
  sumberDana: 'Sumber dana'
}

/** The column as the analyst reads it: "Pagu 2024", "Target 2023", "Lokasi". */
export function cellFieldLabel(field: string): string {
  const separator = field.indexOf(':')
  if (separator < 0) return LABELS[field] ?? field
  const kind = field.slice(0, separator)
  return `${kind === 'pagu' ? 'Pagu' : kind === 'target' ? 'Target' : kind} ${field.slice(separator + 1)}`
}
