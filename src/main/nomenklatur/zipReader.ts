import * as zlib from 'node:zlib'
import { type ImportLimits, NomenklaturImportError } from './types'

/**
 * A minimal ZIP reader over a Buffer, for the parts of an .xlsx. It trusts nothing in the
 * file: sizes, counts and offsets are checked against the buffer and the import limits
 * before anything is inflated, and inflating is capped at the declared size, so a header
 * that lies about its size still cannot make us allocate more.
 */

export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export type ZipLimits = Pick<ImportLimits, 'maxZipEntries' | 'maxUncompressedBytes' | 'maxEntryBytes'>

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const EOCD_SIZE = 22
const CENTRAL_HEADER_SIZE = 46
const LOCAL_HEADER_SIZE = 30
/** Compression ratio above which an entry over RATIO_MIN_BYTES is taken for a bomb. */
const MAX_RATIO = 200
const RATIO_MIN_BYTES = 1024 * 1024

function corrupt(detail: string): NomenklaturImportError {
  return new NomenklaturImportError('CORRUPT', `Berkas rusak atau bukan .xlsx yang utuh: ${detail}.`)
}

function bomb(name: string, detail: string): NomenklaturImportError {
  return new NomenklaturImportError('ZIP_BOMB', `Berkas ditolak demi keamanan: bagian "${name}" ${detail} (kemungkinan bom ZIP).`)
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - EOCD_SIZE
  // The record may be followed by a comment of up to 65,535 bytes.
  const first = Math.max(0, last - 0xffff)
  for (let i = last; i >= first; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_SIZE + buf.readUInt16LE(i + 20) <= buf.length) {
      return i
    }
  }
  return -1
}

/** Reads and checks the central directory. Throws before any entry is inflated. */
export function readZipDirectory(buf: Buffer, limits: ZipLimits): Map<string, ZipEntry> {
  if (buf.length < EOCD_SIZE) throw corrupt('terlalu pendek untuk sebuah arsip ZIP')
  const eocd = findEndOfCentralDirectory(buf)
  if (eocd < 0) throw corrupt('akhir arsip ZIP tidak ditemukan (berkas terpotong?)')
  const diskNumber = buf.readUInt16LE(eocd + 4)
  const centralDisk = buf.readUInt16LE(eocd + 6)
  const entriesOnDisk = buf.readUInt16LE(eocd + 8)
  const totalEntries = buf.readUInt16LE(eocd + 10)
  const centralSize = buf.readUInt32LE(eocd + 12)
  const centralOffset = buf.readUInt32LE(eocd + 16)
  const zip64 =
    (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) ||
    totalEntries === 0xffff ||
    centralSize === 0xffffffff ||
    centralOffset === 0xffffffff
  if (zip64) {
    throw new NomenklaturImportError('TOO_LARGE', 'Berkas terlalu besar: format ZIP64 tidak didukung.')
  }
  if (diskNumber !== 0 || centralDisk !== 0 || entriesOnDisk !== totalEntries) {
    throw corrupt('arsip ZIP terbagi ke beberapa bagian (multi-disk) tidak didukung')
  }
  if (totalEntries > limits.maxZipEntries) {
    throw new NomenklaturImportError('TOO_MANY_ENTRIES', `Berkas berisi terlalu banyak bagian (${totalEntries}); batasnya ${limits.maxZipEntries}.`)
  }
  if (centralOffset + centralSize > eocd) throw corrupt('daftar isi ZIP di luar batas berkas')

  const entries = new Map<string, ZipEntry>()
  let totalUncompressed = 0
  let pos = centralOffset
  for (let i = 0; i < totalEntries; i++) {
    if (pos + CENTRAL_HEADER_SIZE > eocd || buf.readUInt32LE(pos) !== CENTRAL_SIGNATURE) {
      throw corrupt('daftar isi ZIP tidak utuh')
    }
    const flags = buf.readUInt16LE(pos + 8)
    const nameLength = buf.readUInt16LE(pos + 28)
    const extraLength = buf.readUInt16LE(pos + 30)
    const commentLength = buf.readUInt16LE(pos + 32)
    const nameEnd = pos + CENTRAL_HEADER_SIZE + nameLength
    if (nameEnd > eocd) throw corrupt('nama bagian ZIP terpotong')
    const entry: ZipEntry = {
      name: buf.toString(flags & 0x800 ? 'utf8' : 'latin1', pos + CENTRAL_HEADER_SIZE, nameEnd),
      method: buf.readUInt16LE(pos + 10),
      flags,
      crc32: buf.readUInt32LE(pos + 16),
      compressedSize: buf.readUInt32LE(pos + 20),
      uncompressedSize: buf.readUInt32LE(pos + 24),
      localHeaderOffset: buf.readUInt32LE(pos + 42)
    }
    pos = nameEnd + extraLength + commentLength
    checkEntry(entry, limits)
    totalUncompressed += entry.uncompressedSize
    if (totalUncompressed > limits.maxUncompressedBytes) {
      throw bomb(entry.name, 'membuat isi berkas melebihi batas ukuran setelah diekstrak')
    }
    if (entries.has(entry.name)) throw corrupt(`bagian "${entry.name}" muncul dua kali`)
    entries.set(entry.name, entry)
  }
  return entries
}

