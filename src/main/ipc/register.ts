// One ipcMain handler per contract channel. Each call is checked for its sender (the main
// frame of our own window, showing our own renderer), then validated and dispatched.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '../../shared/channels'
import type { ApiResults } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { dispatch, type Logger } from '../services/dispatch'
import type { Handlers } from '../services'

/** Where our renderer is loaded from. */
export interface TrustedRenderer {
  /** file:// URL of out/renderer/index.html. */
  fileUrl: string
  /** The electron-vite dev server origin (development only). */
  devOrigin?: string
}

export interface IpcOptions {
  handlers: Handlers
  trusted: TrustedRenderer
  /** True for the webContents of a window this app created. */
  isKnownSender: (sender: WebContents) => boolean
  log?: Logger
}

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: pengirim tidak dikenal.' }
}

/**
 * True when a frame URL is our renderer: the exact index.html file (any query or hash), or
 * a page of the dev server origin. Everything else, including other local files, is refused.
 */
export function isTrustedSenderUrl(url: string, allowed: TrustedRenderer): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'file:') {
    const expected = new URL(allowed.fileUrl)
    return expected.protocol === 'file:' && parsed.host === expected.host && parsed.pathname === expected.pathname
  }
  if (!allowed.devOrigin) return false
  const origin = new URL(allowed.devOrigin).origin
  return origin !== 'null' && parsed.origin === origin
}

/** The sender check of every IPC call: the main frame of our own window, showing our own renderer. */
export function isTrustedEvent(event: IpcMainInvokeEvent, options: Pick<IpcOptions, 'trusted' | 'isKnownSender'>): boolean {
  try {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    if (!options.isKnownSender(event.sender)) return false
    return isTrustedSenderUrl(frame.url, options.trusted)
  } catch {
    // A frame that navigated away or was destroyed mid-call is not trusted.
    return false
  }
}

export function handleInvoke(options: IpcOptions, name: ChannelName, event: IpcMainInvokeEvent, args: unknown): Result<ApiResults[keyof ApiResults]> {
  if (!isTrustedEvent(event, options)) return FORBIDDEN
  return dispatch(options.handlers, name, args, options.log)
}

/** Registers every channel; call once, after the database is open. */
export function registerIpc(options: IpcOptions): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, args: unknown) => handleInvoke(options, name, event, args))
  }
}

/** Removes every channel handler (on quit, or before registering again). */
export function unregisterIpc(): void {
  for (const name of CHANNEL_NAMES) ipcMain.removeHandler(ipcChannel(name))
}
