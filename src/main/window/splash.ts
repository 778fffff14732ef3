import { BrowserWindow } from 'electron'
import { hardenWebContents } from './security'

// No script: the bar moves by CSS alone, and the page can do nothing else.
const splashHtml = (title: string, detail: string): string => `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Selaras</title><style>
body { margin: 0; padding: 22px 26px; font: 15px system-ui, sans-serif; color: #1f2937; background: #fff; border-top: 5px solid #1f4e8c; }
p { margin: 0 0 6px; } .muted { color: #6b7280; font-size: 13px; }
.track { height: 6px; margin-top: 14px; background: #e5e7eb; border-radius: 3px; overflow: hidden; }
.bar { width: 35%; height: 100%; background: #1f4e8c; animation: run 1.2s ease-in-out infinite; }
@keyframes run { from { margin-left: -35%; } to { margin-left: 100%; } }
</style></head><body role="status">
<p><strong>${title}</strong></p>
<p class="muted">${detail}</p>
<div class="track"><div class="bar"></div></div>
</body></html>`

/** A small window that says the database is being updated, shown while an older file migrates. */
export function showMigrationSplash(): BrowserWindow {
  return showSplash(
    'Memperbarui basis data Selaras…',
    'Berkas data dipindahkan ke susunan versi baru. Ini hanya sekali dan dapat memakan beberapa detik; jangan tutup aplikasi.'
  )
}

/** The same window while the built-in nomenclature is stored at first start. */
export function showBuiltInNomenklaturSplash(): BrowserWindow {
  return showSplash('Menyiapkan nomenklatur bawaan…', 'Nomenklatur SIPD Pemutakhiran 2027 dimuat ke basis data baru. Ini hanya sekali; jangan tutup aplikasi.')
}

function showSplash(title: string, detail: string): BrowserWindow {
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
  splash
    .loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(splashHtml(title, detail))}`)
    .catch((error: unknown) => console.error('Selaras: splash not shown', error))
  return splash
}
