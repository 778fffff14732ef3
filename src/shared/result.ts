export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INTERNAL'

/** One refused cell of a batch edit, with the reason shown on the cell. */
export interface CellError {
  planRowId: number
  field: string
  message: string
}

export interface ApiError {
  code: ErrorCode
  /** A sentence an analyst understands, in Bahasa Indonesia. */
  message: string
  /** For a refused batch: every bad cell (nothing of the batch was written). */
  cells?: CellError[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
