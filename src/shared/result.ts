export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INTERNAL'

export interface ApiError {
  code: ErrorCode
  /** A sentence an analyst understands, in Bahasa Indonesia. */
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
