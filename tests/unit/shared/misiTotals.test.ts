import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { misiTotals } from '../../../src/renderer/src/features/plan/misiTotals'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

describe('misi totals on the plan screen', () => {
  it('equal the Keselarasan figures computed in the database', () => {
    const handlers = temp.handlers
    const plan = handlers.getPlan({})
    const sasaran = (label: string) => plan.misi.flatMap((misi) => misi.sasaran).find((entry) => entry.label === label)!.id
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02' })
    const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' })
    const a = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001', pagu: { '2023': 700, '2024': 5 } })
    handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0002', pagu: { '2023': 300 } })
    const other = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 8, code: '1.05.03', pagu: { '2023': 50 } })
    handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaran('3.4') })
    handlers.linkSasaran({ planRowId: a.id, sasaranId: sasaran('7.5') })
    handlers.linkSasaran({ planRowId: other.id, sasaranId: sasaran('7.1') })
    const rows = handlers.listPlanRows({})
    const view = handlers.getKeselarasan({})
    for (const year of plan.targetYears) {
      expect(misiTotals(rows, plan, year).map((entry) => entry.pagu)).toEqual(view.misi.map((entry) => entry.pagu[year]))
    }
    expect(misiTotals(rows, plan, 2023).find((entry) => entry.number === 7)?.pagu).toBe(750)
  })
})
