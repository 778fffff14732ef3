import { z } from 'zod'
import { NEW_ROW_CELL_FIELD } from '../cellFields'
import { cellEditList } from './cellEdits'
import { code, id, rupiah, text, yearKey } from './common'

const targetValue = z.union(
  [z.number({ error: 'Target tidak valid.' }).refine(Number.isFinite, { error: 'Target harus angka yang sah.' }), text('Target', 100)],
  { error: 'Target harus berupa angka atau teks singkat (paling banyak 100 karakter).' }
)

/** Override text: a string sets it, null returns to the nomenclature's text. */
const override = (what: string, max: number) => text(what, max).nullable()

export const planSchemas = {
  attachSasaranToTujuan: z.object({ sasaranId: id('Sasaran'), tujuanId: id('Tujuan').nullable() }).strict(),
  listIndikator: z.object({ sasaranId: id('Sasaran') }).strict(),
  createIndikator: z.object({ sasaranId: id('Sasaran'), name: text('Nama indikator', 500), satuan: text('Satuan', 50, 0) }).strict(),
  updateIndikator: z
    .object({
      indikatorId: id('Indikator'),
      name: text('Nama indikator', 500),
      satuan: text('Satuan', 50, 0),
      values: z.record(yearKey('target'), targetValue.nullable())
    })
    .strict(),
  deleteIndikator: z.object({ indikatorId: id('Indikator') }).strict(),
  createPlanRow: z
    .object({
      level: z.enum(['program', 'kegiatan', 'sub_kegiatan'], { error: 'Tingkat baris harus program, kegiatan atau sub kegiatan.' }),
      /** Required for a program; kegiatan and sub kegiatan take their parent's PD. */
      perangkatDaerahId: id('Perangkat daerah').optional(),
      parentId: id('Baris induk').optional(),
      code: code('baris'),
      name: text('Nama', 500).optional(),
      pagu: z.record(yearKey('pagu'), rupiah, { error: 'Pagu per tahun tidak valid.' }).optional()
    })
    .strict(),
  updatePlanRow: z
    .object({
      planRowId: id('Baris'),
      changes: z
        .object({
          perangkatDaerahId: id('Perangkat daerah').optional(),
          code: code('baris').optional(),
          name: override('Nama', 500).optional(),
          indikator: override('Indikator', 500).optional(),
          satuan: override('Satuan', 50).optional(),
          pagu: z.record(yearKey('pagu'), rupiah, { error: 'Pagu per tahun tidak valid.' }).optional()
        })
        .strict()
    })
    .strict(),
  deletePlanRow: z.object({ planRowId: id('Baris') }).strict(),
  applyCellEdits: z
    .object({
      kind: z.enum(['edit', 'paste', 'fill', 'clear'], { error: 'Jenis perubahan tidak dikenal.' }),
      edits: cellEditList
    })
    .strict(),
  createPlanRows: z
    .object({
      parentId: id('Baris induk'),
      rows: z
        .array(
          z
            .object({
              code: code('baris'),
              cells: z
                .array(
                  z
                    .object({
                      field: z.string().regex(NEW_ROW_CELL_FIELD, { error: 'Kolom tidak dapat diubah.' }),
                      text: z.string().max(2000)
                    })
                    .strict()
                )
                .max(100)
            })
            .strict()
        )
        .min(1, { error: 'Tidak ada baris untuk ditambahkan.' })
        .max(5000, { error: 'Paling banyak 5.000 baris sekaligus.' })
    })
    .strict(),
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  getUndoState: z.object({}).strict(),
  listHistory: z.object({ planRowId: id('Baris') }).strict(),
  linkSasaran: z.object({ planRowId: id('Baris'), sasaranId: id('Sasaran') }).strict(),
  unlinkSasaran: z.object({ planRowId: id('Baris'), sasaranId: id('Sasaran') }).strict()
}
