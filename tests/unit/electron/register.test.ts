import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type Database from 'better-sqlite3'
import type { WebContents } from 'electron'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, ipcChannel } from '../../../src/shared/channels'
import type { Result } from '../../../src/shared/result'
import type { PerangkatDaerah, RpjmdView, PlanRow } from '../../../src/shared/domain'
import { openDatabase } from '../../../src/main/db/connection'
import { createHandlers } from '../../../src/main/services'
import { isTrustedSenderUrl, registerIpc, unregisterIpc, type TrustedRenderer } from '../../../src/main/ipc/register'
import { handlerFor, ipcMain } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)

const trusted: TrustedRenderer = { fileUrl: pathToFileURL('/opt/selaras/out/renderer/index.html').href }
const OUR_CONTENTS_ID = 7

let dataDir: string
let db: Database.Database

function event(overrides: { url?: string; parent?: object | null; senderId?: number; noFrame?: boolean } = {}) {
  return {
    sender: { id: overrides.senderId ?? OUR_CONTENTS_ID },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? `${trusted.fileUrl}#/rpjmd`, parent: overrides.parent ?? null }
  }
}

function invoke<T>(name: string, args: unknown, from = event()): Result<T> {
  return handlerFor(ipcChannel(name as (typeof CHANNEL_NAMES)[number]))(from, args) as Result<T>
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'selaras-ipc-'))
  db = openDatabase(dataDir)
})

afterAll(() => {
  db.close()
  rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(() => {
  ipcMain.handle.mockClear()
  ipcMain.removeHandler.mockClear()
  registerIpc({
    handlers: createHandlers(db),
    trusted,
    isKnownSender: (sender: WebContents) => sender.id === OUR_CONTENTS_ID,
    log: () => undefined
  })
})

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, all prefixed', () => {
    const channels = ipcMain.handle.mock.calls.map(([channel]) => String(channel))
    expect(channels).toHaveLength(CHANNEL_NAMES.length)
    expect(new Set(channels)).toEqual(new Set(CHANNEL_NAMES.map(ipcChannel)))
    for (const call of ipcMain.handle.mock.calls) expect(call[1]).toBeTypeOf('function')
  })

  it('passes a trusted call through to the real services', () => {
    const rpjmd = invoke<RpjmdView>('getRpjmd', {})
    expect(rpjmd.ok).toBe(true)
    if (rpjmd.ok) expect(rpjmd.value.misi).toHaveLength(8)
  })

  it('commits a trusted write, so the refusals below are about the sender alone', () => {
    const units = invoke<PerangkatDaerah[]>('listPerangkatDaerah', {})
    if (!units.ok) throw new Error(units.error.message)
    const created = invoke<{ row: PlanRow }>('createPlanRow', {
      level: 'program',
      perangkatDaerahId: units.value[0].id,
      code: '1.02.03',
      name: 'Program titipan'
    })
    expect(created).toMatchObject({ ok: true, value: { row: { code: '1.02.03', name: 'Program titipan' } } })
    const list = invoke<PlanRow[]>('listPlanRows', {})
    expect(list.ok && list.value.some((row) => row.code === '1.02.03')).toBe(true)
  })

  it('returns the validation message for bad arguments', () => {
    const units = invoke<PerangkatDaerah[]>('listPerangkatDaerah', undefined)
    if (!units.ok) throw new Error(units.error.message)
    const result = invoke('createPlanRow', {
      level: 'program',
      perangkatDaerahId: units.value[0].id,
      code: '1.02.02',
      name: 'Program uji',
      pagu: { '2025': -1 }
    })
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Pagu tidak boleh negatif.' } })
  })

  it.each([
    ['no sender frame', event({ noFrame: true })],
    ['a subframe', event({ parent: {} })],
    ['a webContents we did not create', event({ senderId: 99 })],
    ['another local file', event({ url: pathToFileURL('/tmp/evil.html').href })],
    ['a web page', event({ url: 'https://evil.example/index.html' })]
  ])('refuses %s with FORBIDDEN and runs nothing', (_label, from) => {
    const before = invoke<PlanRow[]>('listPlanRows', {})
    const units = invoke<PerangkatDaerah[]>('listPerangkatDaerah', {})
    if (!before.ok || !units.ok) throw new Error('setup failed')
    const refused = invoke('createPlanRow', { level: 'program', perangkatDaerahId: units.value[0].id, code: '1.02.05', name: 'Program titipan' }, from)
    expect(refused).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: pengirim tidak dikenal.' }
    })
    const after = invoke<PlanRow[]>('listPlanRows', {})
    expect(after.ok && after.value.length).toBe(before.value.length)
  })

  it('treats a frame that throws on access as untrusted', () => {
    const broken = {
      sender: { id: OUR_CONTENTS_ID },
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      }
    }
    expect(invoke('getRpjmd', {}, broken as ReturnType<typeof event>)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('unregisterIpc removes every channel', () => {
    unregisterIpc()
    expect(ipcMain.removeHandler.mock.calls.map(([channel]) => String(channel)).sort()).toEqual(CHANNEL_NAMES.map(ipcChannel).sort())
  })
})

describe('isTrustedSenderUrl', () => {
  const withDev: TrustedRenderer = { ...trusted, devOrigin: 'http://localhost:5173' }

  it('accepts the renderer file with any hash or query', () => {
    expect(isTrustedSenderUrl(trusted.fileUrl, trusted)).toBe(true)
    expect(isTrustedSenderUrl(`${trusted.fileUrl}?x=1#/program`, trusted)).toBe(true)
  })

  it('refuses other files, hosts and schemes', () => {
    expect(isTrustedSenderUrl(pathToFileURL('/opt/selaras/out/renderer/other.html').href, trusted)).toBe(false)
    expect(isTrustedSenderUrl('file://evil-host/opt/selaras/out/renderer/index.html', trusted)).toBe(false)
    expect(isTrustedSenderUrl('https://opt/selaras/out/renderer/index.html', trusted)).toBe(false)
    expect(isTrustedSenderUrl('javascript:alert(1)', trusted)).toBe(false)
    expect(isTrustedSenderUrl('about:blank', trusted)).toBe(false)
    expect(isTrustedSenderUrl('not a url', trusted)).toBe(false)
    expect(isTrustedSenderUrl('', trusted)).toBe(false)
  })

  it('accepts the dev server origin only when one is configured', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/#/rpjmd', withDev)).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5173/', trusted)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost:5174/', withDev)).toBe(false)
    expect(isTrustedSenderUrl('http://localhost.evil.com:5173/', withDev)).toBe(false)
  })
})
