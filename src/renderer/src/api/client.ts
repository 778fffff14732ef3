import type { ChannelName } from '../../../shared/channels'
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

/** Calls a channel and returns its value; a refusal becomes an ApiCallError with the analyst's message. */
export async function call<K extends ChannelName>(channel: K, args: ApiArgs<K>): Promise<ApiResults[K]> {
  const result = await getApi()[channel](args)
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message
  return 'Terjadi kesalahan tak terduga. Coba lagi.'
}
