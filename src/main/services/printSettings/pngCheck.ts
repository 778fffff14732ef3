import { crc32 } from '../../nomenklatur/zipReader'

// A PNG is accepted when its structure reads: the signature, an IHDR first with a sane size,
// every chunk inside the file with a matching CRC, image data, and IEND last. A text file
// renamed to .png, a truncated download or a file with junk appended is refused.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const MAX_SIDE = 20_000
const VALID_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] }

export type PngCheck = { ok: true; width: number; height: number } | { ok: false; message: string }

const refuse = (reason: string): PngCheck => ({ ok: false, message: `Berkas ini bukan gambar PNG yang utuh (${reason}). Tidak ada yang diubah.` })

export const looksLikePng = (bytes: Buffer): boolean => bytes.length >= 8 && bytes.subarray(0, 8).equals(SIGNATURE)

export function checkPng(bytes: Buffer): PngCheck {
  if (!looksLikePng(bytes)) return refuse('tanda awal PNG tidak ada')
  let offset = 8
  let width = 0
  let height = 0
  let sawData = false
  for (let index = 0; ; index += 1) {
    if (offset + 12 > bytes.length) return refuse('berkas terpotong')
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return refuse('berkas terpotong atau rusak')
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) return refuse(`bagian ${type} rusak`)
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13) return refuse('kepala IHDR tidak ada')
      width = bytes.readUInt32BE(offset + 8)
      height = bytes.readUInt32BE(offset + 12)
      const depth = bytes[offset + 16]
      const colour = bytes[offset + 17]
      if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) return refuse(`ukuran ${width} × ${height} piksel tidak wajar`)
      if (!VALID_DEPTHS[colour]?.includes(depth)) return refuse('jenis warna tidak dikenal')
    }
    if (type === 'IDAT') sawData = true
    offset = end
    if (type === 'IEND') break
  }
  if (!sawData) return refuse('tidak berisi data gambar')
  if (offset !== bytes.length) return refuse('ada data lain sesudah akhir gambar')
  return { ok: true, width, height }
}
