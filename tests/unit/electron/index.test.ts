// The Electron lifecycle in src/main/index.ts, against the fake electron module and a real
// database in a fresh folder. index.ts runs on import, so each test imports it afresh.
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, FILE_CHANNELS, ipcChannel } from '../../../src/shared/channels'
import type { RpjmdView } from '../../../src/shared/domain'
import type { NomenklaturVersion } from '../../../src/shared/master'
import type { Result } from '../../../src/shared/result'
import { LATEST_VERSION } from '../../../src/main/db/migrations'
import { version4Database } from '../../support/version4Database'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)
// Any migration at start-up counts as slow here, so the splash's wiring is seen with a small file.
vi.mock('../../../src/main/db/startupMigration', async (original) => ({ ...(await original<object>()), SLOW_MIGRATION_MS: 0 }))
// A busy machine must not make the first start slow enough for the built-in nomenclature's
// splash (it would be the first window): only the test of that splash asks for it, and puts
// this back after it.
const builtIn = vi.hoisted(() => ({
  path: '../../../src/main/services/nomenklatur/builtInNomenklatur',
  neverSlow: async (original: () => Promise<typeof import('../../../src/main/services/nomenklatur/builtInNomenklatur')>) => {
    const real = await original()
    return {
      ...real,
      loadBuiltInNomenklatur: (...[db, path, options]: Parameters<typeof real.loadBuiltInNomenklatur>) =>
        real.loadBuiltInNomenklatur(db, path, { ...options, slowAfterMs: options?.slowAfterMs ?? 2_147_483_647 })
    }
  }
}))
vi.mock('../../../src/main/services/nomenklatur/builtInNomenklatur', builtIn.neverSlow)

type Fake = (typeof import('./fakeElectron'))['electronModule']
let dataDir: string

async function start(lock = true): Promise<Fake> {
  vi.resetModules()
  // The module index.ts will import, fresh after the reset.
  const fake = (await import('electron')) as unknown as Fake
  // The mocked module outlives resetModules: start each run from a clean fake.
  vi.clearAllMocks()
  fake.app.removeAllListeners()
  fake.BrowserWindow.instances.length = 0
  fake.app.requestSingleInstanceLock.mockReturnValue(lock)
  await import('../../../src/main/index')
  await fake.app.ready // index.ts's whenReady().then(start) ran before this continuation
  // A first start stores the built-in nomenclature before the window opens (or the start gives up).
  // Waits for the main window (the renderer's index.html, shown after IPC is registered), or the quit.
  if (lock) {
    await vi.waitFor(
      () =>
        expect(fake.BrowserWindow.instances.some((window) => /index\.html$/.test(window.webContents.url)) || fake.app.quit.mock.calls.length > 0).toBe(true),
      { timeout: 30000 }
    )
  }
  return fake
}

function versionsFrom(fake: Fake, contents: { id: number; url: string }): Result<NomenklaturVersion[]> {
  const registered = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === ipcChannel('listNomenklaturVersions'))
  if (!registered) throw new Error('listNomenklaturVersions is not registered')
  const listener = registered[1] as (event: unknown, args: unknown) => Result<NomenklaturVersion[]>
  return listener({ sender: contents, senderFrame: { url: contents.url, parent: null } }, {})
}

function callFrom(fake: Fake, contents: { id: number; url: string }): Result<RpjmdView> {
  const frame = { url: contents.url, parent: null }
  const registered = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === ipcChannel('getRpjmd'))
  if (!registered) throw new Error('getRpjmd is not registered')
  const listener = registered[1] as (event: unknown, args: unknown) => Result<RpjmdView>
  return listener({ sender: contents, senderFrame: frame }, {})
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'selaras-main-'))
  vi.stubEnv('SELARAS_DATA_DIR', dataDir)
  vi.stubEnv('SELARAS_ELECTRON_SQLITE_BINDING', join(dataDir, 'no-such-binding.node'))
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})

