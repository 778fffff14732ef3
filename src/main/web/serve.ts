// Browser mode entry (`npm run serve`): the same services as the desktop app, over HTTP
// on 127.0.0.1, for machines where Electron cannot run. Plain Node: no electron import.
import { join } from 'node:path'
import { openDatabase } from '../db/connection'
import { migrateBeforeOpen } from '../db/startupMigration'
import { resolveDataDir } from '../dataDir'
import { createHandlers } from '../services'
import { builtInNomenklaturPath, loadBuiltInNomenklatur } from '../services/nomenklatur/builtInNomenklatur'
import { databaseReportSource } from '../reports/databaseSource'
import { startWebServer } from './server'

function portFromArgv(argv: readonly string[]): number {
  const index = argv.indexOf('--port')
  const raw = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--port='))?.slice(7)
  if (raw === undefined) return 0
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Port tidak valid: ${raw}`)
  }
  return port
}

const seconds = (value: number): string => value.toLocaleString('id-ID', { maximumFractionDigits: 1 })

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const dataDir = resolveDataDir(argv, process.env, join(process.cwd(), 'data'))
  // Said on stderr: stdout carries the one line with the address.
  await migrateBeforeOpen(dataDir, {
    onSlow: () => process.stderr.write('Selaras: memperbarui basis data ke susunan versi baru (sekali saja)…\n'),
    onDone: (taken) => process.stderr.write(`Selaras: basis data diperbarui dalam ${seconds(taken)} detik.\n`)
  })
  const db = openDatabase(dataDir)
  const builtIn = await loadBuiltInNomenklatur(db, builtInNomenklaturPath(__dirname), {
    onSlow: () => process.stderr.write('Selaras: memuat nomenklatur bawaan (sekali saja)…\n')
  })
  if (builtIn.state === 'loaded') process.stderr.write(`Selaras: nomenklatur bawaan dimuat dalam ${seconds(builtIn.seconds)} detik.\n`)
  if (builtIn.state === 'missing') process.stderr.write(`Selaras: nomenklatur bawaan tidak ditemukan (${builtIn.path}); impor ekspor SIPD di Data Induk.\n`)
  if (builtIn.state === 'failed') process.stderr.write(`Selaras: nomenklatur bawaan tidak dapat dimuat: ${builtIn.reason}\n`)
  const server = await startWebServer({
    handlers: createHandlers(db),
    rendererDir: join(__dirname, '../renderer'),
    port: portFromArgv(argv),
    reports: databaseReportSource(db)
  })
  process.stdout.write(`Selaras: ${server.url}\n`)
  const shutdown = () => {
    void server.close().finally(() => {
      db.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  process.stderr.write(`Selaras gagal dimulai: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
