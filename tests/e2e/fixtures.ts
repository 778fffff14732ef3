import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'

const SERVE_SCRIPT = resolve(__dirname, '../../out/main/serve.js')

export interface SelarasServer {
  url: string
  dataDir: string
  /** Stops the server and starts a new one on the same data folder, as after a restart. */
  restart: () => Promise<string>
}

function start(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SERVE_SCRIPT, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolveStart, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /^Selaras: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(output)
      if (match) {
        child.stdout?.off('data', onData)
        resolveStart({ url: match[1], child })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop())
    child.kill('SIGTERM')
  })
}

/** Each test gets its own data folder and its own browser-mode server. */
export const test = base.extend<{ selaras: SelarasServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads which fixtures this one needs from the pattern: none
  selaras: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'selaras-e2e-'))
    let running = await start(dataDir)
    await use({
      get url() {
        return running.url
      },
      dataDir,
      async restart() {
        await stop(running.child)
        running = await start(dataDir)
        return running.url
      }
    })
    await stop(running.child)
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }

/** Arranges data through the same HTTP API the page uses (the behaviour under test is driven through the UI). */
export async function apiCall<T>(server: SelarasServer, channel: string, args: unknown): Promise<T> {
  const url = new URL(server.url)
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': url.searchParams.get('token') ?? '' },
    body: JSON.stringify(args)
  })
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!result.ok) throw new Error(result.error?.message)
  return result.value
}

/** Adds a plan row through the API; the reply's row (the reply also carries the rows above it and the undo state). */
export async function createRow<T>(server: SelarasServer, args: unknown): Promise<T> {
  return (await apiCall<{ row: T }>(server, 'createPlanRow', args)).row
}
