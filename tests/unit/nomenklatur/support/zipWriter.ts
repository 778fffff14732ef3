import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A tiny ZIP writer for building test files, written independently of the importer's
 * reader. Every header field can be overridden, to build files that lie.
 */
export interface ZipInput {
  name: string
  /** Content; optional when `compressed`, `crc` and `uncompressedSize` are all given. */
  data?: Buffer
  method?: 0 | 8
  /** Precomputed compressed bytes (for large generated content). */
  compressed?: Buffer
  /** Declared uncompressed size; defaults to data.length. */
  uncompressedSize?: number
  crc?: number
  flags?: number
}

export function writeZip(inputs: ZipInput[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const input of inputs) {
    const method = input.method ?? 8
    const data = input.data ?? Buffer.alloc(0)
    const body = input.compressed ?? (method === 8 ? deflateRawSync(data) : data)
    const crc = input.crc ?? crc32(data)
    const size = input.uncompressedSize ?? data.length
    const name = Buffer.from(input.name, 'utf8')
    const flags = (input.flags ?? 0) | 0x800

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    locals.push(local, name, body)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const centralDir = Buffer.concat(centrals)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(inputs.length, 8)
  eocd.writeUInt16LE(inputs.length, 10)
  eocd.writeUInt32LE(centralDir.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, centralDir, eocd])
}
