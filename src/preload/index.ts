// The bridge between the sandboxed renderer and main: window.api with one function per
// contract channel, each a single ipcRenderer.invoke. Nothing else is exposed (no
// ipcRenderer, no process, no require). Imports only electron and the channel list, so it
// bundles into one file a sandboxed preload can run.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '../shared/channels'

type Bridge = Record<ChannelName, (args?: unknown) => Promise<unknown>>

function buildApi(): Readonly<Bridge> {
  const api = {} as Bridge
  for (const name of CHANNEL_NAMES) {
    const channel = ipcChannel(name)
    // Only the one argument crosses; the renderer cannot pick the channel or add extras.
    api[name] = (args?: unknown) => ipcRenderer.invoke(channel, args)
  }
  return Object.freeze(api)
}

contextBridge.exposeInMainWorld('api', buildApi())
