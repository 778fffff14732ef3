// --profile, server side: each slow API call (listPlanRows, a one-cell edit, the 5,000-cell
// paste) against its own `node --cpu-prof` browser-mode server on the same data; the
// server's hottest functions by self time. Server start and stop are in each profile too.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { idr, pasteAmount, type PasteBlock, type PlanData } from './planData'
import { byFile, summarize, type CpuProfile, type ProfileSummary } from './profile'
import { api, startServer, type Server } from './server'

interface Job {
  label: string
  call: (server: Server) => Promise<unknown>
}

function jobs(data: PlanData, block: PasteBlock): Job[] {
  const sub = block.targets[0].row
  const years = [2022, 2023, 2024, 2025, 2026]
  const paste = block.targets.flatMap((target) =>
    years.map((year, col) => ({ planRowId: target.row?.id ?? 0, field: `pagu:${year}`, text: idr(pasteAmount(99, target.index - block.startIndex, col)) }))
  )
  return [
    { label: 'server-listPlanRows', call: (server) => api(server, 'listPlanRows') },
    {
      label: 'server-edit',
      call: (server) => api(server, 'applyCellEdits', { kind: 'edit', edits: [{ planRowId: sub?.id, field: `pagu:${data.stripYear}`, text: '7.777.000' }] })
    },
    { label: 'server-paste', call: (server) => api(server, 'applyCellEdits', { kind: 'paste', edits: paste }) }
  ]
}

export async function profileServer(dataDir: string, data: PlanData, block: PasteBlock, resultsDir: string, stamp: string): Promise<ProfileSummary[]> {
  const results: ProfileSummary[] = []
  for (const job of jobs(data, block)) {
    const dir = mkdtempSync(join(tmpdir(), 'selaras-bench-prof-'))
    try {
      const server = await startServer(dataDir, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100'])
      let callMs = 0
      try {
        const start = performance.now()
        await job.call(server)
        callMs = performance.now() - start
      } finally {
        await server.stop()
      }
      const name = readdirSync(dir).find((file) => file.endsWith('.cpuprofile'))
      if (!name) throw new Error(`no CPU profile written for ${job.label}`)
      const file = join(resultsDir, `bench-${stamp}-${job.label}.cpuprofile`)
      copyFileSync(join(dir, name), file)
      const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
      results.push({
        label: `${job.label} (call ${callMs.toFixed(0)} ms)`,
        file,
        totalMs: (profile.endTime - profile.startTime) / 1000,
        top: summarize(profile, 15),
        byFile: byFile(profile)
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}
