import { isReadChannel, type ChannelName, PUSH_CHANNELS, isSavedElsewhereEvent, type SavedElsewhereEvent } from '../../../shared/channels'
import type { ApiArgs, ApiResults, SelarasApi } from '../../../shared/contract'
import type { ApiError } from '../../../shared/result'
import { createHttpApi } from './httpApi'

let api: SelarasApi | undefined

function getApi(): SelarasApi {
  api ??= window.api ?? createHttpApi()
  return api
}

export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message)
  }
}

let writes = 0

/**
 * How many calls that may change data this window has made (counted when they settle, refused
 * or not: a refusal costs a screen one needless reload at most). A screen kept while hidden
 * compares it to decide whether it must load again.
 */
export function writeCount(): number {
  return writes
}

// Browser mode serves any number of tabs from one database: each tells the others of a save
// (a desktop window has no peers; the channel then stays silent).
function openPeers(): BroadcastChannel | undefined {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PUSH_CHANNELS.savedElsewhere) : undefined
  } catch {
    // Older Chromium refused one in an opaque origin (a file:// page): no peers then.
    return undefined
  }
}

const peers = openPeers()
const writesElsewhereListeners = new Set<() => void>()
if (peers) {
  peers.onmessage = (message: MessageEvent<unknown>) => {
    if (!isSavedElsewhereEvent(message.data)) return
    // A screen kept while hidden loads again on return, as after a save of this window.
    writes += 1
    for (const listener of writesElsewhereListeners) listener()
  }
}

/** Called when another tab of this app saved something. Returns the unsubscribe. */
export function onWriteElsewhere(listener: () => void): () => void {
  writesElsewhereListeners.add(listener)
  return () => writesElsewhereListeners.delete(listener)
}

/** Calls a channel and returns its value; a refusal becomes an ApiCallError with the analyst's message. */
export async function call<K extends ChannelName>(channel: K, args: ApiArgs<K>): Promise<ApiResults[K]> {
  const reads = isReadChannel(channel)
  try {
    const result = await getApi()[channel](args)
    if (!result.ok) throw new ApiCallError(result.error)
    if (!reads) {
      const saved: SavedElsewhereEvent = { channel }
      peers?.postMessage(saved)
    }
    return result.value
  } finally {
    if (!reads) writes += 1
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message
  return 'Terjadi kesalahan tak terduga. Coba lagi.'
}
