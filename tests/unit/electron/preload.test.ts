import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, FILE_CHANNELS, ipcChannel, PUSH_CHANNELS } from '../../../src/shared/channels'
import { contextBridge, ipcRenderer } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>
let api: Bridge

beforeAll(async () => {
  await import('../../../src/preload/index')
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, value] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Bridge]
  expect(key).toBe('api')
  api = value
})

describe('preload', () => {
  it('exposes exactly one function per contract channel, the menu subscription and the report files, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'files', 'onMenuEvent'].sort())
    expect(Object.keys(api.files).sort()).toEqual(Object.keys(FILE_CHANNELS).sort())
    expect(Object.isFrozen(api.files)).toBe(true)
    for (const name of CHANNEL_NAMES) expect(api[name]).toBeTypeOf('function')
    expect(api).not.toHaveProperty('ipcRenderer')
    expect(api).not.toHaveProperty('invoke')
  })

  it('passes on only well-formed menu events, without the IPC event, and unsubscribes', () => {
    const on = vi.spyOn(ipcRenderer as unknown as { on: (...args: unknown[]) => void }, 'on')
    const received: unknown[] = []
    const unsubscribe = (api.onMenuEvent as unknown as (listener: (event: unknown) => void) => () => void)((event) => received.push(event))
    const [channel, handler] = on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void]
    expect(channel).toBe(PUSH_CHANNELS.menu)
    handler({ sender: 'ipc event' }, { command: 'followImport', jobId: 4, fileName: 'a.xlsx' })
    handler({}, { command: 'runShell', jobId: 1, fileName: 'x' })
    handler({}, { command: 'followImport', jobId: '4', fileName: 'a.xlsx' })
    handler({}, { command: 'openCetak' })
    handler({}, { command: 'openCetak', url: 'https://example.com' })
    expect(received).toEqual([{ command: 'followImport', jobId: 4, fileName: 'a.xlsx' }, { command: 'openCetak' }])
    unsubscribe()
    expect((ipcRenderer as unknown as { removeListener: ReturnType<typeof vi.fn> }).removeListener).toHaveBeenCalledWith(PUSH_CHANNELS.menu, handler)
  })

  it('is frozen: the page cannot replace a method', () => {
    expect(Object.isFrozen(api)).toBe(true)
    // Test modules run in strict mode, where writing to a frozen object throws.
    expect(() => {
      api.getRpjmd = async () => 'replaced'
    }).toThrow(TypeError)
  })

  it('invokes the prefixed channel with the one argument only', async () => {
    ipcRenderer.invoke.mockClear()
    const args = { planRowId: 3, sasaranId: 5 }
    await expect(api.linkSasaran(args, 'extra', () => 'callback')).resolves.toEqual({
      ok: true,
      value: { channel: 'selaras:linkSasaran', args }
    })
    expect(ipcRenderer.invoke.mock.calls).toEqual([[ipcChannel('linkSasaran'), args]])
  })

  it('sends each report-file command on its own channel with the options only', async () => {
    ipcRenderer.invoke.mockClear()
    const files = api.files as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    const options = { report: 'tc14', paper: 'F4' }
    for (const command of Object.keys(FILE_CHANNELS)) await files[command](options, 'extra')
    expect(ipcRenderer.invoke.mock.calls).toEqual(Object.values(FILE_CHANNELS).map((channel) => [channel, options]))
  })

  it('maps every channel to its own IPC channel', async () => {
    ipcRenderer.invoke.mockClear()
    for (const name of CHANNEL_NAMES) await api[name]({})
    expect(ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual(CHANNEL_NAMES.map(ipcChannel))
  })

  it('imports only electron and the channel list, so it bundles for a sandbox', () => {
    const source = readFileSync(join(__dirname, '../../../src/preload/index.ts'), 'utf8')
    const imports = [...source.matchAll(/^\s*import\s.*?from\s+'([^']+)'/gm)].map((match) => match[1])
    expect(imports.sort()).toEqual(['../shared/channels', 'electron'])
    expect(source).not.toMatch(/\brequire\(/)
    expect(source).not.toMatch(/exposeInMainWorld\((?!'api')/)
  })
})
