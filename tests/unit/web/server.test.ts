import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../../src/main/web/server'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'
import { makeTempDir, openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
let renderer: ReturnType<typeof makeTempDir>
let server: WebServer

beforeEach(async () => {
  temp = openTempDb()
  renderer = makeTempDir()
  writeFileSync(`${renderer.dir}/index.html`, '<!doctype html><title>Selaras</title>')
  server = await startWebServer({ handlers: temp.handlers, rendererDir: renderer.dir })
})
afterEach(async () => {
  await server.close()
  temp.cleanup()
  renderer.cleanup()
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP, so the Host header can be forged as a rebinding attacker would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': server.token, ...headers },
    body: JSON.stringify(args)
  })

describe('browser-mode server', () => {
  it('announces a 127.0.0.1 URL with a random token', async () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{32}$`))
    const other = await startWebServer({ handlers: temp.handlers, rendererDir: renderer.dir })
    expect(other.token).not.toBe(server.token)
    await other.close()
  })

  it('answers API calls with the token, through the same validation as IPC', async () => {
    const rpjmd = await api('getRpjmd', {})
    expect(rpjmd.status).toBe(200)
    expect((JSON.parse(rpjmd.body) as { value: { misi: unknown[] } }).value.misi).toHaveLength(8)
    const bad = await api('createPlanRow', { level: 'program', perangkatDaerahId: 1, code: '1.02.02', name: 'X', pagu: { '2023': -1 } })
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Pagu tidak boleh negatif.' } })
  })

  it('refuses API calls without the right token', async () => {
    expect((await api('getRpjmd', {}, { 'X-Selaras-Token': 'wrong' })).status).toBe(401)
    const none = await send('/api/getRpjmd', { method: 'POST', body: '{}' })
    expect(none.status).toBe(401)
    expect((JSON.parse(none.body) as { error: { message: string } }).error.message).toMatch(/Token sesi tidak valid/)
  })

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('getRpjmd', {}, { Host: `evil.example:${server.port}` })).status).toBe(421)
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(421)
    expect((await api('getRpjmd', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('getRpjmd', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200)
  })

  it('refuses unreadable bodies and GET on the API', async () => {
    const garbage = await send('/api/getRpjmd', { method: 'POST', headers: { 'X-Selaras-Token': server.token }, body: '{nope' })
    expect(garbage.status).toBe(400)
    expect((await send('/api/getRpjmd')).status).toBe(405)
  })

  it('answers a 50 MB logo upload (past the 30 MB body limit) with a clear message, writes nothing, and keeps serving', async () => {
    const body = JSON.stringify({ logo: { fileName: 'besar.png', dataBase64: 'A'.repeat(50 * 1024 * 1024) } })
    const reply = await send('/api/setKopLogo', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': server.token }, body })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Berkas yang dikirim terlalu besar (lebih dari 30 MB) dan tidak dibaca; tidak ada yang diubah. Logo kop paling besar 1 MB, berkas nomenklatur 20 MB.'
      }
    })
    expect(temp.db.prepare('SELECT COUNT(*) AS n FROM print_logo').get()).toEqual({ n: 0 })
    // Under the body limit, the channel's own check answers: the logo's size, in the analyst's terms.
    const mid = await api('setKopLogo', { logo: { fileName: 'sedang.png', dataBase64: 'A'.repeat(4 * 1024 * 1024) } })
    expect(JSON.parse(mid.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Logo terlalu besar (3 MB); batasnya 1 MB. Tidak ada yang diubah.' }
    })
    expect((await api('getPrintSettings', {})).status).toBe(200)
  })

  it('serves the renderer with the CSP and nothing outside its folder', async () => {
    const index = await send('/')
    expect(index.status).toBe(200)
    expect(index.body).toContain('<title>Selaras</title>')
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect((await send('/../../../../etc/passwd')).status).toBe(404)
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })
})
