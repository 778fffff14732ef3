// The one API contract: argument schemas (validated in main) and result types.
// Messages are what an analyst reads, so they are in Bahasa Indonesia.
import { z } from 'zod'
import { id as indonesian } from 'zod/v4/locales'
import type { ChannelName } from './channels'
import type { Indikator, KeselarasanView, PerangkatDaerah, PlanView, ProgramRow, Sasaran } from './domain'
import { MAX_RUPIAH } from './money'
import type { ApiError, Result } from './result'

// Any message not written below comes out in Bahasa Indonesia too.
z.config(indonesian())

const id = (what: string) =>
  z.number({ error: `${what} tidak valid.` }).int({ error: `${what} tidak valid.` }).positive({ error: `${what} tidak valid.` })

const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `${what} harus berupa teks.` })
    .trim()
    .min(min, { error: `${what} wajib diisi.` })
    .max(max, { error: `${what} terlalu panjang (paling banyak ${max} karakter).` })


export const rupiah = z
  .number({ error: 'Pagu harus berupa angka rupiah.' })
  .int({ error: 'Pagu harus rupiah bulat, tanpa sen.' })
  .min(0, { error: 'Pagu tidak boleh negatif.' })
  .max(MAX_RUPIAH, { error: 'Pagu terlalu besar.' })

/** Pagu per year, keyed by the year as text (JSON object keys are strings). */
const paguByYear = z.record(
  z.string().regex(/^\d{4}$/, { error: 'Tahun pagu tidak valid.' }),
  rupiah,
  { error: 'Pagu per tahun tidak valid.' }
)

const targetValue = z.union([
  z.number({ error: 'Target tidak valid.' }).refine(Number.isFinite, { error: 'Target harus angka yang sah.' }),
  text('Target', 100)
], { error: 'Target harus berupa angka atau teks singkat (paling banyak 100 karakter).' })

const programCode = z
  .string({ error: 'Kode program harus berupa teks.' })
  .trim()
  .regex(/^(\d|X)\.(\d\d|XX)\.\d\d$/, { error: 'Kode program harus berformat U.BB.PP, misalnya 1.02.02.' })

const noArgs = z.object({}).strict()

export const argSchemas = {
  getPlan: noArgs,
  attachSasaranToTujuan: z.object({ sasaranId: id('Sasaran'), tujuanId: id('Tujuan').nullable() }).strict(),
  listIndikator: z.object({ sasaranId: id('Sasaran') }).strict(),
  createIndikator: z
    .object({ sasaranId: id('Sasaran'), name: text('Nama indikator', 500), satuan: text('Satuan', 50, 0) })
    .strict(),
  updateIndikator: z
    .object({
      indikatorId: id('Indikator'),
      name: text('Nama indikator', 500),
      satuan: text('Satuan', 50, 0),
      values: z.record(z.string().regex(/^\d{4}$/, { error: 'Tahun target tidak valid.' }), targetValue.nullable())
    })
    .strict(),
  deleteIndikator: z.object({ indikatorId: id('Indikator') }).strict(),
  listPerangkatDaerah: noArgs,
  listPrograms: noArgs,
  createProgram: z
    .object({
      perangkatDaerahId: id('Perangkat daerah'),
      code: programCode,
      name: text('Nama program', 500),
      pagu: paguByYear.optional()
    })
    .strict(),
  updateProgram: z
    .object({
      programId: id('Program'),
      changes: z
        .object({
          perangkatDaerahId: id('Perangkat daerah').optional(),
          code: programCode.optional(),
          name: text('Nama program', 500).optional(),
          pagu: paguByYear.optional()
        })
        .strict()
    })
    .strict(),
  deleteProgram: z.object({ programId: id('Program') }).strict(),
  linkSasaran: z.object({ programId: id('Program'), sasaranId: id('Sasaran') }).strict(),
  unlinkSasaran: z.object({ programId: id('Program'), sasaranId: id('Sasaran') }).strict(),
  getKeselarasan: noArgs
} satisfies Record<ChannelName, z.ZodType>

export interface ApiResults {
  getPlan: PlanView
  attachSasaranToTujuan: Sasaran
  listIndikator: Indikator[]
  createIndikator: Indikator
  updateIndikator: Indikator
  deleteIndikator: { deleted: true }
  listPerangkatDaerah: PerangkatDaerah[]
  listPrograms: ProgramRow[]
  createProgram: ProgramRow
  updateProgram: ProgramRow
  deleteProgram: { deleted: true }
  linkSasaran: ProgramRow
  unlinkSasaran: ProgramRow
  getKeselarasan: KeselarasanView
}

export type ApiArgs<K extends ChannelName> = z.input<(typeof argSchemas)[K]>
export type ValidArgs<K extends ChannelName> = z.output<(typeof argSchemas)[K]>

/** What window.api (Electron) and its HTTP twin (browser mode) both provide. */
export type SelarasApi = { [K in ChannelName]: (args: ApiArgs<K>) => Promise<Result<ApiResults[K]>> }

/** Validates untrusted arguments for a channel. */
export function validateArgs<K extends ChannelName>(channel: K, raw: unknown): Result<ValidArgs<K>> {
  const parsed = argSchemas[channel].safeParse(raw === undefined ? {} : raw)
  if (parsed.success) return { ok: true, value: parsed.data as ValidArgs<K> }
  return { ok: false, error: describeIssues(parsed.error) }
}

function describeIssues(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    return { code: 'VALIDATION', message: `Isian tidak dikenal: ${issue.keys.join(', ')}.` }
  }
  return { code: 'VALIDATION', message: issue?.message ?? 'Isian tidak valid.' }
}
