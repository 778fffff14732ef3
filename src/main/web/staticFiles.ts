import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** Reads a file of the built renderer, refusing any path that leaves its folder. */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<{ body: Buffer; contentType: string } | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(rendererDir, relative))
  if (!full.startsWith(normalize(rendererDir) + sep)) return undefined
  try {
    const body = await readFile(full)
    return { body, contentType: CONTENT_TYPES[extname(full)] ?? 'application/octet-stream' }
  } catch {
    return undefined
  }
}
