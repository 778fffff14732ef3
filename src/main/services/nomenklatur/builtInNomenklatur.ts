import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { listVersions } from '../../db/repositories/nomenklatur'
import { parseNomenklaturFile } from '../../nomenklatur/importFile'
import { storeImportedVersion, type ParseFile } from './importJobs'

/** The SIPD export shipped with the app (resources/), stored as a version at first start. */
export const BUILT_IN_NOMENKLATUR = {
  name: 'Pemutakhiran 2027 (bawaan)',
  fileName: 'nomenklatur-sipd-pemutakhiran-2027.xlsx'
} as const

/** A load slower than this says so (a small window, a line on the console). */
export const SLOW_BUILT_IN_MS = 1000

/**
 * Where the shipped file is: in a packaged desktop app under Electron's resources folder;
 * otherwise in the project's resources/, two levels above the main bundle (out/main/) or
 * its source (src/main/).
 */
export function builtInNomenklaturPath(mainDir: string, packagedResourcesDir?: string): string {
  return packagedResourcesDir
    ? join(packagedResourcesDir, BUILT_IN_NOMENKLATUR.fileName)
    : join(mainDir, '..', '..', 'resources', BUILT_IN_NOMENKLATUR.fileName)
}

export interface BuiltInLoadOptions {
  /** Replaces the file parser (tests). */
  parse?: ParseFile
  slowAfterMs?: number
  /** Called once the load has taken SLOW_BUILT_IN_MS (or `slowAfterMs`); then onDone when it ends. */
  onSlow?: () => void
  onDone?: (seconds: number) => void
}

export type BuiltInLoadResult =
  { state: 'loaded'; versionId: number; seconds: number } | { state: 'present' } | { state: 'missing'; path: string } | { state: 'failed'; reason: string }

/**
 * At first start (no nomenclature version in the database) reads the shipped export through
 * the analyst's importer (worker parse, same checks) and stores it as the plan's version in
 * one transaction: a start killed meanwhile leaves no version, and the next start loads it again.
 */
export async function loadBuiltInNomenklatur(db: Database.Database, path: string, options: BuiltInLoadOptions = {}): Promise<BuiltInLoadResult> {
  if (listVersions(db, null).length > 0) return { state: 'present' }
  // A broken install opens without it: the analyst can still import an export.
  if (!existsSync(path)) return { state: 'missing', path }
  const started = performance.now()
  let slow = false
  const timer = setTimeout(() => {
    slow = true
    options.onSlow?.()
  }, options.slowAfterMs ?? SLOW_BUILT_IN_MS)
  try {
    const { parsed, preview } = await (options.parse ?? parseNomenklaturFile)(path)
    // Checked again: nothing else writes before the app is up, but a second look costs nothing.
    if (listVersions(db, null).length > 0) return { state: 'present' }
    const versionId = storeImportedVersion(db, { name: BUILT_IN_NOMENKLATUR.name, preview, parsed })
    return { state: 'loaded', versionId, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    // The app still opens, as with a missing file; the reason goes to the log.
    return { state: 'failed', reason: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
    if (slow) options.onDone?.((performance.now() - started) / 1000)
  }
}