function checkEntry(entry: ZipEntry, limits: ZipLimits): void {
  // Bit 0: traditional encryption; bit 6: strong encryption.
  if (entry.flags & 0x41) {
    throw new NomenklaturImportError('ENCRYPTED', 'Berkas dilindungi kata sandi. Simpan ulang sebagai .xlsx tanpa kata sandi.')
  }
  if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) {
    throw new NomenklaturImportError('TOO_LARGE', 'Berkas terlalu besar: format ZIP64 tidak didukung.')
  }
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw bomb(entry.name, 'terlalu besar setelah diekstrak')
  }
  if (entry.uncompressedSize > RATIO_MIN_BYTES && entry.uncompressedSize > entry.compressedSize * MAX_RATIO) {
    throw bomb(entry.name, 'terkompresi secara tidak wajar')
  }
}

/** Inflates one entry, checking its local header, its real size and its CRC-32. */
export function extractZipEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const offset = entry.localHeaderOffset
  if (offset + LOCAL_HEADER_SIZE > buf.length || buf.readUInt32LE(offset) !== LOCAL_SIGNATURE) {
    throw corrupt(`bagian "${entry.name}" tidak ditemukan di tempatnya`)
  }
  const dataStart = offset + LOCAL_HEADER_SIZE + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28)
  const dataEnd = dataStart + entry.compressedSize
  if (dataEnd > buf.length) throw corrupt(`bagian "${entry.name}" terpotong`)
  const data = buf.subarray(dataStart, dataEnd)

  let out: Buffer
  if (entry.method === 0) {
    out = data
  } else if (entry.method === 8) {
    try {
      const size = Math.max(64, entry.uncompressedSize)
      // One output chunk of the declared size: no concatenation, and never more than it.
      out = zlib.inflateRawSync(data, { maxOutputLength: size, chunkSize: size })
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(entry.name, 'lebih besar daripada ukuran yang tertulis di arsip')
      }
      throw corrupt(`bagian "${entry.name}" tidak dapat diekstrak`)
    }
  } else {
    throw corrupt(`metode kompresi ${entry.method} pada bagian "${entry.name}" tidak didukung`)
  }
  if (out.length !== entry.uncompressedSize) {
    throw corrupt(`ukuran bagian "${entry.name}" tidak sesuai dengan yang tertulis`)
  }
  if (crc32(out) !== entry.crc32) {
    throw corrupt(`isi bagian "${entry.name}" tidak cocok dengan checksum (CRC)`)
  }
  return out
}

let crcTable: Uint32Array | null = null

/** CRC-32 (IEEE); zlib.crc32 exists from Node 20.15 and 22.2, a table version otherwise. */
export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (data: Buffer) => number }).crc32
  if (typeof native === 'function') return native(data) >>> 0
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
