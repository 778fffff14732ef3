// --profile: one extra run of each measured step under the CDP CPU profiler; the hottest
// functions by self time are printed and the .cpuprofile files kept in bench-results/.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export interface Hotspot {
  fn: string
  where: string
  selfMs: number
}

export interface ProfileSummary {
  label: string
  file: string
  totalMs: number
  top: Hotspot[]
  /** Self time per script file; '(native)' is (program), '(gc)' the garbage collector. */
  byFile: Record<string, number>
}

/** Self time per script file, so app code, libraries and the browser's own work separate. */
export function byFile(profile: CpuProfile): Record<string, number> {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals: Record<string, number> = {}
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame
    if (!frame) return
    const special: Record<string, string> = { '(program)': '(native)', '(garbage collector)': '(gc)', '(idle)': '(idle)' }
    const key = special[frame.functionName] ?? (frame.url.split('/').pop() || '(native)')
    totals[key] = (totals[key] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000
  })
  return Object.fromEntries(
    Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, Math.round(v)])
  )
}

export interface Profiler {
  start: (page: Page) => Promise<void>
  stop: (page: Page) => Promise<void>
}

/** Self time per function (name + file:line), hottest first. */
export function summarize(profile: CpuProfile, count: number): Hotspot[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, Hotspot>()
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame
    if (!frame) return
    const file = frame.url.split('/').pop() ?? ''
    const where = file ? `${file}:${frame.lineNumber + 1}` : ''
    const key = `${frame.functionName}|${where}`
    const entry = self.get(key) ?? { fn: frame.functionName || '(anonymous)', where, selfMs: 0 }
    entry.selfMs += (profile.timeDeltas[i] ?? 0) / 1000
    self.set(key, entry)
  })
  return [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count)
}

/** A profiler for one labelled step; its summary lands in `results` once stopped. */
export function profilerFor(label: string, dir: string, stamp: string, results: ProfileSummary[]): Profiler {
  let session: CDPSession | undefined
  return {
    async start(page) {
      session = await page.context().newCDPSession(page)
      await session.send('Profiler.enable')
      await session.send('Profiler.setSamplingInterval', { interval: 100 })
      await session.send('Profiler.start')
    },
    async stop() {
      if (!session) return
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile }
      await session.detach()
      session = undefined
      const file = join(dir, `bench-${stamp}-${label}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      results.push({ label, file, totalMs: (profile.endTime - profile.startTime) / 1000, top: summarize(profile, 15), byFile: byFile(profile) })
    }
  }
}

export function printProfiles(results: ProfileSummary[]): void {
  for (const result of results) {
    console.log(`\nCPU profile, ${result.label} (${result.totalMs.toFixed(0)} ms sampled, ${result.file}):`)
    console.log(
      `  by file: ${Object.entries(result.byFile)
        .slice(0, 6)
        .map(([file, ms]) => `${file} ${ms} ms`)
        .join(', ')}`
    )
    for (const spot of result.top) console.log(`  ${spot.selfMs.toFixed(1).padStart(8)} ms  ${spot.fn}  ${spot.where}`)
  }
}
