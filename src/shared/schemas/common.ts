import { z } from 'zod'
import { id as indonesian } from 'zod/v4/locales'
import { MAX_RUPIAH } from '../money'

// Any message not written in the schemas comes out in Bahasa Indonesia too.
z.config(indonesian())

export const id = (what: string) =>
  z
    .number({ error: `${what} tidak valid.` })
    .int({ error: `${what} tidak valid.` })
    .positive({ error: `${what} tidak valid.` })

export const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `${what} harus berupa teks.` })
    .trim()
    .min(min, { error: `${what} wajib diisi.` })
    .max(max, { error: `${what} terlalu panjang (paling banyak ${max} karakter).` })

export const yearKey = (what: string) => z.string().regex(/^\d{4}$/, { error: `Tahun ${what} tidak valid.` })

export const rupiah = z
  .number({ error: 'Pagu harus berupa angka rupiah.' })
  .int({ error: 'Pagu harus rupiah bulat, tanpa sen.' })
  .min(0, { error: 'Pagu tidak boleh negatif.' })
  .max(MAX_RUPIAH, { error: 'Pagu terlalu besar.' })

export const year = z
  .number({ error: 'Tahun harus berupa angka.' })
  .int({ error: 'Tahun harus bilangan bulat.' })
  .min(2000, { error: 'Tahun terlalu kecil.' })
  .max(2100, { error: 'Tahun terlalu besar.' })

export const noArgs = z.object({}).strict()

/** Nomenclature codes: digits and dots, with X for the template bidang (X.XX). */
export const code = (what: string) =>
  z
    .string({ error: `Kode ${what} harus berupa teks.` })
    .trim()
    .min(1, { error: `Kode ${what} wajib diisi.` })
    .max(40, { error: `Kode ${what} terlalu panjang.` })
    .regex(/^[0-9X][0-9X.]*$/, { error: `Kode ${what} hanya berisi angka dan titik, misalnya 1.02.02.` })
