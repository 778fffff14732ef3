import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../src/shared/result'
import { dialog, FakeBrowserWindow, Menu } from './fakeElectron'
import { PUSH_CHANNELS } from '../../../src/shared/channels'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)
const { buildMenuTemplate, importFromMenu, installMenu, openCetakFromMenu } = await import('../../../src/main/window/menu')

let dir: string
let window: FakeBrowserWindow
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'selaras-menu-'))
  window = new FakeBrowserWindow({})
  vi.clearAllMocks()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

type StartImport = (args: { fileName: string; contentBase64: string }) => Result<{ jobId: number }>
const deps = (startImport: StartImport = () => ({ ok: true, value: { jobId: 7 } })) => ({
  window: () => window as unknown as BrowserWindow,
  startImport
})

describe('desktop menu', () => {
  it('has File > Impor Nomenklatur SIPD with Ctrl+I, and the standard edit roles for copy and paste', () => {
    installMenu(deps())
    const template = buildMenuTemplate(deps())
    const berkas = template[0].submenu as MenuItemConstructorOptions[]
    expect(template[0].label).toBe('Berkas')
    expect(berkas[0]).toMatchObject({ label: 'Impor Nomenklatur SIPD…', accelerator: 'CmdOrCtrl+I' })
    expect(template.map((item) => item.role)).toContain('editMenu')
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
  })

  it('has Berkas > Cetak… with Ctrl+P, which tells the renderer to open the Cetak screen', () => {
    const berkas = buildMenuTemplate(deps())[0].submenu as MenuItemConstructorOptions[]
    const cetak = berkas.find((item) => item.label === 'Cetak…')
    expect(cetak).toMatchObject({ accelerator: 'CmdOrCtrl+P' })
    ;(cetak?.click as () => void)()
    expect(window.webContents.send).toHaveBeenCalledWith(PUSH_CHANNELS.menu, { command: 'openCetak' })
    // No window (closing): nothing to tell, nothing thrown.
    expect(() => openCetakFromMenu({ window: () => undefined })).not.toThrow()
  })

  it('reads the chosen file, starts the import through the channel and tells the renderer to follow it', async () => {
    const file = join(dir, 'nomenklatur.xlsx')
    writeFileSync(file, Buffer.from('PK\u0003\u0004isi'))
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    const startImport = vi.fn<StartImport>(() => ({ ok: true, value: { jobId: 7 } }))
    await importFromMenu(deps(startImport))
    expect(startImport).toHaveBeenCalledWith({ fileName: 'nomenklatur.xlsx', contentBase64: Buffer.from('PK\u0003\u0004isi').toString('base64') })
    expect(window.webContents.send).toHaveBeenCalledWith(PUSH_CHANNELS.menu, { command: 'followImport', jobId: 7, fileName: 'nomenklatur.xlsx' })
  })

  it('does nothing when the dialog is cancelled, and refuses a 50 MB file before reading it', async () => {
    const startImport = vi.fn<StartImport>(() => ({ ok: true, value: { jobId: 1 } }))
    await importFromMenu(deps(startImport))
    const big = join(dir, 'besar.xlsx')
    writeFileSync(big, '')
    truncateSync(big, 50 * 1024 * 1024)
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] })
    await importFromMenu(deps(startImport))
    expect(startImport).not.toHaveBeenCalled()
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Impor gagal', 'Berkas terlalu besar (50 MB); batasnya 20 MB.')
    expect(window.webContents.send).not.toHaveBeenCalled()
  })

  it('shows the refusal from the channel and sends nothing', async () => {
    const file = join(dir, 'a.csv')
    writeFileSync(file, 'x')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    await importFromMenu(deps(() => ({ ok: false, error: { code: 'CONFLICT', message: 'Masih ada impor yang berjalan; tunggu sampai selesai.' } })))
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Impor gagal', 'Masih ada impor yang berjalan; tunggu sampai selesai.')
    expect(window.webContents.send).not.toHaveBeenCalled()
  })
})
