import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * Where a worker thread's code is: the electron-vite bundle next to the main bundle, or the
 * TypeScript source with tsx's hook (tests and scripts run the sources).
 */
export interface WorkerEntry {
  script: string
  /** tsx's CommonJS register hook, for a .ts entry. */
  tsx: string | null
}

const tsxHook = (): string => createRequire(join(__dirname, 'workerEntry.js')).resolve('tsx/cjs/api')

/**
 * `bundle`: the bundle's file name (an electron-vite main entry); `source`: the .ts entry;
 * `override`: an entry given by the caller (a test's own worker).
 */
export function findWorkerEntry(bundle: string, source: string, override?: string): WorkerEntry {
  if (override) return { script: override, tsx: override.endsWith('.ts') ? tsxHook() : null }
  // Bundled: the calling module sits in out/main/ (or out/main/chunks/) next to the worker bundle.
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, bundle)
    if (existsSync(built)) return { script: built, tsx: null }
  }
  if (existsSync(source)) return { script: source, tsx: tsxHook() }
  throw new Error(`Worker not found (${bundle} next to ${__dirname}, or ${source})`)
}

/** Runs as CommonJS inside the worker (new Worker(BOOTSTRAP, { eval: true, workerData: { script, tsx, ... } })). */
export const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
if (workerData.tsx) require(workerData.tsx).register()
require(workerData.script)
`
