import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseNomenklaturFile } from '../../../src/main/nomenklatur/importFile'
import type { ImportErrorCode } from '../../../src/main/nomenklatur/types'
import { buildXlsx, HEADER, kabkotRow, sampleRows, xlsxEntries } from './support/buildXlsx'
import { writeZip } from './support/zipWriter'

/** A corpus of bad files, generated here into a temp folder; each must fail with its code. */

const REAL_FILE = resolve(__dirname, '../../../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')
const SHEET = 'xl/worksheets/sheet1.xml'
const MiB = 1024 * 1024

let dir: string
let bombData: { compressed: Buffer; size: number }

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selaras-nomenklatur-'))
  // ~200 MB of spaces compress to ~200 KB.
  const size = 200 * MiB
  bombData = { compressed: deflateRawSync(Buffer.alloc(size, 0x20)), size }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** An .xlsx of the rows with entry `name` replaced (or extended) by `override`. */
function xlsxWith(rows: string[][], name: string, override: Parameters<typeof writeZip>[0][number]): Buffer {
  const entries = xlsxEntries(rows).map((entry) => (entry.name === name ? override : entry))
  if (!entries.some((entry) => entry.name === name)) entries.push(override)
  return writeZip(entries)
}

async function expectFailure(path: string, code: ImportErrorCode, fragment: string, limits = {}) {
  const error = await parseNomenklaturFile(path, { limits }).then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toMatchObject({ name: 'NomenklaturImportError', code })
  expect((error as Error).message).toContain(fragment)
}

describe('bad files', () => {
  it('refuses a PNG image as NOT_SPREADSHEET', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)])
    await expectFailure(file('gambar.png', png), 'NOT_SPREADSHEET', 'bukan lembar kerja')
  })

  it('refuses a plain text file that holds no nomenclature table as NOT_SPREADSHEET', async () => {
    await expectFailure(file('catatan.txt', 'Catatan rapat Bappelitbangda\nTidak ada tabel di sini.\n'), 'NOT_SPREADSHEET', 'bukan lembar kerja')
  })

  it('refuses a password-protected workbook (OLE container) as ENCRYPTED', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)])
    await expectFailure(file('rahasia.xlsx', ole), 'ENCRYPTED', 'dilindungi kata sandi')
  })

  it('refuses a ZIP entry with the encryption flag as ENCRYPTED', async () => {
    const rows = sampleRows()
    const zip = xlsxWith(rows, SHEET, { name: SHEET, data: Buffer.from('<worksheet/>'), flags: 1 })
    await expectFailure(file('terkunci.xlsx', zip), 'ENCRYPTED', 'kata sandi')
  })

  it('refuses a truncated file as CORRUPT', async () => {
    const whole = buildXlsx(sampleRows())
    await expectFailure(file('terpotong.xlsx', whole.subarray(0, Math.floor(whole.length / 2))), 'CORRUPT', 'terpotong')
  })

  it('refuses a part whose CRC does not match as CORRUPT', async () => {
    const entries = xlsxEntries(sampleRows()).map((e) => (e.name === SHEET ? { ...e, crc: 0x12345678 } : e))
    await expectFailure(file('crc.xlsx', writeZip(entries)), 'CORRUPT', 'checksum (CRC)')
  })

  it('refuses a ZIP that is not a workbook as NOT_SPREADSHEET', async () => {
    const zip = writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])
    await expectFailure(file('surat.docx', zip), 'NOT_SPREADSHEET', 'bukan lembar kerja Excel')
  })

  it('names a missing column (MISSING_COLUMN)', async () => {
    const drop = HEADER.indexOf('SATUAN')
    const rows = sampleRows().map((cells) => cells.filter((_c, i) => i !== drop))
    await expectFailure(file('tanpa-satuan.xlsx', buildXlsx(rows)), 'MISSING_COLUMN', 'Kolom "SATUAN" tidak ditemukan di baris judul')
  })

  it('names the row and cell of a malformed code (BAD_CODE)', async () => {
    const rows = [...sampleRows(), kabkotRow('1.02.02.2.02.0002', { SUBKEGIATAN: '1.02.02.2.02.00X1 Nama' })]
    await expectFailure(
      file('kode-salah.xlsx', buildXlsx(rows)),
      'BAD_CODE',
      'Baris 9 (sel E9): kode sub kegiatan "1.02.02.2.02.00X1" tidak sesuai format U.BB.PP.K.KK.SSSS.'
    )
  })

  it('refuses a sub kegiatan code used twice (DUPLICATE_CODE)', async () => {
    const rows = [...sampleRows(), kabkotRow('1.02.02.2.01.0002')]
    await expectFailure(file('ganda.xlsx', buildXlsx(rows)), 'DUPLICATE_CODE', 'Baris 9: kode sub kegiatan 1.02.02.2.01.0002 sudah dipakai di baris 4.')
  })

  it('refuses a program code that appears with two names (DUPLICATE_CODE)', async () => {
    const rows = [...sampleRows(), kabkotRow('1.02.02.2.03.0001', { PROGRAM: '1.02.02 PROGRAM LAIN' })]
    await expectFailure(file('dua-nama.xlsx', buildXlsx(rows)), 'DUPLICATE_CODE', 'kode program 1.02.02 bernama "PROGRAM LAIN"')
  })

  it('refuses a kegiatan without its program (ORPHAN)', async () => {
    const empty = [...sampleRows(), kabkotRow('1.02.02.2.03.0001', { PROGRAM: '' })]
    await expectFailure(file('tanpa-program.xlsx', buildXlsx(empty)), 'ORPHAN', 'Baris 9: kegiatan 1.02.02.2.03 tidak punya program yang sesuai.')
    const other = [...sampleRows(), kabkotRow('1.02.02.2.03.0001', { PROGRAM: '1.02.03 PROGRAM 1.02.03' })]
    await expectFailure(file('program-lain.xlsx', buildXlsx(other)), 'ORPHAN', 'kegiatan 1.02.02.2.03 tidak punya program yang sesuai')
  })

  it('refuses a file without kab/kota rows (EMPTY)', async () => {
    const rows = sampleRows().filter((cells, i) => i === 0 || cells[0] === 'PROV')
    await expectFailure(file('provinsi.xlsx', buildXlsx(rows)), 'EMPTY', 'Tidak ada baris kabupaten/kota')
  })

  it('refuses an empty (0 byte) file (EMPTY)', async () => {
    await expectFailure(file('kosong.xlsx', ''), 'EMPTY', 'Berkas kosong')
  })
})

