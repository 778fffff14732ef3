import { CHANNEL_NAMES, type ChannelName } from '../../../shared/channels'
import type { SelarasApi } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

const TOKEN_KEY = 'selaras.token'

/** The per-run token printed by `npm run serve`; kept for reloads of the same tab. */
export function sessionToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function post(channel: ChannelName, args: unknown, token: string): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': token },
      body: JSON.stringify(args ?? {})
    })
    return (await response.json()) as Result<unknown>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Server Selaras tidak menjawab. Pastikan Selaras masih berjalan.' } }
  }
}

/** Browser mode: the same channel list as window.api, over HTTP to 127.0.0.1. */
export function createHttpApi(): SelarasApi {
  const token = sessionToken()
  const api: Record<string, (args: unknown) => Promise<Result<unknown>>> = {}
  for (const name of CHANNEL_NAMES) api[name] = (args) => post(name, args, token)
  return api as unknown as SelarasApi
}
