import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseNomenklaturFile } from '../../../src/main/nomenklatur/importFile'
import type { ImportProgress, NomenklaturImportResult } from '../../../src/main/nomenklatur/types'
import { buildCsv } from './support/buildXlsx'

const REAL_FILE = resolve(__dirname, '../../../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

/**
 * The expected values are computed here independently of the importer: `unzip -p` and
 * plain regular expressions over the XML, assuming the PhpSpreadsheet layout of this file.
 */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) // OOXML escapes
}

function referenceRows(): Map<number, string[]> {
  const unzip = (part: string) => execFileSync('unzip', ['-p', REAL_FILE, part], { maxBuffer: 64 << 20 }).toString('utf8')
  const strings = [...unzip('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join('')
  )
  const rows = new Map<number, string[]>()
  for (const row of unzip('xl/worksheets/sheet1.xml').matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = Array<string>(14).fill('')
    for (const c of row[2].matchAll(/<c r="([A-Z])\d+"( t="s")?(?:\/>|>(?:<v>(\d+)<\/v>)?<\/c>)/g)) {
      if (c[3] !== undefined) cells[c[1].charCodeAt(0) - 65] = c[2] ? strings[Number(c[3])] : c[3]
    }
    rows.set(Number(row[1]), cells)
  }
  return rows
}

const codeOf = (cell: string) => cell.trim().split(/\s/)[0]
const clean = (cell: string) => cell.trim().split(/\s+/).join(' ')

describe('the real SIPD 2027 export', () => {
  let result: NomenklaturImportResult
  let reference: Map<number, string[]>
  const progress: ImportProgress[] = []

  beforeAll(async () => {
    reference = referenceRows()
    result = await parseNomenklaturFile(REAL_FILE, { onProgress: (p) => progress.push(p) })
  }, 60_000)

  it('has the kab/kota counts of distinct codes computed independently (45/189/713/3550)', () => {
    const kabkot = [...reference.values()].filter((cells) => cells[0] === 'KABKOT')
    const distinct = (col: number) => new Set(kabkot.map((cells) => codeOf(cells[col]))).size
    const expected = { bidang: distinct(1), program: distinct(2), kegiatan: distinct(3), subKegiatan: distinct(4) }
    expect(expected).toEqual({ bidang: 45, program: 189, kegiatan: 713, subKegiatan: 3550 })
    expect(result.preview.counts).toEqual(expected)
    expect(result.parsed.subKegiatan).toHaveLength(3550)
    expect(result.parsed.program.find((p) => p.code === 'X.XX.01')?.bidangCode).toBe('X.XX')
  })

  it('skips the 4,031 PROV rows and reports rows, file name and hash', () => {
    const prov = [...reference.entries()].filter(([, cells]) => cells[0] === 'PROV').map(([row]) => row)
    expect(prov).toHaveLength(4031)
    expect(result.preview.skipped).toEqual([{ reason: 'Baris provinsi (JENIS PEMDA PROV)', count: 4031, firstRows: prov.slice(0, 5) }])
    expect(result.preview.totalRows).toBe(7581)
    expect(result.preview.fileName).toBe('nomenklatur-sipd-pemutakhiran-2027.xlsx')
    expect(result.preview.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps every kab/kota row, in sheet order, with its source row', () => {
    const kabkotRows = [...reference.entries()].filter(([, cells]) => cells[0] === 'KABKOT')
    expect(result.parsed.subKegiatan.map((s) => [s.sourceRow, s.code])).toEqual(kabkotRows.map(([row, cells]) => [row, codeOf(cells[4])]))
  })

  function expectRowMatches(code: string) {
    const sub = result.parsed.subKegiatan.find((s) => s.code === code)
    expect(sub).toBeDefined()
    const cells = reference.get(sub!.sourceRow)!
    expect(codeOf(cells[4])).toBe(code)
    expect(sub!.name).toBe(clean(cells[4].trim().slice(code.length)))
    expect(sub!.kegiatanCode).toBe(codeOf(cells[3]))
    expect(sub!.kinerja).toBe(clean(cells[5]))
    expect(sub!.indikator).toBe(clean(cells[6]))
    expect(sub!.satuan).toBe(clean(cells[7]))
    expect(sub!.tags).toEqual(cells[8] === '[null]' ? [] : JSON.parse(cells[8]))
    expect(sub!.spm).toBe(cells[11] === 'SPM')
    expect(sub!.jenis).toBe(cells[12])
    expect(sub!.pelaksana).toBe(clean(cells[10]))
    expect(sub!.definisiOperasional.split('\n')[0]).toBe(clean(cells[9].split('\n')[0]))
    return { sub: sub!, cells }
  }

  it('reads 1.02.02.2.02.0053 with its previous code 1.02.02.2.02.0028', () => {
    const { sub } = expectRowMatches('1.02.02.2.02.0053')
    expect(sub.previousCode).toBe('1.02.02.2.02.0028')
    expect(sub.previousName).toBe('Pengambilan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional')
    expect(sub.satuan).toBe('Paket')
    expect(sub.definisiOperasional).toContain('\n2. Pengambilan, pemeriksaan, pengepakan')
    expect(sub.definisiOperasional).toContain('Surveilans Kesehatan') // a no-break space in the file
    expect(sub.definisiOperasional).not.toMatch(/ \n| {2}|^\s|\s$/)
  })

  it('reads 1.01.02.2.01.0029 with two tags and SPM', () => {
    const { sub } = expectRowMatches('1.01.02.2.01.0029')
    expect(sub.tags).toEqual(['ANGGARAN RESPONSIF GENDER (ASTACITA)', 'KESPRO'])
    expect(sub.spm).toBe(true)
    expect(sub.jenis).toBe('Aktifitas')
    expect(sub.previousCode).toBeNull()
    expect(sub.previousName).toBeNull()
    expect(sub.sourceRow).toBe(4051)
  })

  it('trims a trailing space and collapses a double space in names', () => {
    const trailing = expectRowMatches('1.01.02.2.01.0038')
    expect(trailing.cells[4].endsWith(' ')).toBe(true)
    expect(trailing.sub.name).toBe('Koordinasi, Perencanaan, Supervisi dan Evaluasi Layanan di Bidang Pendidikan')
    const double = expectRowMatches('1.01.02.2.03.0046')
    expect(double.cells[4]).toContain('Peraga  Peserta')
    expect(double.sub.name).toBe('Pengadaan Alat Praktik dan Peraga Peserta Didik PAUD')
  })

  it('turns the PDF-paste control character U+0002 (_x0002_ in the file) into a hyphen', () => {
    const texts = result.parsed.subKegiatan.map((s) => s.definisiOperasional).join('\n')
    expect(texts).toContain('komponen gorong-gorong, perbaikan')
    expect(texts).toContain('manfaat sebesar-besarnya bagi')
    // eslint-disable-next-line no-control-regex -- the stored text must hold no control character
    expect(texts).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/)
  })

  it('reports progress that only grows and ends at done === total', () => {
    expect(progress.length).toBeGreaterThanOrEqual(10)
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done)
    const last = progress[progress.length - 1]
    expect(last.done).toBe(last.total)
    const phases = new Set(progress.map((p) => p.phase))
    for (const phase of ['Membuka berkas', 'Membaca teks', 'Membaca baris']) expect(phases).toContain(phase)
    // At least every ~10% while reading rows.
    const rowSteps = progress.filter((p) => p.phase === 'Membaca baris').map((p) => p.done)
    for (let i = 1; i < rowSteps.length; i++) expect(rowSteps[i] - rowSteps[i - 1]).toBeLessThanOrEqual(4)
  })

  it('gives the same result from the same rows written as CSV (comma with BOM, semicolon without)', async () => {
    const rows = [...reference.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells)
    const dir = mkdtempSync(join(tmpdir(), 'selaras-nomenklatur-'))
    try {
      const strip = (r: NomenklaturImportResult) => ({ parsed: r.parsed, preview: { ...r.preview, fileName: '', sha256: '' } })
      for (const [separator, bom] of [
        [',', true],
        [';', false]
      ] as const) {
        const path = join(dir, `nomenklatur${bom ? '-bom' : ''}.csv`)
        writeFileSync(path, buildCsv(rows, separator, bom))
        expect(strip(await parseNomenklaturFile(path))).toEqual(strip(result))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('stops with TIMEOUT when the time limit is 1 ms', async () => {
    await expect(parseNomenklaturFile(REAL_FILE, { limits: { timeoutMs: 1 } })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('melebihi batas waktu')
    })
  })
})