describe('files built to exhaust memory or time', () => {
  it('refuses a part that declares ~200 MB of content (ZIP_BOMB)', async () => {
    const zip = xlsxWith(sampleRows(), SHEET, { name: SHEET, compressed: bombData.compressed, uncompressedSize: bombData.size, crc: 0 })
    expect(zip.length).toBeLessThan(1 * MiB)
    await expectFailure(file('bom.xlsx', zip), 'ZIP_BOMB', 'bom ZIP')
  })

  it('stops inflating a part whose header lies about its size (ZIP_BOMB)', async () => {
    const zip = xlsxWith(sampleRows(), SHEET, { name: SHEET, compressed: bombData.compressed, uncompressedSize: 10_000, crc: 0 })
    await expectFailure(file('bom-bohong.xlsx', zip), 'ZIP_BOMB', 'lebih besar daripada ukuran yang tertulis')
  })

  it('refuses an honest part with an absurd compression ratio (ZIP_BOMB)', async () => {
    const data = Buffer.alloc(30 * MiB, 0x20)
    const zip = xlsxWith(sampleRows(), SHEET, { name: SHEET, data })
    await expectFailure(file('bom-rasio.xlsx', zip), 'ZIP_BOMB', 'terkompresi secara tidak wajar')
  })

  it('refuses a 50 MB file by its size before reading it (TOO_LARGE)', async () => {
    const path = join(dir, 'besar.xlsx')
    closeSync(openSync(path, 'w'))
    truncateSync(path, 50 * MiB) // sparse: takes no disk space
    await expectFailure(path, 'TOO_LARGE', 'Berkas terlalu besar (50 MB); batasnya 20 MB.')
  })

  it('refuses a ZIP with too many entries (TOO_MANY_ENTRIES)', async () => {
    const extra = Array.from({ length: 200 }, (_v, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from([i % 256]) }))
    const zip = writeZip([...xlsxEntries(sampleRows()), ...extra])
    await expectFailure(file('banyak.xlsx', zip), 'TOO_MANY_ENTRIES', 'terlalu banyak bagian (206); batasnya 200')
  })

  it('refuses more rows than the limit (TOO_LARGE)', async () => {
    await expectFailure(file('baris.xlsx', buildXlsx(sampleRows())), 'TOO_LARGE', 'lebih dari 3 baris', { maxRows: 3 })
  })

  it('turns a worker out of heap into TOO_LARGE', async () => {
    await expectFailure(REAL_FILE, 'TOO_LARGE', 'Berkas terlalu besar untuk dibaca dengan aman.', { maxWorkerHeapMb: 4 })
  })
})
