import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeselarasanView, PlanRow } from '../../../src/shared/domain'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const sasaranId = (label: string) =>
  temp.handlers
    .getRpjmd({})
    .misi.flatMap((misi) => misi.sasaran)
    .find((sasaran) => sasaran.label === label)!.id

function program(code: string, pagu: Record<string, number>, labels: string[]): PlanRow {
  const created = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code, name: `Program ${code}`, pagu }).row
  for (const label of labels) temp.handlers.linkSasaran({ planRowId: created.id, sasaranId: sasaranId(label) })
  return created
}

/** Recomputes the view from the raw rows, the slow obvious way: a row serves what it or any row above it links. */
function recompute(view: KeselarasanView): void {
  const rows = temp.handlers.listPlanRows({})
  const byId = new Map(rows.map((row) => [row.id, row]))
  const misiOf = new Map(temp.handlers.getRpjmd({}).misi.flatMap((misi) => misi.sasaran.map((s) => [s.id, misi.number])))
  const servedMisi = (row: PlanRow): Set<number> => {
    const served = new Set<number>()
    for (let current: PlanRow | undefined = row; current; current = current.parentId === null ? undefined : byId.get(current.parentId)) {
      for (const id of current.sasaranIds) served.add(misiOf.get(id) as number)
    }
    return served
  }
  for (const year of view.years) {
    let total = 0
    for (const row of rows) total += row.pagu[year] ?? 0
    expect(view.grandTotal[year]).toBe(total)
    for (const misi of view.misi) {
      const expected = rows.filter((row) => servedMisi(row).has(misi.number)).reduce((sum, row) => sum + (row.pagu[year] ?? 0), 0)
      expect(misi.pagu[year], `misi ${misi.number} ${year}`).toBe(expected)
    }
  }
}

describe('keselarasan', () => {
  it('sums pagu per misi, counts a multi-misi program under each misi and once in the total', () => {
    program('1.01.02', { '2023': 1_000 }, ['3.2'])
    program('1.02.02', { '2023': 500, '2024': 70 }, ['3.4', '3.1']) // two sasaran, one misi: counted once
    const shared = program('2.08.02', { '2023': 300 }, ['6.1', '7.5'])
    program('4.01.01', { '2023': 9 }, [])

    const view = temp.handlers.getKeselarasan({})
    const misi = (number: number) => view.misi.find((entry) => entry.number === number)!
    expect(view.years).toEqual([2022, 2023, 2024, 2025, 2026])
    expect(misi(3).pagu[2023]).toBe(1_500)
    expect(misi(3).pagu[2024]).toBe(70)
    expect(misi(3).programCount).toBe(2)
    expect(misi(6).pagu[2023]).toBe(300)
    expect(misi(7).pagu[2023]).toBe(300)
    expect(misi(1).pagu[2023]).toBe(0)
    expect(view.grandTotal[2023]).toBe(1_809)
    expect(view.unlinkedTotal[2023]).toBe(9)
    expect(view.multiMisiRows).toEqual([{ planRowId: shared.id, level: 'program', code: '2.08.02', name: 'Program 2.08.02', misiNumbers: [6, 7] }])
    expect(view.programsWithoutSasaran.map((row) => row.code)).toEqual(['4.01.01'])
    expect(view.sasaranWithoutProgram).toHaveLength(34 - 5)
    expect(view.sasaranWithoutProgram.map((row) => row.label)).not.toContain('3.2')
    recompute(view)
  })

  it('follows edits, unlinks and deletes', () => {
    const row = program('1.01.02', { '2023': 1_000 }, ['3.2'])
    temp.handlers.updatePlanRow({ planRowId: row.id, changes: { pagu: { '2023': 4_000 } } })
    expect(temp.handlers.getKeselarasan({}).misi[2].pagu[2023]).toBe(4_000)
    temp.handlers.unlinkSasaran({ planRowId: row.id, sasaranId: sasaranId('3.2') })
    const unlinked = temp.handlers.getKeselarasan({})
    expect(unlinked.misi[2].pagu[2023]).toBe(0)
    expect(unlinked.unlinkedTotal[2023]).toBe(4_000)
    temp.handlers.deletePlanRow({ planRowId: row.id })
    expect(temp.handlers.getKeselarasan({}).grandTotal[2023]).toBe(0)
  })
})

describe('keselarasan over program, kegiatan and sub kegiatan', () => {
  it('counts sub kegiatan pagu under the misi linked on the row or on any row above it', () => {
    const program = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02' }).row
    const kegiatan = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
    const a = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001', pagu: { '2024': 100 } }).row
    const b = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0002', pagu: { '2024': 30 } }).row
    temp.handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaranId('3.4') })
    temp.handlers.linkSasaran({ planRowId: b.id, sasaranId: sasaranId('7.5') })

    const view = temp.handlers.getKeselarasan({})
    const misi = (number: number) => view.misi.find((entry) => entry.number === number)!
    expect(misi(3).pagu[2024]).toBe(130)
    expect(misi(7).pagu[2024]).toBe(30)
    expect(misi(7).programCount).toBe(1)
    expect(view.grandTotal[2024]).toBe(130)
    expect(view.unlinkedTotal[2024]).toBe(0)
    expect(view.multiMisiRows).toEqual([{ planRowId: b.id, level: 'sub_kegiatan', code: '1.02.02.2.02.0002', name: '', misiNumbers: [3, 7] }])
    expect(view.programsWithoutSasaran).toEqual([])
    expect(temp.handlers.listPlanRows({}).find((row) => row.id === a.id)?.total).toEqual({ 2024: 100 })
    recompute(view)
    // The row -> misi tables are built per computation and dropped after it.
    expect(temp.db.prepare('SELECT name FROM sqlite_temp_master').all()).toEqual([])
    expect(temp.handlers.getKeselarasan({})).toEqual(view)
  })
})
