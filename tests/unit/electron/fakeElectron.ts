// A stand-in for the parts of 'electron' the main process and preload use: Electron
// cannot run on these machines. Test files use it with
//   vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { vi } from 'vitest'

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly send = vi.fn()
  url = ''
  openHandler: OpenHandler | undefined
  /** The PDF bytes printToPDF returns; tests set what the page "prints". */
  pdfBytes = Buffer.from('%PDF-1.7 fake')
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => this.pdfBytes)
  /** What the print dialog answers: printed, cancelled, or failed. */
  printOutcome: { success: boolean; failureReason: string } = { success: true, failureReason: '' }
  readonly print = vi.fn((_options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void) => {
    callback(this.printOutcome.success, this.printOutcome.failureReason)
  })
  getURL(): string {
    return this.url
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  bounds: Rectangle
  normalBounds: Rectangle
  maximized = false
  minimized = false
  destroyed = false
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn(() => {
    this.minimized = false
  })
  readonly maximize = vi.fn(() => {
    this.maximized = true
  })
  readonly loadFile = vi.fn(async (path: string) => {
    this.webContents.url = pathToFileURL(path).href
  })
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url
  })
  readonly destroy = vi.fn(() => {
    this.destroyed = true
    this.emit('closed')
    // As Electron: the last window gone, the app hears it (and Selaras quits on it).
    if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
  })

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 }
    this.normalBounds = { ...this.bounds }
    FakeBrowserWindow.instances.push(this)
  }
  getBounds(): Rectangle {
    return { ...this.bounds }
  }
  getNormalBounds(): Rectangle {
    return { ...this.normalBounds }
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return this.minimized
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents && !window.destroyed) ?? null
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed)
  }
}

export interface FakeDisplay {
  id: number
  workArea: Rectangle
}

export const displays: FakeDisplay[] = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]

export const screen = {
  getPrimaryDisplay: vi.fn(() => displays[0]),
  getAllDisplays: vi.fn(() => [...displays])
}

export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() }
export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
  on: vi.fn(),
  removeListener: vi.fn()
}
export const contextBridge = { exposeInMainWorld: vi.fn() }
export const shell = { openExternal: vi.fn(async () => undefined) }
export const dialog = {
  showErrorBox: vi.fn(),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' }))
}
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn()
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void
) => void

export class FakeSession {
  permissionRequest: PermissionRequest | undefined
  permissionCheck: ((...args: unknown[]) => boolean) | undefined
  headersListener: HeadersListener | undefined
  setPermissionRequestHandler(handler: PermissionRequest): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler
  }
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener
    }
  }
}

export const session = { defaultSession: new FakeSession() }

class FakeApp extends EventEmitter {
  isPackaged = false
  readonly quit = vi.fn()
  readonly requestSingleInstanceLock = vi.fn(() => true)
  readonly ready = Promise.resolve()
  readonly whenReady = vi.fn(() => this.ready)
  readonly getPath = vi.fn((name: string) => `/nonexistent/${name}`)
}

export const app = new FakeApp()

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  Menu,
  ipcMain,
  ipcRenderer,
  screen,
  session,
  shell
}

/** The listener a module registered with ipcMain.handle for a channel. */
export function handlerFor(channel: string): (event: unknown, args: unknown) => unknown {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel)
  if (!call) throw new Error(`no handler for ${channel}`)
  return call[1] as (event: unknown, args: unknown) => unknown
}
