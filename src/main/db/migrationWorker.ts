// Worker thread entry (electron-vite main entry `migrationWorker`): opens the database, which
// migrates it, and closes it, so that a long migration does not hold the main thread.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from './connection'
import { DatabaseTooNewError } from './migrations'

export interface MigrationWorkerInput {
  dataDir: string
  nativeBinding?: string
}

export type MigrationWorkerMessage = { type: 'done' } | { type: 'error'; message: string; fileVersion?: number }

if (!isMainThread && parentPort) {
  const { dataDir, nativeBinding } = workerData as MigrationWorkerInput
  let message: MigrationWorkerMessage
  try {
    openDatabase(dataDir, { nativeBinding }).close()
    message = { type: 'done' }
  } catch (error) {
    message =
      error instanceof DatabaseTooNewError
        ? { type: 'error', message: error.message, fileVersion: error.fileVersion }
        : { type: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  parentPort.postMessage(message)
}
