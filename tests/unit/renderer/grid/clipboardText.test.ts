import { describe, expect, it } from 'vitest'
import { parseTsv, toHtml, toTsv } from '../../../../src/renderer/src/grid/range/model/clipboardText'

describe('toTsv and parseTsv', () => {
  it('round-trips tricky cells', () => {
    const rows = [
      ['1.250.000', '', 'biasa'],
      ['tab\there', 'baris\r\nbaru', 'kata "kutip"'],
      ['"', 'LF\nsaja', ' spasi '],
      ['', '', '']
    ]
    expect(parseTsv(toTsv(rows))).toEqual(rows)
  })

  it('writes CRLF after each row and quotes only when needed', () => {
    expect(
      toTsv([
        ['a', 'b'],
        ['c', 'd"e']
      ])
    ).toBe('a\tb\r\nc\t"d""e"\r\n')
  })

  it('round-trips a single empty cell', () => {
    expect(parseTsv(toTsv([['']]))).toEqual([['']])
  })
})

describe('parseTsv', () => {
  it('reads what Excel on Windows copies for a 2x3 block of Indonesian numbers', () => {
    expect(parseTsv('1.250.000\t750.000\t0\r\n2.000.000\t\t15\r\n')).toEqual([
      ['1.250.000', '750.000', '0'],
      ['2.000.000', '', '15']
    ])
  })

  it('reads the LibreOffice LF variant and old Mac CR', () => {
    const expected = [
      ['1.250.000', '750.000', '0'],
      ['2.000.000', '', '15']
    ]
    expect(parseTsv('1.250.000\t750.000\t0\n2.000.000\t\t15\n')).toEqual(expected)
    expect(parseTsv('1.250.000\t750.000\t0\r2.000.000\t\t15')).toEqual(expected)
  })

  it('reads a quoted multi-line cell with doubled quotes', () => {
    expect(parseTsv('"Program ""A""\r\nbaris dua"\tRp 5 jt\r\nx\ty\r\n')).toEqual([
      ['Program "A"\r\nbaris dua', 'Rp 5 jt'],
      ['x', 'y']
    ])
  })

  it('gives one cell for text without tabs or line breaks', () => {
    expect(parseTsv('750 jt')).toEqual([['750 jt']])
    expect(parseTsv('750 jt\r\n')).toEqual([['750 jt']])
    expect(parseTsv('')).toEqual([])
  })

  it('keeps quotes that do not wrap the whole cell', () => {
    expect(parseTsv('"Program A" baru\t5" layar')).toEqual([['"Program A" baru', '5" layar']])
    expect(parseTsv('"tidak ditutup\tb')).toEqual([['"tidak ditutup', 'b']])
  })

  it('keeps empty cells at the end of a row and empty rows inside', () => {
    expect(parseTsv('a\t\r\n\r\nb\r\n')).toEqual([['a', ''], [''], ['b']])
  })
})

describe('toHtml', () => {
  const TEXT = ` style="mso-number-format:'\\@'" sdnum="1033;0;@"`

  it('writes an escaped table that spreadsheets keep as rows and columns', () => {
    const html = toHtml([
      ['<b>&', 'x'],
      ['baris\nbaru', '"kutip"']
    ])
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain(`<tr><td${TEXT}>&lt;b&gt;&amp;</td><td${TEXT}>x</td></tr>`)
    expect(html).toContain(`<td${TEXT}>baris<br style="mso-data-placement:same-cell;">baru</td><td${TEXT}>&quot;kutip&quot;</td>`)
    expect(html.match(/<tr>/g)).toHaveLength(2)
  })

  it('keeps every cell without a number as text, and gives numbers their value whatever the text shows', () => {
    const values = [[undefined, 1250, 12.5, 750000000, Number.NaN]]
    const html = toHtml([['1.02', '1.250', '12,5', '750000000', 'x']], (r, c) => values[r][c])
    expect(html).toContain(`<td${TEXT}>1.02</td>`)
    expect(html).toContain('<td x:num="1250" sdval="1250" sdnum="1033;0;#,##0">1.250</td>')
    expect(html).toContain('<td x:num="12.5" sdval="12.5" sdnum="1033;0;General">12,5</td>')
    expect(html).toContain('<td x:num="750000000" sdval="750000000" sdnum="1033;0;#,##0">750000000</td>')
    expect(html).toContain(`<td${TEXT}>x</td>`)
  })
})
