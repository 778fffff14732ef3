// Electron lifecycle only: one instance, open (or first migrate) the database, register IPC, show the window.
// Everything else lives in services/ and db/, which run under plain Node too.
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type Database from 'better-sqlite3'
import { app, BrowserWindow, dialog, session } from 'electron'
import { resolveDataDir } from './dataDir'
import { openDatabase } from './db/connection'
import { DatabaseTooNewError } from './db/migrations'
import { hasPendingMigration, migrateBeforeOpen, SLOW_MIGRATION_MS } from './db/startupMigration'
import type { Result } from '../shared/result'
import { registerIpc, unregisterIpc } from './ipc/register'
import { registerReportFiles, unregisterReportFiles } from './ipc/reportFiles'
import { databaseReportSource } from './reports/databaseSource'
import { createHandlers } from './services'
import { builtInNomenklaturPath, loadBuiltInNomenklatur } from './services/nomenklatur/builtInNomenklatur'
import { dispatch } from './services/dispatch'
import { createMainWindow, rendererIndexPath } from './window/createMainWindow'
import { installMenu } from './window/menu'
import { showBuiltInNomenklaturSplash, showMigrationSplash } from './window/splash'
import { hardenSession } from './window/security'

let db: Database.Database | undefined
let mainWindow: BrowserWindow | undefined
/** webContents ids of the windows this app created: the only IPC senders accepted. */
const ourContents = new Set<number>()

/** The dev server URL electron-vite sets; ignored in a packaged app. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined

/** A better-sqlite3 build for Electron's ABI, made by scripts/start.mjs, when there is one. */
function electronSqliteBinding(): string | undefined {
  const path = process.env.SELARAS_ELECTRON_SQLITE_BINDING
  return path && existsSync(path) ? path : undefined
}

function openFailureMessage(error: unknown, dataDir: string): string {
  if (error instanceof DatabaseTooNewError) return error.message
  const reason = error instanceof Error ? error.message : String(error)
  return `Basis data di folder ${dataDir} tidak dapat dibuka: ${reason}`
}

function openMainWindow(dataDir: string): void {
  const window = createMainWindow({ dataDir, devServerUrl })
  const contentsId = window.webContents.id
  ourContents.add(contentsId)
  window.on('closed', () => {
    ourContents.delete(contentsId)
    if (mainWindow === window) mainWindow = undefined
  })
  mainWindow = window
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

/** The splash shown while an older file migrates, if it took long enough to show one. */
let splash: BrowserWindow | undefined

/**
 * Closed only once the main window is open (or the app quits anyway): closing the only
 * window would fire window-all-closed, which quits.
 */
function closeSplash(): void {
  if (splash && !splash.isDestroyed()) splash.destroy()
  splash = undefined
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  const nativeBinding = electronSqliteBinding()
  try {
    // An older file is migrated in a worker first, with a small window if that takes a while
    // (a long change log takes seconds); a new or current file opens at once, without waiting.
    if (hasPendingMigration(dataDir, nativeBinding)) {
      await migrateBeforeOpen(dataDir, { nativeBinding, slowAfterMs: SLOW_MIGRATION_MS, onSlow: () => (splash = showMigrationSplash()) })
    }
    db = openDatabase(dataDir, { nativeBinding })
  } catch (error) {
    console.error('Selaras: cannot open the database', error)
    dialog.showErrorBox('Selaras tidak dapat dibuka', openFailureMessage(error, dataDir))
    app.quit()
    closeSplash()
    return
  }
  // First start: the shipped SIPD export becomes the plan's version before the window opens.
  const builtIn = await loadBuiltInNomenklatur(db, builtInNomenklaturPath(__dirname, app.isPackaged ? process.resourcesPath : undefined), {
    onSlow: () => (splash ??= showBuiltInNomenklaturSplash())
  })
  if (builtIn.state === 'missing' || builtIn.state === 'failed') console.error('Selaras: built-in nomenclature not loaded', builtIn)
  hardenSession(session.defaultSession)
  const handlers = createHandlers(db)
  installMenu({
    window: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
    startImport: (args) => dispatch(handlers, 'startNomenklaturImport', args) as Result<{ jobId: number }>
  })
  const trusted = { fileUrl: pathToFileURL(rendererIndexPath()).href, devOrigin: devServerUrl }
  const isKnownSender = (sender: Electron.WebContents) => ourContents.has(sender.id)
  registerIpc({ handlers, trusted, isKnownSender })
  registerReportFiles({ source: databaseReportSource(db), trusted, isKnownSender })
  openMainWindow(dataDir)
  closeSplash()
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open shows one again.
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(dataDir)
  })
}

if (!app.requestSingleInstanceLock()) {
  // Selaras is already running: that instance focuses its window (second-instance), this one leaves.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    unregisterIpc()
    unregisterReportFiles()
    db?.close()
    db = undefined
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Selaras: startup failed', error)
      dialog.showErrorBox('Selaras tidak dapat dibuka', 'Terjadi kesalahan saat memulai Selaras.')
      app.quit()
    })
}
