// Worker thread entry (electron-vite main entry `migrationWorker`): opens the database, which
// migrates it, and closes it, so that a long migration does not hold the main thread.
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from './connection'

export interface MigrationWorkerInput {
  dataDir: string
  nativeBinding?: string
}

export type MigrationWorkerMessage = { type: 'done' } | { type: 'error'; message: string }

if (!isMainThread && parentPort) {
  const { dataDir, nativeBinding } = workerData as MigrationWorkerInput
  let message: MigrationWorkerMessage
  try {
    openDatabase(dataDir, { nativeBinding }).close()
    message = { type: 'done' }
  } catch (error) {
    // Only an older file comes here (hasPendingMigration): a newer one is refused before.
    message = { type: 'error', message: error instanceof Error ? error.message : String(error) }
  }
  parentPort.postMessage(message)
}
