import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/main/nomenklatur/csvSheet'
import { sniffKind } from '../../../src/main/nomenklatur/importFile'
import { IMPORT_LIMITS } from '../../../src/main/nomenklatur/types'
import { readSharedStrings, readSheetRows } from '../../../src/main/nomenklatur/xlsxSheet'
import { crc32, extractZipEntry, readZipDirectory } from '../../../src/main/nomenklatur/zipReader'
import { writeZip } from './support/zipWriter'

/** The XML parts are handed to the scanners as latin1 strings of their UTF-8 bytes. */
const part = (xml: string) => Buffer.from(xml, 'utf8').toString('latin1')

describe('shared strings scanner', () => {
  it('joins rich text runs, skips phonetic runs and decodes entities and _xHHHH_', () => {
    const xml = part(
      '<?xml version="1.0"?><sst><si><t>plain</t></si>' +
        '<si><r><rPr><b/></rPr><t>1.02 </t></r><r><t xml:space="preserve">URUSAN &amp; &#x41;&#66; &lt;&gt;&quot;&apos;</t></r>' +
        '<rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
        '<si/><si><t/></si><si><t>baris_x000D_\r\nbaru – é</t></si></sst>'
    )
    expect(readSharedStrings(xml)).toEqual(['plain', '1.02 URUSAN & AB <>"\'', '', '', 'baris\r\nbaru – é'])
  })

  it('reads elements with a namespace prefix', () => {
    const xml = part('<x:sst xmlns:x="urn:x"><x:si><x:t>satu</x:t></x:si><x:si><x:r><x:t>du</x:t></x:r><x:r><x:t>a</x:t></x:r></x:si></x:sst>')
    expect(readSharedStrings(xml)).toEqual(['satu', 'dua'])
  })
})

describe('worksheet scanner', () => {
  it('reads shared, inline, formula, number and boolean cells, with or without references', () => {
    const xml = part(
      '<worksheet><sheetData>' +
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>in</t></r><r><t>line &amp; é</t></r></is></c></row>' +
        '<row r="3" spans="1:4"/>' +
        '<row><c t="str"><f>A1&amp;"x"</f><v>hasil &lt;x&gt;</v></c><c><v>42.5</v></c><c t="b"><v>1</v></c><c r="AB4" s="1"/></row>' +
        '</sheetData></worksheet>'
    )
    expect(readSheetRows(xml, ['nol', 'satu'], 100)).toEqual([
      { row: 2, cells: ['satu', '', 'inline & é'] },
      { row: 4, cells: ['hasil <x>', '42.5', 'TRUE'] }
    ])
  })

  it('refuses more rows than the limit and a reference to a missing shared string', () => {
    const rows = '<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>'
    expect(() => readSheetRows(part(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), [], 1)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }))
    const missing = '<worksheet><sheetData><row r="1"><c t="s"><v>9</v></c></row></sheetData></worksheet>'
    expect(() => readSheetRows(part(missing), [], 10)).toThrow(expect.objectContaining({ code: 'CORRUPT' }))
  })
})

describe('CSV reader', () => {
  it('handles quotes, doubled quotes, embedded line breaks, CRLF and empty fields', () => {
    const text = 'a,"b, c","say ""hi""\r\nnext line"\r\n,,\n"x";y\n'
    expect(parseCsv(text, ',', 100)).toEqual([
      { row: 1, cells: ['a', 'b, c', 'say "hi"\r\nnext line'] },
      { row: 2, cells: ['', '', ''] },
      { row: 3, cells: ['x;y'] }
    ])
    expect(parseCsv('a;b;\n', ';', 100)).toEqual([{ row: 1, cells: ['a', 'b', ''] }])
  })

  it('refuses an unclosed quote as CORRUPT', () => {
    expect(() => parseCsv('a,"b\nc', ',', 100)).toThrow(expect.objectContaining({ code: 'CORRUPT', message: expect.stringContaining('tanda kutip') }))
  })
})

describe('ZIP reader', () => {
  const limits = IMPORT_LIMITS

  it('finds the directory behind an archive comment and reads stored and deflated entries', () => {
    const zip = writeZip([
      { name: 'a.txt', data: Buffer.from('disimpan'), method: 0 },
      { name: 'b.txt', data: Buffer.from('dikompresi '.repeat(100)) }
    ])
    const comment = Buffer.from('komentar arsip')
    zip.writeUInt16LE(comment.length, zip.length - 2)
    const withComment = Buffer.concat([zip, comment])
    const entries = readZipDirectory(withComment, limits)
    expect(extractZipEntry(withComment, entries.get('a.txt')!).toString()).toBe('disimpan')
    expect(extractZipEntry(withComment, entries.get('b.txt')!).toString()).toBe('dikompresi '.repeat(100))
  })

  it('refuses unknown compression methods, multi-disk and ZIP64 archives', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('x'), method: 0 }])
    const method = Buffer.from(zip)
    method.writeUInt16LE(12, method.length - 22 - 46 - 5 + 10) // bzip2 in the central directory
    expect(() => extractZipEntry(method, readZipDirectory(method, limits).get('a.txt')!)).toThrow(
      expect.objectContaining({ code: 'CORRUPT', message: expect.stringContaining('metode kompresi 12') })
    )
    const disk = Buffer.from(zip)
    disk.writeUInt16LE(1, disk.length - 22 + 4)
    expect(() => readZipDirectory(disk, limits)).toThrow(expect.objectContaining({ code: 'CORRUPT', message: expect.stringContaining('multi-disk') }))
    const zip64 = Buffer.from(zip)
    zip64.writeUInt32LE(0xffffffff, zip64.length - 22 + 16)
    expect(() => readZipDirectory(zip64, limits)).toThrow(expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining('ZIP64') }))
  })

  it('computes the same CRC-32 as zlib', () => {
    const data = Buffer.from('Selaras — nomenklatur 2027')
    expect(crc32(data)).toBe(zlibCrc32(data))
  })
})

describe('file sniffing', () => {
  it('tells xlsx, csv and other text apart and refuses binaries', () => {
    expect(sniffKind(Buffer.from('PK\x03\x04rest', 'latin1'), 'a.xlsx')).toBe('xlsx')
    expect(sniffKind(Buffer.from('JENIS PEMDA;BIDANG\n'), 'a.CSV')).toBe('csv')
    expect(sniffKind(Buffer.from('JENIS PEMDA;BIDANG\n'), 'a.xlsx')).toBe('text')
    expect(() => sniffKind(Buffer.from([0x00, 0x01, 0x02, 0x03]), 'a.csv')).toThrow(expect.objectContaining({ code: 'NOT_SPREADSHEET' }))
  })
})
