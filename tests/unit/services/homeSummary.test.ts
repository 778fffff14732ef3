import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setPlanVersionId } from '../../../src/main/db/repositories/nomenklatur'
import { PlanStore } from '../../../src/renderer/src/features/plan/model/planStore'
import { storeSmallVersion } from '../../support/nomenklaturFixture'
import { smallPlan } from '../../support/smallPlan'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n

describe('Beranda summary', () => {
  it('on a fresh database: nothing entered, every PD still the daftar awal, no version (tempDb loads no built-in)', () => {
    const summary = temp.handlers.getHomeSummary({})
    expect(summary.periodName).toContain('2021')
    const pdTotal = count('SELECT COUNT(*) AS n FROM perangkat_daerah')
    expect(pdTotal).toBeGreaterThan(0)
    expect(summary).toMatchObject({
      counts: { program: 0, kegiatan: 0, subKegiatan: 0, perangkatDaerah: 0, perangkatDaerahTotal: pdTotal },
      sasaran: { total: count('SELECT COUNT(*) AS n FROM sasaran'), withProgram: 0 },
      subKegiatanWithoutSasaran: 0,
      warningTotal: 0,
      nomenklatur: null,
      flaggedCodes: 0,
      perangkatDaerahUnchecked: pdTotal,
      lastChange: null
    })
    expect(summary.paguByYear).toEqual([2022, 2023, 2024, 2025, 2026, 2027].map((year) => ({ year, pagu: 0, prakiraanMaju: year === 2027 })))
  })

  it('counts a small plan: rows, PD, pagu per year, sasaran, warnings by the Peringatan rule, version, last change', () => {
    const { handlers, plan, subs } = smallPlan(temp.handlers)
    // One target: that sub kegiatan loses its 'pagu tanpa target' mark.
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: subs[0].id, field: 'target:2023', text: '5' }] })
    // Saving a PD marks it checked (no longer "daftar awal").
    const { id, fromStartingList: _shipped, ...fields } = handlers.listPerangkatDaerah({})[0]
    handlers.updatePerangkatDaerah({ perangkatDaerahId: id, ...fields })
    const summary = handlers.getHomeSummary({})
    const pdTotal = count('SELECT COUNT(*) AS n FROM perangkat_daerah')
    expect(summary.counts).toEqual({ program: 3, kegiatan: 3, subKegiatan: 12, perangkatDaerah: 3, perangkatDaerahTotal: pdTotal })
    expect(summary.perangkatDaerahUnchecked).toBe(pdTotal - 1)
    // Sub kegiatan n of PD i has 1000 * n + i in 2023: 3 * 10.000 + 4 * (0 + 1 + 2).
    expect(summary.paguByYear.find((entry) => entry.year === 2023)).toEqual({ year: 2023, pagu: 30_012, prakiraanMaju: false })
    expect(summary.paguByYear.filter((entry) => entry.year !== 2023).every((entry) => entry.pagu === 0)).toBe(true)
    // Two sasaran linked (one to a program, one to a sub kegiatan).
    expect(summary.sasaran).toEqual({ total: count('SELECT COUNT(*) AS n FROM sasaran'), withProgram: 2 })
    // The program link covers its 4 sub kegiatan, the direct link 1: 7 of 12 serve none.
    expect(summary.subKegiatanWithoutSasaran).toBe(7)
    expect(summary.warnings).toEqual([
      { kind: 'sasaran', label: 'Belum terkait sasaran', count: 7 },
      { kind: 'pagu', label: 'Pagu nol', count: 0 },
      { kind: 'target', label: 'Pagu tanpa target', count: 11 }
    ])
    expect(summary.warningTotal).toBe(18)

    // The same numbers as the plan screen's Peringatan list, for the same rows.
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const listed = store.warnings()
    expect(listed).toHaveLength(summary.warningTotal)
    for (const { kind, count: n } of summary.warnings) expect(listed.filter((warning) => warning.kind === kind)).toHaveLength(n)

    // No version yet: every code is flagged; with one in use its name shows and its codes pass.
    expect(summary.nomenklatur).toBeNull()
    expect(summary.flaggedCodes).toBe(18)
    setPlanVersionId(temp.db, plan.period.id, storeSmallVersion(temp.db, '2027'))
    const withVersion = handlers.getHomeSummary({})
    expect(withVersion.nomenklatur).toMatchObject({ name: 'Uji 2027' })
    // The same count as the plan screen's status bar ("kode ditandai") under that version.
    expect(withVersion.flaggedCodes).toBe(new PlanStore(handlers.listPlanRows({}), plan).flaggedCount)
    expect(withVersion.flaggedCodes).toBeLessThan(18)

    // The last step of the change log, and an undo counts as a change.
    const latest = temp.db.prepare('SELECT description, os_user AS osUser FROM change_batch ORDER BY id DESC LIMIT 1').get()
    expect(summary.lastChange).toMatchObject({ ...(latest as object), undone: false })
    expect(summary.lastChange?.at).toMatch(/^\d{4}-\d\d-\d\dT/)
    handlers.undo({})
    const afterUndo = handlers.getHomeSummary({})
    expect((afterUndo.lastChange?.at ?? '') >= (summary.lastChange?.at ?? '')).toBe(true)
    expect(afterUndo.warnings.find((warning) => warning.kind === 'target')?.count).toBe(12)
    expect(afterUndo.lastChange).toMatchObject({ description: summary.lastChange?.description, undone: true })
  })
})
