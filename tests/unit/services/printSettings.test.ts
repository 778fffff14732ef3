import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { batchEntries, latestActiveBatch } from '../../../src/main/db/repositories/changeLog'
import { dispatch } from '../../../src/main/services/dispatch'
import { readPrintSettings } from '../../../src/main/services/printSettings/printSettingsService'
import type { Result } from '../../../src/shared/result'
import { makePng } from '../../support/pngBytes'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const silent = () => undefined
const send = (channel: string, args: unknown): Result<Record<string, unknown>> =>
  dispatch(temp.handlers, channel, args, silent) as Result<Record<string, unknown>>
const ok = (channel: string, args: unknown) => {
  const result = send(channel, args)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}
const refusal = (channel: string, args: unknown): string => {
  const result = send(channel, args)
  if (result.ok) throw new Error(`${channel} was accepted`)
  return result.error.message
}
const batchCount = () => (temp.db.prepare('SELECT COUNT(*) AS n FROM change_batch').get() as { n: number }).n
const logoCount = () => (temp.db.prepare('SELECT COUNT(*) AS n FROM print_logo').get() as { n: number }).n
const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64')

const KOP = {
  government: '  PEMERINTAH KOTA TERNATE ',
  agency: 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH',
  address: 'Jl. Contoh No. 1, Ternate',
  contact: 'Telp. (0921) 000000'
}
const SIGNATORY = { name: 'Nama Pejabat Uji', title: 'Kepala Bappelitbangda Kota Ternate', pangkat: 'Pembina Utama Muda (IV/c)', nip: '19710205 199403 1 002' }

describe('kop', () => {
  it('stores trimmed kop lines as one step "Ubah kop surat" that undo and redo replay', () => {
    const reply = ok('updateKop', KOP)
    expect(reply.kop).toMatchObject({ government: 'PEMERINTAH KOTA TERNATE', address: 'Jl. Contoh No. 1, Ternate', contact: 'Telp. (0921) 000000' })
    expect(reply.undoState).toEqual({ undo: 'Ubah kop surat', redo: null })
    const batch = latestActiveBatch(temp.db)!
    expect(batch).toMatchObject({ kind: 'print:kop', description: 'Ubah kop surat' })
    // Only the lines that changed are recorded.
    expect(batchEntries(temp.db, batch.id)).toEqual([
      { tableName: 'print_setting', rowId: 1, field: 'address', oldValue: '', newValue: 'Jl. Contoh No. 1, Ternate' },
      { tableName: 'print_setting', rowId: 1, field: 'contact', oldValue: '', newValue: 'Telp. (0921) 000000' }
    ])
    // Saving the same lines again is no step.
    ok('updateKop', KOP)
    expect(batchCount()).toBe(1)

    const undone = ok('undo', {})
    expect(undone).toMatchObject({ description: 'Dibatalkan: Ubah kop surat', rows: [] })
    expect(readPrintSettings(temp.db).kop.address).toBe('')
    ok('redo', {})
    expect(readPrintSettings(temp.db).kop.address).toBe('Jl. Contoh No. 1, Ternate')
  })

  it('refuses an empty government line, a line break and a 2.000-character agency, writing nothing', () => {
    expect(refusal('updateKop', { ...KOP, government: '   ' })).toBe('Nama pemerintah daerah wajib diisi.')
    expect(refusal('updateKop', { ...KOP, address: 'Jl. A\nTernate' })).toBe('Alamat harus satu baris, tanpa baris baru.')
    expect(refusal('updateKop', { ...KOP, agency: 'B'.repeat(2000) })).toBe('Nama badan terlalu panjang (paling banyak 200 karakter).')
    expect(batchCount()).toBe(0)
    expect(readPrintSettings(temp.db).kop.address).toBe('')
  })

  it('refuses an undo of a kop change that was overwritten outside the log, writing nothing', () => {
    ok('updateKop', KOP)
    temp.db.prepare("UPDATE print_setting SET address = 'diubah di luar'").run()
    const result = send('undo', {})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('CONFLICT')
    expect(readPrintSettings(temp.db).kop.address).toBe('diubah di luar')
  })
})

