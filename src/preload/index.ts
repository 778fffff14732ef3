// The bridge between the sandboxed renderer and main: window.api with one function per
// contract channel, each a single ipcRenderer.invoke. Nothing else is exposed (no
// ipcRenderer, no process, no require). Imports only electron and the channel list, so it
// bundles into one file a sandboxed preload can run.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES, FILE_CHANNELS, ipcChannel, type ChannelName, type FileCommand, PUSH_CHANNELS, isMenuEvent, type MenuEvent } from '../shared/channels'

type Bridge = Record<ChannelName, (args?: unknown) => Promise<unknown>> & {
  onMenuEvent: (listener: (event: MenuEvent) => void) => () => void
  files: Readonly<Record<FileCommand, (options?: unknown) => Promise<unknown>>>
}

function buildApi(): Readonly<Bridge> {
  const api = {} as Bridge
  for (const name of CHANNEL_NAMES) {
    const channel = ipcChannel(name)
    // Only the one argument crosses; the renderer cannot pick the channel or add extras.
    api[name] = (args?: unknown) => ipcRenderer.invoke(channel, args)
  }
  // Menu commands from main: only well-formed ones reach the page, and never the IPC event itself.
  api.onMenuEvent = (listener) => {
    const handler = (_event: unknown, payload: unknown) => {
      if (isMenuEvent(payload)) listener(payload)
    }
    ipcRenderer.on(PUSH_CHANNELS.menu, handler)
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNELS.menu, handler)
    }
  }
  // Report files (PDF, XLSX, CSV, print): main builds, asks where to save, and writes.
  const files = {} as Record<FileCommand, (options?: unknown) => Promise<unknown>>
  for (const command of Object.keys(FILE_CHANNELS) as FileCommand[]) {
    const channel = FILE_CHANNELS[command]
    files[command] = (options?: unknown) => ipcRenderer.invoke(channel, options)
  }
  api.files = Object.freeze(files)
  return Object.freeze(api)
}

contextBridge.exposeInMainWorld('api', buildApi())
