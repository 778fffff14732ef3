import { z } from 'zod'
import { REFERENCE_LISTS } from '../master'
import { code, id, text, year } from './common'

// 20 MB of file is about 27 MB of base64.
const MAX_BASE64_CHARS = 28 * 1024 * 1024

const bidangCodes = z
  .array(
    z
      .string()
      .trim()
      .regex(/^\d\.\d\d$/, { error: 'Kode bidang urusan harus berformat U.BB, misalnya 1.02.' }),
    {
      error: 'Bidang urusan tidak valid.'
    }
  )
  .max(20, { error: 'Paling banyak 20 bidang urusan.' })

const perangkatDaerahFields = {
  code: z.string().trim().max(40, { error: 'Kode perangkat daerah terlalu panjang.' }).nullable(),
  name: text('Nama perangkat daerah', 200),
  shortName: text('Singkatan', 60, 0),
  bidang: bidangCodes,
  validFrom: year.nullable(),
  validTo: year.nullable(),
  successorId: id('Perangkat daerah pengganti').nullable()
}

const referenceList = z.enum(REFERENCE_LISTS, { error: 'Daftar rujukan tidak dikenal.' })

export const masterSchemas = {
  createPerangkatDaerah: z.object(perangkatDaerahFields).strict(),
  updatePerangkatDaerah: z.object({ perangkatDaerahId: id('Perangkat daerah'), ...perangkatDaerahFields }).strict(),
  startNomenklaturImport: z
    .object({
      fileName: text('Nama berkas', 255),
      contentBase64: z
        .string({ error: 'Isi berkas tidak terbaca.' })
        .max(MAX_BASE64_CHARS, { error: 'Berkas terlalu besar; batasnya 20 MB.' })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas tidak terbaca.' })
    })
    .strict(),
  getNomenklaturImport: z.object({ jobId: id('Proses impor') }).strict(),
  confirmNomenklaturImport: z.object({ jobId: id('Proses impor'), versionName: text('Nama versi', 100) }).strict(),
  cancelNomenklaturImport: z.object({ jobId: id('Proses impor') }).strict(),
  searchNomenklatur: z
    .object({
      level: z.enum(['program', 'kegiatan', 'sub_kegiatan'], { error: 'Tingkat nomenklatur tidak dikenal.' }),
      query: z.string().trim().max(200, { error: 'Kata kunci terlalu panjang.' }),
      parentCode: code('induk').optional(),
      perangkatDaerahId: id('Perangkat daerah').optional(),
      limit: z.number().int().min(1).max(200).optional()
    })
    .strict(),
  previewVersionSwitch: z.object({ versionId: id('Versi nomenklatur') }).strict(),
  applyVersionSwitch: z
    .object({
      versionId: id('Versi nomenklatur'),
      accept: z.array(z.object({ planRowId: id('Baris'), newCode: code('baru') }).strict()).max(100_000)
    })
    .strict(),
  undoChangeBatch: z.object({ batchId: id('Perubahan') }).strict(),
  listReferenceItems: z.object({ list: referenceList }).strict(),
  createReferenceItem: z.object({ list: referenceList, code: text('Kode', 20, 0), name: text('Nama', 300) }).strict(),
  updateReferenceItem: z.object({ referenceItemId: id('Isian daftar'), code: text('Kode', 20, 0), name: text('Nama', 300), active: z.boolean() }).strict()
}