describe('logo', () => {
  it('keeps a real PNG, returns it as a data: URL, and undo takes it off again', () => {
    const png = makePng(64, 48)
    const reply = ok('setKopLogo', { logo: { fileName: 'logo-ternate.png', dataBase64: b64(png) } })
    expect((reply.kop as { logoDataUrl: string }).logoDataUrl).toBe(`data:image/png;base64,${b64(png)}`)
    expect(reply.logo).toEqual({ fileName: 'logo-ternate.png', mimeType: 'image/png', bytes: png.length, width: 64, height: 48 })
    expect(reply.undoState).toMatchObject({ undo: 'Ganti logo kop (logo-ternate.png)' })
    const stored = temp.db.prepare('SELECT mime_type, bytes FROM print_logo').get() as { mime_type: string; bytes: Buffer }
    expect(stored.mime_type).toBe('image/png')
    expect(Buffer.compare(stored.bytes, png)).toBe(0)

    ok('undo', {})
    expect(readPrintSettings(temp.db).kop.logoDataUrl).toBeNull()
    ok('redo', {})
    expect(readPrintSettings(temp.db).kop.logoDataUrl).toBe(`data:image/png;base64,${b64(png)}`)
    // Removing it is a step of its own; the bytes stay for an undo.
    expect(ok('setKopLogo', { logo: null }).undoState).toMatchObject({ undo: 'Hapus logo kop' })
    expect(readPrintSettings(temp.db).kop.logoDataUrl).toBeNull()
    expect(logoCount()).toBe(1)
  })

  it('keeps a plain SVG as image/svg+xml', () => {
    const svg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>.a{fill:#036}</style><circle class="a" cx="5" cy="5" r="4"/><use href="#x"/></svg>'
    const reply = ok('setKopLogo', { logo: { fileName: 'logo.svg', dataBase64: b64(svg) } })
    expect((reply.kop as { logoDataUrl: string }).logoDataUrl).toBe(`data:image/svg+xml;base64,${b64(svg)}`)
  })

  const refused = (fileName: string, content: Buffer | string) => refusal('setKopLogo', { logo: { fileName, dataBase64: b64(content) } })
  const svgWith = (inner: string, rootAttributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${rootAttributes}>${inner}</svg>`

  it('refuses SVGs that run or load something, and files that are not an image, writing nothing', () => {
    expect(refused('logo.svg', svgWith('<script>alert(1)</script>'))).toBe(
      'Logo SVG ini berisi <script>; SVG untuk kop hanya boleh berisi gambar, tanpa skrip atau rujukan ke luar berkas. Tidak ada yang diubah.'
    )
    expect(refused('logo.svg', svgWith('<rect/>', ' onload="alert(1)"'))).toMatch(/^Logo SVG ini berisi atribut peristiwa onload;/)
    expect(refused('logo.svg', svgWith('<image href="https://example.com/a.png"/>'))).toMatch(/merujuk berkas di luar \(href="https:\/\/example.com\/a.png"\)/)
    expect(refused('logo.svg', svgWith('<a xlink:href="jav&#97;script:alert(1)"><rect/></a>'))).toMatch(/javascript:/)
    expect(refused('logo.svg', svgWith('<rect style="fill:url(http://x/y.svg#a)"/>'))).toMatch(/merujuk berkas di luar/)
    expect(refused('logo.svg', svgWith('<style>@import url(http://x/a.css);</style>'))).toMatch(/@import/)
    expect(refused('logo.svg', svgWith('<foreignObject><div/></foreignObject>'))).toMatch(/<foreignObject>/)
    expect(refused('logo.svg', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>')).toMatch(/ENTITY/)
    expect(refused('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toMatch(/^Berkas ini bukan SVG yang terbaca \(<\/svg> menutup <rect>\)/)
    expect(refused('logo.svg', '<html><body/></html>')).toMatch(/elemen akarnya <html>, bukan <svg>/)
    expect(refused('logo.svg', '<svg><rect/></svg>')).toMatch(/tanpa xmlns/)
    // A text file renamed to .png, a JPEG, a truncated PNG, a PNG with a broken IHDR.
    expect(refused('logo.png', 'Ini catatan rapat, bukan gambar.\n')).toBe(
      'Berkas logo.png bukan gambar PNG: isinya teks, bukan gambar. Logo harus PNG atau SVG. Tidak ada yang diubah.'
    )
    expect(refused('foto.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))).toMatch(/isinya gambar JPEG; simpan ulang sebagai PNG/)
    const png = makePng(16, 16)
    expect(refused('logo.png', png.subarray(0, png.length - 20))).toMatch(/^Berkas ini bukan gambar PNG yang utuh \(berkas terpotong/)
    const broken = Buffer.from(png)
    broken.writeUInt32BE(0, 16) // width 0, the CRC no longer matches
    expect(refused('logo.png', broken)).toBe('Berkas ini bukan gambar PNG yang utuh (bagian IHDR rusak). Tidak ada yang diubah.')
    expect(refused('logo.png', Buffer.concat([png, Buffer.from('junk')]))).toMatch(/ada data lain sesudah akhir gambar/)
    expect(batchCount()).toBe(0)
    expect(logoCount()).toBe(0)
  })

  it('keeps a PNG of exactly 1 MB and refuses one byte more, and a 50 MB base64, with their size', () => {
    const base = makePng(8, 8)
    const exact = makePng(8, 8, { padding: 1024 * 1024 - base.length - 12 })
    expect(exact.length).toBe(1024 * 1024)
    ok('setKopLogo', { logo: { fileName: 'pas.png', dataBase64: b64(exact) } })
    const over = makePng(8, 8, { padding: 1024 * 1024 - base.length - 11 })
    expect(refused('besar.png', over)).toBe('Logo terlalu besar (1 MB); batasnya 1 MB. Tidak ada yang diubah.')
    const huge = 'A'.repeat(50 * 1024 * 1024)
    expect(refusal('setKopLogo', { logo: { fileName: 'besar.png', dataBase64: huge } })).toBe(
      'Logo terlalu besar (37,5 MB); batasnya 1 MB. Tidak ada yang diubah.'
    )
    expect(refusal('setKopLogo', { logo: { fileName: 'x.png', dataBase64: 'bukan base64!' } })).toBe('Isi berkas logo tidak terbaca.')
    expect(batchCount()).toBe(1)
  })
})

describe('signatories', () => {
  it('adds one (the first becomes the default), prints its NIP 8-6-1-3 in the step, edits and deletes it, each undoable', () => {
    const created = ok('createSignatory', SIGNATORY)
    const id = created.signatoryId as number
    expect(created.signatories).toEqual([{ id, ...SIGNATORY, nip: '197102051994031002' }])
    expect(created.defaultSignatoryId).toBe(id)
    expect(created.undoState).toMatchObject({ undo: 'Tambah penandatangan Nama Pejabat Uji (NIP 19710205 199403 1 002)' })

    ok('updateSignatory', { signatoryId: id, ...SIGNATORY, title: '  Plt. Kepala Bappelitbangda Kota Ternate ' })
    expect(readPrintSettings(temp.db).signatories[0].title).toBe('Plt. Kepala Bappelitbangda Kota Ternate')

    const deleted = ok('deleteSignatory', { signatoryId: id })
    expect(deleted).toMatchObject({ signatories: [], defaultSignatoryId: null })
    expect(deleted.undoState).toMatchObject({ undo: 'Hapus penandatangan Nama Pejabat Uji (NIP 19710205 199403 1 002)' })

    // Undo puts it back with its own id and as the default again, then the title back.
    ok('undo', {})
    expect(readPrintSettings(temp.db)).toMatchObject({ defaultSignatoryId: id, signatories: [{ id, title: 'Plt. Kepala Bappelitbangda Kota Ternate' }] })
    ok('undo', {})
    expect(readPrintSettings(temp.db).signatories[0].title).toBe('Kepala Bappelitbangda Kota Ternate')
    ok('undo', {})
    expect(readPrintSettings(temp.db)).toMatchObject({ signatories: [], defaultSignatoryId: null })
    ok('redo', {})
    expect(readPrintSettings(temp.db)).toMatchObject({ defaultSignatoryId: id, signatories: [{ id }] })
  })

  it('refuses a NIP with letters, of 17 digits or empty, and an empty name, writing nothing', () => {
    expect(refusal('createSignatory', { ...SIGNATORY, nip: '19710205 199403 1 00A' })).toBe('NIP hanya berisi angka (18 digit), tanpa huruf atau tanda baca.')
    expect(refusal('createSignatory', { ...SIGNATORY, nip: '1971020519940310' })).toBe('NIP harus 18 digit; yang diketik 16 digit.')
    expect(refusal('createSignatory', { ...SIGNATORY, nip: ' ' })).toBe('NIP wajib diisi.')
    expect(refusal('createSignatory', { ...SIGNATORY, name: '  ' })).toBe('Nama penandatangan wajib diisi.')
    expect(refusal('createSignatory', { ...SIGNATORY, name: 'N'.repeat(121) })).toBe('Nama penandatangan terlalu panjang (paling banyak 120 karakter).')
    expect(refusal('updateSignatory', { signatoryId: 99, ...SIGNATORY })).toBe('Penandatangan (id 99) tidak ditemukan; mungkin sudah dihapus.')
    expect(batchCount()).toBe(0)
    expect(readPrintSettings(temp.db).signatories).toEqual([])
  })

  it('sets the default paper, orientation and signatory as one step, and refuses an unknown signatory', () => {
    const id = ok('createSignatory', SIGNATORY).signatoryId as number
    const second = ok('createSignatory', { ...SIGNATORY, name: 'Pejabat Kedua', nip: '198001012005011003' }).signatoryId as number
    expect(readPrintSettings(temp.db).defaultSignatoryId).toBe(id)
    const reply = ok('updatePrintDefaults', { defaultPaper: 'A3', defaultOrientation: 'portrait', defaultSignatoryId: second })
    expect(reply).toMatchObject({ defaultPaper: 'A3', defaultOrientation: 'portrait', defaultSignatoryId: second })
    expect(batchEntries(temp.db, latestActiveBatch(temp.db)!.id).map((entry) => entry.field)).toEqual([
      'default_paper',
      'default_orientation',
      'default_signatory_id'
    ])
    expect(refusal('updatePrintDefaults', { defaultPaper: 'A5', defaultOrientation: 'portrait', defaultSignatoryId: null })).toBe(
      'Ukuran kertas tidak dikenal.'
    )
    expect(refusal('updatePrintDefaults', { defaultPaper: 'F4', defaultOrientation: 'landscape', defaultSignatoryId: 999 })).toBe(
      'Penandatangan yang dipilih tidak ditemukan; mungkin sudah dihapus.'
    )
    ok('undo', {})
    expect(readPrintSettings(temp.db)).toMatchObject({ defaultPaper: 'F4', defaultOrientation: 'landscape', defaultSignatoryId: id })
  })

  it('a settings step undone from the plan screen sends back no plan rows (a signatory id is not a plan row id)', () => {
    ok('createSignatory', SIGNATORY)
    const undone = ok('undo', {})
    expect(undone.rows).toEqual([])
    expect(undone.removedIds).toBeUndefined()
  })
})
