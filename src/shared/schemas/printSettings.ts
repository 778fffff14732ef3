import { z } from 'zod'
import { MAX_LOGO_BYTES, logoSizeProblem } from '../printLogo'
import { KOP_LIMITS, SIGNATORY_LIMITS } from '../printSettingsFields'
import { nipProblem } from '../reports/format'
import { PAPER_SIZES } from '../reports/options'
import { id, text } from './common'

// The Data Induk > Kop & penandatangan channels: kop lines, logo, signatories, the defaults of a new report.

// A kop line or a signatory field is one printed line: no line breaks or control characters.
// eslint-disable-next-line no-control-regex -- the control characters are what is refused
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/
const line = (what: string, max: number, min = 1) => text(what, max, min).regex(ONE_LINE, { error: `${what} harus satu baris, tanpa baris baru.` })

/** The size of the file a base64 text stands for. */
const base64Bytes = (value: unknown) => (typeof value === 'string' ? Math.floor((value.length * 3) / 4) : 0)

/** Base64 of a 1 MB file, with room for padding. */
const MAX_LOGO_BASE64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4

const nip = z
  .string({ error: 'NIP harus berupa teks.' })
  .max(40, { error: 'NIP harus 18 digit.' })
  .superRefine((value, context) => {
    const problem = nipProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })
  .transform((value) => value.replace(/\s+/g, ''))

const signatoryFields = {
  name: line('Nama penandatangan', SIGNATORY_LIMITS.name),
  title: line('Jabatan', SIGNATORY_LIMITS.title),
  pangkat: line('Pangkat/golongan', SIGNATORY_LIMITS.pangkat, 0),
  nip
}

export const printSettingsSchemas = {
  updateKop: z
    .object({
      government: line('Nama pemerintah daerah', KOP_LIMITS.government),
      agency: line('Nama badan', KOP_LIMITS.agency),
      address: line('Alamat', KOP_LIMITS.address, 0),
      contact: line('Kontak', KOP_LIMITS.contact, 0)
    })
    .strict(),
  setKopLogo: z
    .object({
      logo: z
        .object({
          fileName: text('Nama berkas', 255),
          dataBase64: z
            .string({ error: 'Isi berkas logo tidak terbaca.' })
            .max(MAX_LOGO_BASE64, { error: (issue) => logoSizeProblem(base64Bytes(issue.input)) ?? 'Logo terlalu besar.' })
            .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas logo tidak terbaca.' })
        })
        .strict()
        .nullable()
    })
    .strict(),
  createSignatory: z.object(signatoryFields).strict(),
  updateSignatory: z.object({ signatoryId: id('Penandatangan'), ...signatoryFields }).strict(),
  deleteSignatory: z.object({ signatoryId: id('Penandatangan') }).strict(),
  updatePrintDefaults: z
    .object({
      defaultPaper: z.enum(PAPER_SIZES, { error: 'Ukuran kertas tidak dikenal.' }),
      defaultOrientation: z.enum(['landscape', 'portrait'], { error: 'Arah kertas tidak dikenal.' }),
      defaultSignatoryId: id('Penandatangan').nullable()
    })
    .strict()
}
