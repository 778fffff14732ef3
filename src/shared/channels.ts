// The fixed list of API channels. Kept free of imports so the sandboxed preload can
// bundle it without pulling in the validation library.
export const CHANNEL_NAMES = [
  'getPlan',
  'attachSasaranToTujuan',
  'listIndikator',
  'createIndikator',
  'updateIndikator',
  'deleteIndikator',
  'listPerangkatDaerah',
  'createPerangkatDaerah',
  'updatePerangkatDaerah',
  'listPlanRows',
  'createPlanRow',
  'updatePlanRow',
  'deletePlanRow',
  'applyCellEdits',
  'createPlanRows',
  'undo',
  'redo',
  'getUndoState',
  'listHistory',
  'linkSasaran',
  'unlinkSasaran',
  'getKeselarasan',
  'listNomenklaturVersions',
  'startNomenklaturImport',
  'getNomenklaturImport',
  'confirmNomenklaturImport',
  'cancelNomenklaturImport',
  'searchNomenklatur',
  'previewVersionSwitch',
  'applyVersionSwitch',
  'undoChangeBatch',
  'listLokasi',
  'listReferenceItems',
  'createReferenceItem',
  'updateReferenceItem',
  'getHomeSummary'
] as const

export type ChannelName = (typeof CHANNEL_NAMES)[number]

/** The IPC channel string for an API method; prefixed so it never collides with Electron's own. */
export function ipcChannel(name: ChannelName): string {
  return `selaras:${name}`
}

/** Channels that only read (get, list, search, preview); every other one may change data. */
export function isReadChannel(name: ChannelName): boolean {
  return /^(get|list|search|preview)[A-Z]/.test(name)
}

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value)
}

/** Main -> renderer messages from the desktop menu, on one fixed channel. */
export const MENU_EVENT_CHANNEL = 'selaras:menu'

export type MenuEvent = { command: 'followImport'; jobId: number; fileName: string }

export function isMenuEvent(value: unknown): value is MenuEvent {
  if (typeof value !== 'object' || value === null) return false
  const event = value as Record<string, unknown>
  return event.command === 'followImport' && Number.isInteger(event.jobId) && typeof event.fileName === 'string'
}
