import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseNomenklaturFile } from '../../../src/main/nomenklatur/importFile'
import { runImportInline } from '../../../src/main/nomenklatur/importWorker'
import { IMPORT_LIMITS, type NomenklaturImportResult } from '../../../src/main/nomenklatur/types'
import { buildCsv, buildXlsx, sampleRows } from './support/buildXlsx'

/** The same rows as .xlsx (several layouts) and as CSV must give the same result. */

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selaras-nomenklatur-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const inline = (buffer: Buffer, kind: 'xlsx' | 'csv' = 'xlsx') => runImportInline(buffer, kind, IMPORT_LIMITS)
const withoutFile = ({ parsed, preview }: NomenklaturImportResult) => ({
  parsed,
  preview: { ...preview, fileName: '', sha256: '' }
})

describe('the sample rows as .xlsx', () => {
  const result = inline(buildXlsx(sampleRows()))

  it('keeps the kab/kota rows and skips the PROV row and the blank row', () => {
    expect(result.preview.counts).toEqual({ bidang: 2, program: 3, kegiatan: 4, subKegiatan: 5 })
    expect(result.preview.totalRows).toBe(7)
    expect(result.preview.skipped).toEqual([
      { reason: 'Baris provinsi (JENIS PEMDA PROV)', count: 1, firstRows: [2] },
      { reason: 'Baris kosong', count: 1, firstRows: [6] }
    ])
  })

  it('decodes entities, trims and collapses names, reads tags and SPM', () => {
    const first = result.parsed.subKegiatan[0]
    expect(first).toEqual({
      code: '1.02.02.2.01.0001',
      name: 'Pengelolaan Pelayanan & Kesehatan <Ibu>',
      kegiatanCode: '1.02.02.2.01',
      kinerja: 'Kinerja',
      indikator: 'Jumlah Dokumen',
      satuan: 'Dokumen',
      tags: ['PERUBAHAN IKLIM', 'INFLASI (ASTACITA)'],
      spm: true,
      jenis: 'Layanan',
      definisiOperasional: 'Baris satu\n- dua kata\n\ntiga',
      pelaksana: 'Bidang',
      previousCode: null,
      previousName: null,
      sourceRow: 3
    })
  })

  it('splits the previous code and keeps quotes in its name', () => {
    const second = result.parsed.subKegiatan[1]
    expect([second.previousCode, second.previousName]).toEqual(['1.02.02.2.01.0009', 'Nama "lama"'])
    expect(result.parsed.subKegiatan[4].pelaksana).toBe('Dinas; “kutip” café')
  })

  it('accepts the X.XX template program under another bidang and kegiatan level 3', () => {
    expect(result.parsed.program).toContainEqual({ code: 'X.XX.01', name: 'PROGRAM X.XX.01', bidangCode: '1.02' })
    expect(result.parsed.kegiatan).toContainEqual({ code: '2.07.02.3.01', name: 'Kegiatan 2.07.02.3.01', programCode: '2.07.02' })
    expect(result.parsed.bidang.map((b) => b.code)).toEqual(['1.02', '2.07'])
  })

  it('reads the same from inline strings', () => {
    expect(withoutFile(inline(buildXlsx(sampleRows(), { inline: true })))).toEqual(withoutFile(result))
  })

  it('reads the first sheet of the workbook even when it is not sheet1.xml', () => {
    expect(withoutFile(inline(buildXlsx(sampleRows(), { sheetPart: 'worksheets/data.xml' })))).toEqual(withoutFile(result))
  })

  it('finds a header row that is not row 1', () => {
    const shifted = inline(buildXlsx([['Nomenklatur SIPD 2027'], [], ...sampleRows()]))
    expect(shifted.preview.counts).toEqual(result.preview.counts)
    expect(shifted.parsed.subKegiatan.map((s) => s.sourceRow)).toEqual(result.parsed.subKegiatan.map((s) => s.sourceRow + 2))
  })

  it('matches column names case-insensitively and in any order', () => {
    const rows = sampleRows().map((cells) => [...cells].reverse())
    rows[0] = rows[0].map((name) => `  ${name.toLowerCase()} `)
    expect(withoutFile(inline(buildXlsx(rows)))).toEqual(withoutFile(result))
  })
})

describe('the sample rows as CSV', () => {
  const xlsx = withoutFile(inline(buildXlsx(sampleRows())))

  it('comma-separated UTF-8 with BOM, through parseNomenklaturFile, equals the .xlsx', async () => {
    const path = join(dir, 'nomenklatur.csv')
    writeFileSync(path, buildCsv(sampleRows(), ',', true))
    const result = await parseNomenklaturFile(path)
    expect(result.preview.fileName).toBe('nomenklatur.csv')
    expect(withoutFile(result)).toEqual(xlsx)
  })

  it('semicolon-separated UTF-8 without BOM equals the .xlsx', () => {
    expect(withoutFile(inline(buildCsv(sampleRows(), ';', false), 'csv'))).toEqual(xlsx)
  })

  it('Windows-1252 (Excel "CSV" on Windows) equals the .xlsx', () => {
    const text = buildCsv(sampleRows(), ';', false).toString('utf8').replace(/“/g, '\x93').replace(/”/g, '\x94')
    expect(withoutFile(inline(Buffer.from(text, 'latin1'), 'csv'))).toEqual(xlsx)
  })

  it('a text file not named .csv is read as CSV when it has the header', async () => {
    const path = join(dir, 'ekspor.txt')
    writeFileSync(path, buildCsv(sampleRows()))
    expect(withoutFile(await parseNomenklaturFile(path))).toEqual(xlsx)
  })
})
