import { createHash } from 'node:crypto'
import type { LogoMimeType } from '../../../shared/printLogo'
import { logoSizeProblem } from '../../../shared/printLogo'
import { invalid } from '../errors'
import { checkPng, looksLikePng } from './pngCheck'
import { checkSvg } from './svgCheck'

export interface CheckedLogo {
  fileName: string
  mimeType: LogoMimeType
  bytes: Buffer
  width: number | null
  height: number | null
  sha256: string
}

/** What a file that is neither PNG nor SVG seems to hold, for the refusal. */
function describeContent(bytes: Buffer): string {
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'isinya gambar JPEG; simpan ulang sebagai PNG'
  if (bytes.subarray(0, 4).toString('latin1') === '%PDF') return 'isinya dokumen PDF'
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') return 'isinya arsip ZIP atau dokumen Office'
  const sample = bytes.subarray(0, 512)
  const printable = sample.filter((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127) || byte >= 128).length
  if (printable === sample.length) return 'isinya teks, bukan gambar'
  return 'isinya bukan gambar yang dikenal'
}

/**
 * Checks a logo by its content, never by its name: a PNG whose structure reads, or an SVG with
 * nothing that runs or loads. Throws the analyst's message; nothing is stored before this passes.
 */
export function checkLogo(fileName: string, base64: string): CheckedLogo {
  const bytes = Buffer.from(base64, 'base64')
  const sizeProblem = logoSizeProblem(bytes.length)
  if (sizeProblem) throw invalid(sizeProblem)
  const hash = createHash('sha256').update(bytes).digest('hex')
  if (looksLikePng(bytes)) {
    const png = checkPng(bytes)
    if (!png.ok) throw invalid(png.message)
    return { fileName, mimeType: 'image/png', bytes, width: png.width, height: png.height, sha256: hash }
  }
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
  const namedSvg = /\.svg$/i.test(fileName)
  if (head.startsWith('<') && (namedSvg || /<svg[\s>]/i.test(bytes.toString('utf8')))) {
    const svg = checkSvg(bytes)
    if (!svg.ok) throw invalid(svg.message)
    return { fileName, mimeType: 'image/svg+xml', bytes, width: null, height: null, sha256: hash }
  }
  const named = /\.png$/i.test(fileName) ? 'PNG' : namedSvg ? 'SVG' : 'PNG atau SVG'
  throw invalid(`Berkas ${fileName} bukan gambar ${named}: ${describeContent(bytes)}. Logo harus PNG atau SVG. Tidak ada yang diubah.`)
}
