import { BrowserWindow } from 'electron'
import { hardenWebContents } from './security'

// No script: the bar moves by CSS alone, and the page can do nothing else.
const SPLASH_HTML = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Selaras</title><style>
body { margin: 0; padding: 22px 26px; font: 15px system-ui, sans-serif; color: #1f2937; background: #fff; border-top: 5px solid #1f4e8c; }
p { margin: 0 0 6px; } .muted { color: #6b7280; font-size: 13px; }
.track { height: 6px; margin-top: 14px; background: #e5e7eb; border-radius: 3px; overflow: hidden; }
.bar { width: 35%; height: 100%; background: #1f4e8c; animation: run 1.2s ease-in-out infinite; }
@keyframes run { from { margin-left: -35%; } to { margin-left: 100%; } }
</style></head><body role="status">
<p><strong>Memperbarui basis data Selaras…</strong></p>
<p class="muted">Berkas data dipindahkan ke susunan versi baru. Ini hanya sekali dan dapat memakan beberapa detik; jangan tutup aplikasi.</p>
<div class="track"><div class="bar"></div></div>
</body></html>`

/** A small window that says the database is being updated, shown while an older file migrates. */
export function showMigrationSplash(): BrowserWindow {
  const splash = new BrowserWindow({
    width: 480,
    height: 150,
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    center: true,
    title: 'Selaras',
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false }
  })
  hardenWebContents(splash.webContents)
  splash.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(SPLASH_HTML)}`).catch((error: unknown) => console.error('Selaras: splash not shown', error))
  return splash
}
