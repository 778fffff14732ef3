import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_COUNTS, generateDemoPlan } from '../../../scripts/demoData/generate'
import { syntheticEntries } from '../../../scripts/demoData/nomenklatur'
import { mulberry32 } from '../../../scripts/demoData/random'
import { DemoDataError, runDemoData, type DemoDataResult } from '../../../scripts/demoData/run'
import { openTempDb, type TempDb } from '../../support/tempDb'

const REAL_FILE = resolve(__dirname, '../../../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

const within10 = (actual: number, expected: number) => {
  expect(actual).toBeGreaterThanOrEqual(expected * 0.9)
  expect(actual).toBeLessThanOrEqual(expected * 1.1)
}

function dbCounts(temp: TempDb) {
  const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n
  return {
    perangkatDaerah: count('SELECT COUNT(DISTINCT perangkat_daerah_id) AS n FROM plan_row'),
    program: count("SELECT COUNT(*) AS n FROM plan_row WHERE level = 'program'"),
    kegiatan: count("SELECT COUNT(*) AS n FROM plan_row WHERE level = 'kegiatan'"),
    subKegiatan: count("SELECT COUNT(*) AS n FROM plan_row WHERE level = 'sub_kegiatan'"),
    paguAboveSub: count("SELECT COUNT(*) AS n FROM plan_row_pagu p JOIN plan_row r ON r.id = p.plan_row_id WHERE r.level <> 'sub_kegiatan'")
  }
}

/** year -> sum of pagu, read as BigInt so nothing rounds on the way. */
function dbTotals(temp: TempDb): Map<number, bigint> {
  const rows = temp.db
    .prepare("SELECT year, SUM(amount) AS total, SUM(typeof(amount) <> 'integer') AS notInteger FROM plan_row_pagu GROUP BY year ORDER BY year")
    .safeIntegers(true)
    .all() as Array<{ year: bigint; total: bigint; notInteger: bigint }>
  for (const row of rows) expect(row.notInteger).toBe(0n)
  return new Map(rows.map((row) => [Number(row.year), row.total]))
}

describe('demo data at scale 1 on the real SIPD export', () => {
  let temp: TempDb
  let first: DemoDataResult
  beforeAll(async () => {
    temp = openTempDb()
    first = await runDemoData(temp.db, { scale: 1, seed: 2027, replace: false, nomenklaturPath: REAL_FILE })
  }, 60_000)
  afterAll(() => temp.cleanup())

  it('has Ternate-sized counts, in the database as reported', () => {
    const counts = dbCounts(temp)
    within10(counts.perangkatDaerah, 40)
    within10(counts.program, BASE_COUNTS.program)
    within10(counts.kegiatan, BASE_COUNTS.kegiatan)
    within10(counts.subKegiatan, BASE_COUNTS.subKegiatan)
    expect(counts.paguAboveSub).toBe(0)
    expect(first.plan.counts).toMatchObject({
      perangkatDaerah: counts.perangkatDaerah,
      program: counts.program,
      kegiatan: counts.kegiatan,
      subKegiatan: counts.subKegiatan
    })
    expect(first.plan.notes).toEqual([])
  })

  it('imported and uses the nomenclature version "Pemutakhiran 2027"', () => {
    expect(first.versionSource).toBe('imported')
    expect(
      temp.handlers
        .listNomenklaturVersions({})
        .filter((v) => v.active)
        .map((v) => v.name)
    ).toEqual(['Pemutakhiran 2027'])
  })

  it('has yearly totals of about Rp 1,1 triliun in whole Rupiah, rounded to thousands', () => {
    const totals = dbTotals(temp)
    expect([...totals.keys()]).toEqual([2022, 2023, 2024, 2025, 2026])
    for (const [, total] of totals) {
      expect(total).toBeGreaterThanOrEqual(1_000_000_000_000n)
      expect(total).toBeLessThanOrEqual(1_200_000_000_000n)
    }
    expect([...totals.values()].map(Number)).toEqual(first.plan.totals)
    const notThousands = temp.db.prepare('SELECT COUNT(*) AS n FROM plan_row_pagu WHERE amount % 1000 <> 0 OR amount <= 0').get() as { n: number }
    expect(notThousands.n).toBe(0)
  })

  it('links most programs to sasaran: a few none, a few two misi', () => {
    const { counts } = first.plan
    expect(counts.unlinkedPrograms).toBeGreaterThan(0)
    expect(counts.unlinkedPrograms).toBeLessThan(counts.program * 0.1)
    expect(counts.twoMisiPrograms).toBeGreaterThan(0)
    expect(counts.twoMisiPrograms).toBeLessThan(counts.program * 0.1)
  })

  it('gives every row a code the app itself accepts', () => {
    const rows = temp.handlers.listPlanRows({})
    expect(rows).toHaveLength(first.plan.rows.length)
    expect(rows.filter((row) => row.codeStatus.valid === false).map((row) => `${row.code}: ${row.codeStatus.valid ? '' : row.codeStatus.reason}`)).toEqual([])
    // The penunjang program sits under its PD's own bidang.
    expect(rows.filter((row) => row.level === 'program' && /^\d\.\d\d\.01$/.test(row.code)).length).toBe(first.plan.counts.perangkatDaerah)
  })

  it('adds up in the keselarasan view to the sum of pagu', () => {
    const view = temp.handlers.getKeselarasan({})
    const totals = dbTotals(temp)
    for (const year of view.years) expect(BigInt(view.grandTotal[year])).toBe(totals.get(year))
  }, 60_000)

  it('refuses a plan that has rows, then with replace writes the same plan again', async () => {
    const before = dbCounts(temp)
    await expect(runDemoData(temp.db, { scale: 1, seed: 2027, replace: false, nomenklaturPath: REAL_FILE })).rejects.toThrow(DemoDataError)
    await expect(runDemoData(temp.db, { scale: 1, seed: 2027, replace: false, nomenklaturPath: REAL_FILE })).rejects.toThrow(/--replace/)
    expect(dbCounts(temp)).toEqual(before)

    const maxIdBefore = (temp.db.prepare('SELECT MAX(id) AS n FROM plan_row').get() as { n: number }).n
    const again = await runDemoData(temp.db, { scale: 1, seed: 2027, replace: true, nomenklaturPath: REAL_FILE })
    expect(again.versionSource).toBe('existing')
    expect(again.deletedRows).toBe(first.plan.rows.length)
    expect(again.plan.totals).toEqual(first.plan.totals)
    expect(again.plan.counts).toEqual(first.plan.counts)
    expect(dbCounts(temp)).toEqual(before)
    expect([...dbTotals(temp).values()].map(Number)).toEqual(first.plan.totals)
    // New rows never reuse an old id (the change log refers to rows by id).
    expect((temp.db.prepare('SELECT MIN(id) AS n FROM plan_row').get() as { n: number }).n).toBeGreaterThan(maxIdBefore)
  }, 60_000)
})

describe('generateDemoPlan', () => {
  const pds = [
    { id: 1, name: 'Dinas Pendidikan', bidang: ['1.01'] },
    { id: 2, name: 'Dinas Kesehatan', bidang: ['1.02', '2.14'] },
    { id: 3, name: 'Sekretariat Daerah', bidang: ['4.01'] },
    { id: 4, name: 'Tanpa bidang', bidang: [] }
  ]
  const sasaran = Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, misiNumber: 1 + (i % 4), number: 1 + Math.floor(i / 4) }))
  const generate = (seed: number, scale = 1) =>
    generateDemoPlan({
      entries: syntheticEntries(['1.01', '1.02', '2.14', '4.01']),
      perangkatDaerah: pds,
      sasaran,
      years: [2022, 2023, 2024, 2025, 2026],
      scale,
      rng: mulberry32(seed)
    })

  it('is deterministic for a seed and differs for another', () => {
    expect(generate(7)).toEqual(generate(7))
    expect(generate(8).totals).not.toEqual(generate(7).totals)
  })

  it('writes made-up codes in the right shapes, children under their parents, pagu only on sub kegiatan', () => {
    const plan = generate(7)
    const shapes = { program: /^\d\.\d\d\.\d\d$/, kegiatan: /^\d\.\d\d\.\d\d\.2\.\d\d$/, sub_kegiatan: /^\d\.\d\d\.\d\d\.2\.\d\d\.\d{4}$/ }
    for (const row of plan.rows) {
      expect(row.code).toMatch(shapes[row.level])
      if (row.parent !== null) expect(row.code.startsWith(`${plan.rows[row.parent].code}.`)).toBe(true)
      expect(row.pagu !== null).toBe(row.level === 'sub_kegiatan')
    }
    expect(plan.rows.filter((row) => row.level === 'program' && row.code.endsWith('.01')).map((row) => row.code)).toEqual(['1.01.01', '1.02.01', '4.01.01'])
    expect(plan.notes.join(' ')).toMatch(/1 perangkat daerah tanpa bidang/)
  })

  it('says when the codes run out for the scale asked', () => {
    const plan = generate(7, 3)
    expect(plan.counts.program).toBeLessThan(plan.targets.program)
    expect(plan.notes.join(' ')).toMatch(/tidak cukup untuk skala 3/)
    expect(() => generate(7, 0)).toThrow(RangeError)
  })
})