afterEach(async () => {
  // Closes the database the run opened (a second will-quit is harmless).
  ;((await import('electron')) as unknown as Fake).app.emit('will-quit')
  vi.unstubAllEnvs()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('main process lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = await start(false)
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.app.whenReady).not.toHaveBeenCalled()
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('opens the database in the data folder, registers IPC and shows one window', async () => {
    const fake = await start()
    expect(existsSync(join(dataDir, 'selaras.db'))).toBe(true)
    // The contract's channels and the report files (PDF, XLSX, CSV, print).
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length + Object.keys(FILE_CHANNELS).length)
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    const window = fake.BrowserWindow.instances[0]
    expect(window.webContents.url).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
    expect(fake.session.defaultSession.headersListener).toBeTypeOf('function')

    // Our window's page is trusted end to end; any other webContents is not.
    const plan = callFrom(fake, window.webContents)
    expect(plan.ok && plan.value.misi).toHaveLength(8)
    expect(callFrom(fake, { id: 9999, url: window.webContents.url })).toMatchObject({ error: { code: 'FORBIDDEN' } })

    fake.app.emit('will-quit')
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNEL_NAMES.length + Object.keys(FILE_CHANNELS).length)
  })

  it('migrates an older database in a worker before opening it, with a small window saying so meanwhile', async () => {
    version4Database(dataDir)
    const fake = await start()
    // The main window comes once the worker is done; the splash is gone by then.
    await vi.waitFor(
      () => expect(fake.BrowserWindow.getAllWindows().map((window) => window.webContents.url)).toEqual([expect.stringMatching(/\/renderer\/index\.html$/)]),
      { timeout: 15000 }
    )
    const [splash, main] = fake.BrowserWindow.instances
    expect(splash.destroyed).toBe(true)
    expect(decodeURIComponent(splash.webContents.url)).toMatch(/^data:text\/html;charset=utf-8,.*Memperbarui basis data Selaras/s)
    expect(splash.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false })
    // The splash closed after the main window opened: closing the only window would quit the app.
    expect(fake.app.quit).not.toHaveBeenCalled()
    const plan = callFrom(fake, main.webContents)
    expect(plan.ok && plan.value.misi).toHaveLength(8)
    const file = new Database(join(dataDir, 'selaras.db'), { readonly: true })
    expect(file.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    file.close()
  })

  it('stores the built-in nomenclature from the project resources/ at first start, as the plan version, before the window opens', async () => {
    const fake = await start()
    const versions = versionsFrom(fake, fake.BrowserWindow.instances[0].webContents)
    expect(versions.ok && versions.value.map((version) => [version.name, version.active, version.counts.subKegiatan])).toEqual([
      ['Pemutakhiran 2027 (bawaan)', true, 3550]
    ])
  })

  it('reads the built-in file from Electron resources when packaged, with a small window if it is slow', async () => {
    const resources = mkdtempSync(join(tmpdir(), 'selaras-resources-'))
    const file = 'nomenklatur-sipd-pemutakhiran-2027.xlsx'
    copyFileSync(resolve(__dirname, '../../../resources', file), join(resources, file))
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath')
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true })
    vi.doMock('../../../src/main/services/nomenklatur/builtInNomenklatur', async (load) => {
      const real = await load<typeof import('../../../src/main/services/nomenklatur/builtInNomenklatur')>()
      // Every load counts as slow here, so the splash's wiring is seen.
      return {
        ...real,
        loadBuiltInNomenklatur: (db: never, path: string, options: object) => real.loadBuiltInNomenklatur(db, path, { ...options, slowAfterMs: 0 })
      }
    })
    try {
      const fake = (await import('electron')) as unknown as Fake
      fake.app.isPackaged = true
      const started = await start()
      await vi.waitFor(
        () => expect(started.BrowserWindow.getAllWindows().map((window) => window.webContents.url)).toEqual([expect.stringMatching(/index\.html$/)]),
        {
          timeout: 15000
        }
      )
      const [splash, main] = started.BrowserWindow.instances
      expect(decodeURIComponent(splash.webContents.url)).toMatch(/Menyiapkan nomenklatur bawaan/)
      expect(splash.destroyed).toBe(true)
      expect(started.app.quit).not.toHaveBeenCalled()
      const versions = versionsFrom(started, main.webContents)
      expect(versions.ok && versions.value.map((version) => version.name)).toEqual(['Pemutakhiran 2027 (bawaan)'])

      // A packaged app without the file still opens (the analyst can import an export).
      started.app.emit('will-quit')
      rmSync(join(resources, file))
      rmSync(dataDir, { recursive: true, force: true })
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const bare = await start()
      expect(quiet).toHaveBeenCalledWith('Selaras: built-in nomenclature not loaded', { state: 'missing', path: join(resources, file) })
      quiet.mockRestore()
      const none = versionsFrom(bare, bare.BrowserWindow.instances[0].webContents)
      expect(none.ok && none.value).toEqual([])
    } finally {
      vi.doMock(builtIn.path, builtIn.neverSlow)
      ;((await import('electron')) as unknown as Fake).app.isPackaged = false
      if (original) Object.defineProperty(process, 'resourcesPath', original)
      else delete (process as { resourcesPath?: string }).resourcesPath
      rmSync(resources, { recursive: true, force: true })
    }
  })

  it('stops trusting a window once it is closed', async () => {
    const fake = await start()
    const window = fake.BrowserWindow.instances[0]
    window.emit('closed')
    expect(callFrom(fake, window.webContents)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('focuses the existing window when a second instance starts', async () => {
    const fake = await start()
    const window = fake.BrowserWindow.instances[0]
    window.minimized = true
    fake.app.emit('second-instance')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('quits when the last window closes (outside macOS) and closes the database', async () => {
    const fake = await start()
    const window = fake.BrowserWindow.instances[0]
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    fake.app.emit('will-quit')
    // The handler kept by the fake now meets a closed connection.
    expect(callFrom(fake, window.webContents)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    quiet.mockRestore()
  })

  it('refuses a database from a newer Selaras with an Indonesian message, and quits', async () => {
    const file = new Database(join(dataDir, 'selaras.db'))
    file.pragma('user_version = 999')
    file.close()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = await start()
    quiet.mockRestore()
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Selaras tidak dapat dibuka')
    expect(message).toContain('versi Selaras yang lebih baru')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('says why when migrating an older database fails, closes the splash and quits without opening the app', async () => {
    version4Database(dataDir)
    // Migration 5 creates change_row: a table of that name already there makes it fail.
    const file = new Database(join(dataDir, 'selaras.db'))
    file.exec('CREATE TABLE change_row (x)')
    file.close()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = await start()
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1), { timeout: 15000 })
    quiet.mockRestore()
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Selaras tidak dapat dibuka')
    expect(message).toContain('change_row already exists')
    expect(fake.app.quit).toHaveBeenCalled()
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(0)
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
  })

  it('passes SELARAS_ELECTRON_SQLITE_BINDING to better-sqlite3 when the file exists', async () => {
    const bogus = join(dataDir, 'bogus.node')
    writeFileSync(bogus, 'not a native module')
    vi.stubEnv('SELARAS_ELECTRON_SQLITE_BINDING', bogus)
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = await start()
    quiet.mockRestore()
    const [, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(message).toMatch(/^Basis data di folder .* tidak dapat dibuka: /)
    expect(fake.app.quit).toHaveBeenCalled()
    expect(fake.BrowserWindow.instances).toHaveLength(0)
  })
})
