import type { CellError, ErrorCode } from '../../shared/result'

/** An error whose message is written for the analyst (Bahasa Indonesia). */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly cells?: CellError[]
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

export function notFound(message: string): ServiceError {
  return new ServiceError('NOT_FOUND', message)
}

export function invalid(message: string): ServiceError {
  return new ServiceError('VALIDATION', message)
}
