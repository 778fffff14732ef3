import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { findWorkerEntry, WORKER_BOOTSTRAP } from '../workers/workerEntry'
import { DATABASE_FILE_NAME } from './connection'
import { LATEST_VERSION, readSchemaVersion } from './migrations'
import type { MigrationWorkerInput, MigrationWorkerMessage } from './migrationWorker'

/** A migration slower than this says so (a splash window, a line on the console). */
export const SLOW_MIGRATION_MS = 500

export interface StartupMigrationOptions {
  nativeBinding?: string
  /** Worker entry to load instead of the one found next to this module. */
  workerScript?: string
  /** Called once the migration has taken SLOW_MIGRATION_MS (or `slowAfterMs`); then onDone when it ends. */
  onSlow?: () => void
  onDone?: (seconds: number) => void
  slowAfterMs?: number
}

/** An existing file at an older schema version: its migration may take seconds (a long change log). */
export function hasPendingMigration(dataDir: string, nativeBinding?: string): boolean {
  const path = join(dataDir, DATABASE_FILE_NAME)
  if (!existsSync(path)) return false
  const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    const version = readSchemaVersion(db)
    // Version 0 is a new file (seeding takes milliseconds); a newer one is refused by openDatabase.
    return version > 0 && version < LATEST_VERSION
  } finally {
    db.close()
  }
}

function runMigrationWorker(input: MigrationWorkerInput, workerScript?: string): Promise<void> {
  const entry = findWorkerEntry('migrationWorker.js', join(__dirname, 'migrationWorker.ts'), workerScript)
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { ...input, script: entry.script, tsx: entry.tsx } })
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      void worker.terminate()
      finish()
    }
    worker.on('message', (message: MigrationWorkerMessage) =>
      settle(() => {
        if (message.type === 'done') resolve()
        else reject(new Error(message.message))
      })
    )
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) => settle(() => reject(new Error(`Migrasi basis data berhenti tanpa hasil (kode ${code}).`))))
  })
}

/**
 * Migrates an existing older file in a worker thread before the app opens it, so the main
 * thread stays free to show that it is busy; says so only when it takes a while. A new or
 * current file is left to openDatabase (nothing to wait for).
 */
export async function migrateBeforeOpen(dataDir: string, options: StartupMigrationOptions = {}): Promise<void> {
  if (!hasPendingMigration(dataDir, options.nativeBinding)) return
  const started = performance.now()
  let slow = false
  const timer = setTimeout(() => {
    slow = true
    options.onSlow?.()
  }, options.slowAfterMs ?? SLOW_MIGRATION_MS)
  try {
    await runMigrationWorker({ dataDir, nativeBinding: options.nativeBinding }, options.workerScript)
  } finally {
    clearTimeout(timer)
    if (slow) options.onDone?.((performance.now() - started) / 1000)
  }
}
