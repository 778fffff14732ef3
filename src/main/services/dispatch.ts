import { isChannelName } from '../../shared/channels'
import { validateArgs, type ApiResults } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { ServiceError } from './errors'
import type { Handlers } from './index'

export type Logger = (message: string, error: unknown) => void

/**
 * Validates untrusted arguments and calls the channel's handler. Never throws: every
 * failure becomes {ok:false} with a message for the analyst; unexpected errors are logged.
 */
export function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawArgs: unknown,
  log: Logger = (message, error) => console.error(message, error)
): Result<ApiResults[keyof ApiResults]> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: 'Perintah tidak dikenal.' } }
  }
  const args = validateArgs(channel, rawArgs)
  if (!args.ok) return args
  try {
    const handler = handlers[channel] as (input: unknown) => ApiResults[keyof ApiResults]
    return { ok: true, value: handler(args.value) }
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.cells ? { cells: error.cells } : {}) } }
    }
    log(`Selaras: channel ${channel} failed`, error)
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Terjadi kesalahan tak terduga; perubahan tidak disimpan. Coba lagi.' }
    }
  }
}
