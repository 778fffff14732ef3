import { describe, expect, it } from 'vitest'
import { checkPng } from '../../../src/main/services/printSettings/pngCheck'
import { checkSvg } from '../../../src/main/services/printSettings/svgCheck'
import { makePng } from '../../support/pngBytes'

const svg = (text: string) => checkSvg(Buffer.from(text, 'utf8'))

describe('SVG logo check', () => {
  it('accepts what drawing programs write: an Illustrator DOCTYPE, comments, CDATA styles, an embedded PNG, a prefixed root, a BOM', () => {
    const png = makePng(2, 2).toString('base64')
    expect(
      svg(
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
          '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 120">' +
          '<defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>' +
          '<style type="text/css"><![CDATA[ .st0{fill:url(#g);} ]]></style>' +
          `<path class="st0" d="M0 0h100v120H0z"/><image xlink:href="data:image/png;base64,${png}" width="2" height="2"/><text x="1" y="2">Kota &amp; Ternate &#x263A;</text></svg>`
      )
    ).toEqual({ ok: true })
    expect(svg('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:rect width="1" height="1"/></svg:svg>')).toEqual({ ok: true })
    expect(svg('\uFEFF<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({ ok: true })
  })

  it('refuses hidden ways to run or load: an entity-encoded handler name is still on*, a nested svg data URL, a CSS escape, an animated href, a stylesheet instruction', () => {
    const refused = (text: string) => {
      const result = svg(text)
      return result.ok ? 'accepted' : result.message
    }
    const root = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`
    expect(refused(root('<rect ONCLICK="x()"/>'))).toMatch(/atribut peristiwa ONCLICK/)
    expect(refused(root('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'))).toMatch(/merujuk berkas di luar/)
    expect(refused(root('<rect style="fill:\\75 rl(http://x)"/>'))).toMatch(/karakter escape/)
    expect(refused(root('<a><set attributeName="href" to="javascript:alert(1)"/></a>'))).toMatch(/javascript:|animasi/)
    expect(refused('<?xml-stylesheet href="http://x/a.css"?>' + root(''))).toMatch(/instruksi pemrosesan/)
    expect(refused(root('<use href="other.svg#a"/>'))).toMatch(/merujuk berkas di luar \(href="other.svg#a"\)/)
    expect(refused(root('&nbsp;'))).toMatch(/entitas &nbsp; tidak dikenal/)
    expect(refused(root('') + '<svg xmlns="http://www.w3.org/2000/svg"/>')).toMatch(/lebih dari satu elemen akar/)
    expect(refused(root('<rect a="1" a="2"/>'))).toMatch(/tertulis dua kali/)
    expect(checkSvg(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/bukan teks UTF-8/) as unknown
    })
  })
})

describe('PNG logo check', () => {
  it('reads the size from IHDR and refuses a PNG without image data or of an unreasonable size', () => {
    expect(checkPng(makePng(300, 200))).toEqual({ ok: true, width: 300, height: 200 })
    const png = makePng(4, 4)
    // Signature, IHDR (25 bytes), then IEND only: no IDAT.
    const idatLength = png.readUInt32BE(33)
    const noData = Buffer.concat([png.subarray(0, 33), png.subarray(33 + 12 + idatLength)])
    expect(checkPng(noData)).toEqual({ ok: false, message: 'Berkas ini bukan gambar PNG yang utuh (tidak berisi data gambar). Tidak ada yang diubah.' })
    expect(checkPng(makePng(20_001, 1))).toMatchObject({ ok: false, message: expect.stringMatching(/ukuran 20001 × 1 piksel tidak wajar/) as unknown })
  })
})
