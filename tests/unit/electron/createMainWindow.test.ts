import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, rendererIndexPath } from '../../../src/main/window/createMainWindow'
import { WINDOW_STATE_FILE_NAME } from '../../../src/main/window/windowState'
import { FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)

let dataDir: string

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'selaras-win-'))
  FakeBrowserWindow.instances.length = 0
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

function created(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1)
  return FakeBrowserWindow.instances[0]
}

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer, with the preload bridge only', () => {
    createMainWindow({ dataDir })
    const prefs = created().options.webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(prefs?.preload?.endsWith(`${sep}preload${sep}index.js`)).toBe(true)
    expect(created().options).toMatchObject({ title: 'Selaras', show: false })
  })

  it('loads the built renderer file, not a URL', () => {
    createMainWindow({ dataDir })
    const window = created()
    expect(window.loadFile).toHaveBeenCalledWith(rendererIndexPath())
    expect(rendererIndexPath().endsWith(`${sep}renderer${sep}index.html`)).toBe(true)
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('loads the dev server when electron-vite gives one', () => {
    createMainWindow({ dataDir, devServerUrl: 'http://localhost:5173/' })
    expect(created().loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(created().loadFile).not.toHaveBeenCalled()
  })

  it('shows the window only when it is ready to show', () => {
    createMainWindow({ dataDir })
    const window = created()
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('restores the saved bounds and maximized flag', () => {
    writeFileSync(join(dataDir, WINDOW_STATE_FILE_NAME), JSON.stringify({ x: 200, y: 100, width: 1500, height: 900, isMaximized: true }))
    createMainWindow({ dataDir })
    const window = created()
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1500, height: 900 })
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledTimes(1)
  })

  it('hardens its webContents: no navigation away, no new windows', () => {
    createMainWindow({ dataDir })
    const contents = created().webContents
    contents.url = 'file:///app/index.html'
    const event = { preventDefault: vi.fn() }
    contents.emit('will-navigate', event, 'https://evil.example/')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })
})
