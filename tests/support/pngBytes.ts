// A real PNG made from scratch (signature, IHDR, IDAT with zlib data, IEND, each with its CRC),
// for the logo tests; no image files are kept in the repository.
import { crc32, deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

/** An RGB PNG of the given size, a blue-green gradient; `padding` adds a private ancillary chunk (ignored by readers) to reach a file size. */
export function makePng(width: number, height: number, options: { padding?: number } = {}): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x += 1) {
      raw[row + 1 + x * 3] = 20
      raw[row + 2 + x * 3] = Math.round((x / width) * 200)
      raw[row + 3 + x * 3] = Math.round((y / height) * 255)
    }
  }
  const chunks = [chunk('IHDR', header), chunk('IDAT', deflateSync(raw))]
  if (options.padding) chunks.push(chunk('paDd', Buffer.alloc(options.padding, 0x41)))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks, chunk('IEND', Buffer.alloc(0))])
}
