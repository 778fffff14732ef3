import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReportSource } from '../../../src/main/reports/source'
import { ServiceError } from '../../../src/main/services/errors'
import { startWebServer, type WebServer } from '../../../src/main/web/server'
import { isoDay } from '../../../src/main/reports/fileName'
import { makeTempDir, openTempDb, type TempDb } from '../../support/tempDb'
import { BIG, fixtureDocument, fixtureSettings } from '../reports/fixtureDocument'

let temp: TempDb
let renderer: ReturnType<typeof makeTempDir>
let server: WebServer
const build = vi.fn<ReportSource['build']>(() => fixtureDocument())
const source: ReportSource = { build, settings: () => fixtureSettings() }

beforeEach(async () => {
  temp = openTempDb()
  renderer = makeTempDir()
  writeFileSync(`${renderer.dir}/index.html`, '<!doctype html><title>Selaras</title>')
  build.mockClear()
  server = await startWebServer({ handlers: temp.handlers, rendererDir: renderer.dir, reports: source })
})
afterEach(async () => {
  await server.close()
  temp.cleanup()
  renderer.cleanup()
})

const origin = () => `http://127.0.0.1:${server.port}`
const post = (format: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin()}/export/${format}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': server.token, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })

describe('browser-mode export routes', () => {
  it('answers POST /export/xlsx with the workbook as an attachment named <stem>_<date>.xlsx', async () => {
    const reply = await post('xlsx', { report: 'tc14', paper: 'A3' })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const fileName = `T-C.14_2022-2026_${isoDay(new Date())}.xlsx`
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`)
    expect(build).toHaveBeenCalledWith(expect.objectContaining({ report: 'tc14', paper: 'A3', kop: true }))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await reply.arrayBuffer())
    const sheet = workbook.getWorksheet('T-C.14')!
    expect(sheet.pageSetup.paperSize).toBe(8)
    let money = 0
    sheet.eachRow((row) => row.getCell(1).value === '1.02.03' && (money = row.getCell(5).value as number))
    expect(money).toBe(BIG)
  })

  it('answers POST /export/csv with the BOM and ; separated text', async () => {
    const reply = await post('csv', { report: 'tc14' })
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(reply.headers.get('content-disposition')).toContain('.csv"')
    const bytes = Buffer.from(await reply.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain(`1.02.03;'=1+1*;`)
  })

  it('refuses without the token, from another origin, with GET, for an unknown format, and bad options, in Bahasa Indonesia; nothing is built', async () => {
    const noToken = await post('xlsx', { report: 'tc14' }, { 'X-Selaras-Token': 'salah' })
    expect(noToken.status).toBe(401)
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const foreign = await post('xlsx', { report: 'tc14' }, { Origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    const get = await fetch(`${origin()}/export/xlsx`, { headers: { 'X-Selaras-Token': server.token } })
    expect(get.status).toBe(405)
    const unknown = await post('docx', { report: 'tc14' })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe('Format ekspor tidak dikenal: docx.')
    const badPaper = await post('xlsx', { report: 'tc14', paper: 'B5' })
    expect(badPaper.status).toBe(400)
    expect(await badPaper.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Ukuran kertas tidak dikenal.' } })
    const badReport = await post('csv', { report: 'rkpd' })
    expect(((await badReport.json()) as { error: { message: string } }).error.message).toBe('Laporan tidak dikenal.')
    const extra = await post('csv', { report: 'tc14', path: '/etc/passwd' })
    expect(((await extra.json()) as { error: { message: string } }).error.message).toBe('Opsi laporan tidak dikenal: path.')
    const badYear = await post('csv', { report: 'tc14', years: ['x'] })
    expect(((await badYear.json()) as { error: { message: string } }).error.message).toBe('Opsi laporan tidak valid: tahun.')
    const garbage = await post('csv', '{not json')
    expect(garbage.status).toBe(400)
    expect(build).not.toHaveBeenCalled()
  })

  it("passes a builder's refusal on, and hides an unexpected failure behind a plain message", async () => {
    build.mockImplementationOnce(() => {
      throw new ServiceError('NOT_FOUND', 'Perangkat daerah tidak ditemukan.')
    })
    const refused = await post('xlsx', { report: 'tc14', perangkatDaerahId: 999 })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Perangkat daerah tidak ditemukan.' } })
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    build.mockImplementationOnce(() => {
      throw new Error('disk I/O error')
    })
    const failed = await post('csv', { report: 'tc14' })
    expect(failed.status).toBe(500)
    expect(await failed.json()).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Berkas CSV tidak dapat dibuat. Coba lagi.' } })
    spy.mockRestore()
  })

  it('says when the server has no reports to export', async () => {
    const bare = await startWebServer({ handlers: temp.handlers, rendererDir: renderer.dir })
    const reply = await fetch(`http://127.0.0.1:${bare.port}/export/csv`, {
      method: 'POST',
      headers: { 'X-Selaras-Token': bare.token },
      body: '{"report":"tc14"}'
    })
    expect(reply.status).toBe(404)
    expect(((await reply.json()) as { error: { message: string } }).error.message).toBe('Ekspor laporan belum tersedia.')
    await bare.close()
  })
})
