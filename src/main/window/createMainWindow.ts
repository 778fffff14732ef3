// The one application window: sandboxed renderer, isolated context, the preload bridge
// only, restored to where the analyst left it.
import { join } from 'node:path'
import { BrowserWindow, type WebPreferences } from 'electron'
import { hardenWebContents } from './security'
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, trackWindowState } from './windowState'

export interface MainWindowOptions {
  /** Holds window-state.json. */
  dataDir: string
  /** The electron-vite dev server URL; absent in a build, which loads the bundled files. */
  devServerUrl?: string
}

/** out/renderer/index.html, next to out/main/index.js in the build. */
export function rendererIndexPath(): string {
  return join(__dirname, '../renderer/index.html')
}

export function preloadPath(): string {
  return join(__dirname, '../preload/index.js')
}

export function secureWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload: preloadPath()
  }
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.dataDir)
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Selaras',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences()
  })
  hardenWebContents(window.webContents)
  trackWindowState(window, options.dataDir)
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize()
    window.show()
  })
  const loading = options.devServerUrl ? window.loadURL(options.devServerUrl) : window.loadFile(rendererIndexPath())
  loading.catch((error: unknown) => console.error('Selaras: cannot load the window', error))
  return window
}
