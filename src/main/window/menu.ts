import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { Result } from '../../shared/result'
import { PUSH_CHANNELS, type MenuEvent } from '../../shared/channels'

const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export interface MenuDeps {
  window: () => BrowserWindow | undefined
  /** Starts an import through the same validated channel the renderer uses. */
  startImport: (args: { fileName: string; contentBase64: string }) => Result<{ jobId: number }>
}

/** File > Impor Nomenklatur SIPD: a native file dialog, then the renderer follows the job. */
export async function importFromMenu(deps: MenuDeps): Promise<void> {
  const window = deps.window()
  if (!window) return
  const choice = await dialog.showOpenDialog(window, {
    title: 'Impor nomenklatur SIPD',
    filters: [{ name: 'Ekspor nomenklatur SIPD', extensions: ['xlsx', 'csv'] }],
    properties: ['openFile']
  })
  const path = choice.filePaths[0]
  if (choice.canceled || !path) return
  const size = (await stat(path)).size
  if (size > MAX_IMPORT_BYTES) {
    dialog.showErrorBox('Impor gagal', `Berkas terlalu besar (${Math.round(size / 1024 / 1024)} MB); batasnya 20 MB.`)
    return
  }
  const fileName = basename(path)
  const started = deps.startImport({ fileName, contentBase64: (await readFile(path)).toString('base64') })
  if (!started.ok) {
    dialog.showErrorBox('Impor gagal', started.error.message)
    return
  }
  const event: MenuEvent = { command: 'followImport', jobId: started.value.jobId, fileName }
  window.webContents.send(PUSH_CHANNELS.menu, event)
}

/** Berkas > Cetak… (Ctrl+P): the renderer opens its Cetak screen, where the analyst prints. */
export function openCetakFromMenu(deps: Pick<MenuDeps, 'window'>): void {
  const event: MenuEvent = { command: 'openCetak' }
  deps.window()?.webContents.send(PUSH_CHANNELS.menu, event)
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Berkas',
      submenu: [
        {
          label: 'Impor Nomenklatur SIPD…',
          accelerator: 'CmdOrCtrl+I',
          click: () => {
            importFromMenu(deps).catch((error: unknown) => {
              console.error('Selaras: import from menu failed', error)
              dialog.showErrorBox('Impor gagal', 'Berkas tidak dapat dibaca.')
            })
          }
        },
        {
          label: 'Cetak…',
          accelerator: 'CmdOrCtrl+P',
          click: () => openCetakFromMenu(deps)
        },
        { type: 'separator' },
        { role: 'quit', label: 'Keluar' }
      ]
    },
    // Standard roles keep Ctrl+C / Ctrl+V / Ctrl+Z working in text fields on every platform.
    { role: 'editMenu', label: 'Ubah' },
    { role: 'viewMenu', label: 'Tampilan' },
    { role: 'windowMenu', label: 'Jendela' }
  ]
}

export function installMenu(deps: MenuDeps): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(deps)))
}
