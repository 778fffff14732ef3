// The bench's surroundings: the build (only when missing), scale-10 demo data, browser mode.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildBenchPage } from './page/build'

export const ROOT = resolve(__dirname, '../..')
export const BUILT_SERVE_SCRIPT = join(ROOT, 'out/main/serve.js')
// The bench serves a copy of the build with its reference page added, so the page never ships.
const BENCH_OUT = join(ROOT, 'out/bench')
const SERVE_SCRIPT = join(BENCH_OUT, 'main/serve.js')

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
}

/** Builds the app only when out/ is missing; then copies it to out/bench/ and adds the reference page. */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(BUILT_SERVE_SCRIPT)) {
    console.log('out/ is missing: npx electron-vite build')
    run('npx', ['electron-vite', 'build'])
  }
  rmSync(BENCH_OUT, { recursive: true, force: true })
  for (const part of ['main', 'renderer']) cpSync(join(ROOT, 'out', part), join(BENCH_OUT, part), { recursive: true })
  await buildBenchPage(join(BENCH_OUT, 'renderer'))
}

/** A data folder with scale-10 demo data: the given one when it holds anything, else a new temp one. */
export function ensureData(given: string | undefined, scale: number): { dataDir: string; generated: boolean } {
  if (given && existsSync(given) && readdirSync(given).length > 0) return { dataDir: resolve(given), generated: false }
  const dataDir = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'selaras-bench-'))
  console.log(`Generating scale-${scale} demo data into ${dataDir} …`)
  run('npx', ['tsx', 'scripts/demo-data.ts', '--scale', String(scale), '--data-dir', dataDir])
  return { dataDir, generated: true }
}

export interface Server {
  url: string
  origin: string
  token: string
  stop: () => Promise<void>
}

/** Starts `node out/bench/main/serve.js --port 0` (or the given build) and waits for its one line with the address. */
export function startServer(dataDir: string, nodeArgs: string[] = [], script = SERVE_SCRIPT): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
    })
  return new Promise((resolveStart, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`serve did not print its address within 60 s: ${output}`))
    }, 60000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /^Selaras: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))$/m.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      const url = new URL(match[1])
      resolveStart({ url: match[1], origin: url.origin, token: match[2], stop })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}: ${output}`))
    })
  })
}

/** One API call, as the page makes it. */
export async function api<T>(server: Server, channel: string, args: unknown = {}): Promise<T> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': server.token },
    body: JSON.stringify(args)
  })
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
  return result.value
}
