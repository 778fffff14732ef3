import { z } from 'zod'
import { CELL_FIELD } from '../cellFields'

/** One cell of an edit, paste, fill or clear, as the renderer sends it. */
export interface CellEditArg {
  planRowId: number
  field: string
  text: string
}

export const MAX_CELLS = 200_000

/** Why one cell of a batch is not acceptable, or undefined. */
function cellProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Daftar perubahan tidak valid.'
  const cell = value as Record<string, unknown>
  const unknown = Object.keys(cell).filter((key) => key !== 'planRowId' && key !== 'field' && key !== 'text')
  if (unknown.length > 0) return `Isian tidak dikenal: ${unknown.join(', ')}.`
  const { planRowId, field, text } = cell
  if (typeof planRowId !== 'number' || !Number.isSafeInteger(planRowId) || planRowId <= 0) return 'Baris tidak valid.'
  if (typeof field !== 'string' || !CELL_FIELD.test(field)) return 'Kolom tidak dapat diubah.'
  if (typeof text !== 'string') return 'Isi sel harus berupa teks.'
  if (text.length > 2000) return 'Isi sel terlalu panjang.'
  return undefined
}

/**
 * The cells of a batch, checked by hand: a paste sends thousands of them, and a zod object per
 * cell is slow while the page is cold. It accepts what the zod schema accepted; the message is about the first bad cell, whose position is the path.
 */
export const cellEditList = z.custom<CellEditArg[]>().superRefine((value, context) => {
  if (!Array.isArray(value)) return void context.addIssue({ code: 'custom', message: 'Daftar perubahan tidak valid.' })
  if (value.length === 0) return void context.addIssue({ code: 'custom', message: 'Tidak ada sel yang diubah.' })
  if (value.length > MAX_CELLS) return void context.addIssue({ code: 'custom', message: 'Terlalu banyak sel dalam satu perubahan (paling banyak 200.000).' })
  for (let index = 0; index < value.length; index++) {
    const problem = cellProblem(value[index])
    if (problem) return void context.addIssue({ code: 'custom', message: problem, path: [index] })
  }
})
