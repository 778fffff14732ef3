// The fixed list of API channels, and the pushes (messages nobody called for) in one events
// map. Kept free of imports so the sandboxed preload can bundle it without pulling in the
// validation library.
export const CHANNEL_NAMES = [
  'getRpjmd',
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
  'getHomeSummary',
  'getReport',
  'getPrintSettings',
  'updateKop',
  'setKopLogo',
  'createSignatory',
  'updateSignatory',
  'deleteSignatory',
  'updatePrintDefaults'
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

// ---- Pushes: each has a name, a payload type and one wire name ----

/** Main -> renderer, from the desktop menu: follow the import the menu started; open the Cetak screen (Berkas > Cetak…). */
export type MenuEvent = { command: 'followImport'; jobId: number; fileName: string } | { command: 'openCetak' }

/**
 * Renderer -> main, desktop only: report files that main writes (PDF of the sender's page,
 * XLSX, CSV) and printing. Outside the contract's channels: they need the sender's page and a dialog.
 */
export const FILE_CHANNELS = {
  savePdf: 'selaras:files:savePdf',
  saveXlsx: 'selaras:files:saveXlsx',
  saveCsv: 'selaras:files:saveCsv',
  print: 'selaras:files:print'
} as const

export type FileCommand = keyof typeof FILE_CHANNELS

/** Browser mode, one tab -> the other tabs of the same server: this tab saved through `channel`. */
export interface SavedElsewhereEvent {
  channel: ChannelName
}

/** Every push, by name, with what it carries. */
export interface PushEvents {
  menu: MenuEvent
  savedElsewhere: SavedElsewhereEvent
}

/** Where each push travels: an Electron IPC channel (menu), a BroadcastChannel (savedElsewhere). */
export const PUSH_CHANNELS = { menu: 'selaras:menu', savedElsewhere: 'selaras:writes' } as const satisfies Record<keyof PushEvents, string>

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

// A push comes from outside the code that reads it (IPC, another tab): it is checked before use.
export function isMenuEvent(value: unknown): value is MenuEvent {
  if (!isRecord(value)) return false
  if (value.command === 'openCetak') return Object.keys(value).length === 1
  return value.command === 'followImport' && Number.isInteger(value.jobId) && typeof value.fileName === 'string'
}

export function isSavedElsewhereEvent(value: unknown): value is SavedElsewhereEvent {
  return isRecord(value) && isChannelName(value.channel)
}
