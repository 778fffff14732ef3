import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { attachment } from '../../shared/contentDisposition'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services'
import { EXPORT_FORMATS, exportReport, type ExportFormat } from '../reports/exportReport'
import type { ReportSource } from '../reports/source'
import { readRendererFile } from './staticFiles'

export const TOKEN_HEADER = 'x-selaras-token'
// Room for a 20 MB nomenclature file sent as base64.
const MAX_BODY_BYTES = 30 * 1024 * 1024
// A larger body is still read to its end (and dropped), so the browser gets the answer, not a reset
// connection; past this the connection is cut.
const MAX_DRAINED_BYTES = 512 * 1024 * 1024
const TOO_LARGE_MESSAGE =
  'Berkas yang dikirim terlalu besar (lebih dari 30 MB) dan tidak dibaca; tidak ada yang diubah. Logo kop paling besar 1 MB, berkas nomenklatur 20 MB.'

class BodyTooLargeError extends Error {}

export interface WebServer {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

export interface WebServerOptions {
  handlers: Handlers
  rendererDir: string
  port?: number
  /** The reports behind POST /export/xlsx and /export/csv. */
  reports?: ReportSource
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra?: Record<string, string>): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra)
}

/** Server-Timing of an API call (body read, channel run), for the page's resource timing and the bench. */
function serverTiming(readMs: number, runMs: number): Record<string, string> {
  return { 'Server-Timing': `read;dur=${readMs.toFixed(1)}, run;dur=${runMs.toFixed(1)}` }
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_DRAINED_BYTES) {
    req.destroy()
    throw new BodyTooLargeError()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_DRAINED_BYTES) {
      req.destroy()
      throw new BodyTooLargeError()
    }
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer)
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLargeError()
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? {} : JSON.parse(text)
}

/**
 * Browser mode: serves the built renderer and the API channels (POST /api/<channel>) on
 * 127.0.0.1 only. Every request must name this server in its Host header (against DNS
 * rebinding); API calls and exports (POST /export/<format>) must carry the per-run token.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  let allowedHosts: Set<string> = new Set()

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server.' } })
    })
  })

  /** The checks of every API call and export: POST, our own origin, the session token. Answers a refusal itself. */
  function requestAllowed(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Metode tidak diizinkan.' } })
      return false
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Asal permintaan tidak diizinkan.' } })
      return false
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendJson(res, 401, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Token sesi tidak valid. Buka alamat lengkap yang dicetak saat Selaras dimulai.' }
      })
      return false
    }
    return true
  }

  /** POST /export/xlsx | /export/csv with the report options as JSON: the file as an attachment, or the refusal as JSON. */
  async function sendExport(req: IncomingMessage, res: ServerResponse, format: string): Promise<void> {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `Format ekspor tidak dikenal: ${format}.` } })
    }
    if (!options.reports) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Ekspor laporan belum tersedia.' } })
    let args: unknown
    try {
      args = await readJsonBody(req)
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } })
    }
    const file = await exportReport({ source: options.reports }, format as ExportFormat, args)
    if (!file.ok) return sendJson(res, file.error.code === 'INTERNAL' ? 500 : 400, file)
    send(res, 200, file.value.bytes, file.value.mime, { 'Content-Disposition': attachment(file.value.fileName) })
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Host tidak diizinkan.', 'text/plain; charset=utf-8')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const exportFormat = url.pathname.startsWith('/export/') ? url.pathname.slice('/export/'.length) : undefined
    if (url.pathname.startsWith('/api/') || exportFormat !== undefined) {
      if (!requestAllowed(req, res)) return
      if (exportFormat !== undefined) return sendExport(req, res, exportFormat)
      let args: unknown
      const readStart = performance.now()
      try {
        args = await readJsonBody(req)
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: TOO_LARGE_MESSAGE } })
        return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } })
      }
      const channel = url.pathname.slice('/api/'.length)
      const runStart = performance.now()
      const result = dispatch(options.handlers, channel, args)
      return sendJson(res, 200, result, serverTiming(runStart - readStart, performance.now() - runStart))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Metode tidak diizinkan.', 'text/plain; charset=utf-8')
    const file = await readRendererFile(options.rendererDir, url.pathname)
    if (!file) return send(res, 404, 'Tidak ditemukan.', 'text/plain; charset=utf-8')
    send(res, 200, file.body, file.contentType)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
