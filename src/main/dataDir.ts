import { resolve } from 'node:path'

/** Reads `--data-dir DIR` or `--data-dir=DIR` from a command line. */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--data-dir' && argv[index + 1]) return argv[index + 1]
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined
  }
  return undefined
}

/**
 * The folder holding selaras.db: `--data-dir` wins, then SELARAS_DATA_DIR, then the
 * host's default (Electron's userData, or ./data in browser mode).
 */
export function resolveDataDir(argv: readonly string[], env: Record<string, string | undefined>, fallback: string): string {
  const chosen = dataDirFromArgv(argv) ?? (env.SELARAS_DATA_DIR?.trim() || undefined) ?? fallback
  return resolve(chosen)
}
