import { afterEach, describe, expect, it } from 'vitest'
import { RPJMD_2021_2026 } from '../../../src/main/db/seed/rpjmd-2021-2026'
import { parseSeed, readSeedText } from '../../support/seedText'
import { openTempDb, type TempDb } from '../../support/tempDb'

describe('seed RPJMD 2021-2026', () => {
  const source = readSeedText()
  const parsed = parseSeed(source)
  let temp: TempDb | undefined
  afterEach(() => temp?.cleanup())

  it('reads 8 misi, 15 tujuan and 34 sasaran from the source text', () => {
    expect(parsed.misi).toHaveLength(8)
    expect(parsed.misi.map((misi) => misi.sasaran.length)).toEqual([3, 6, 4, 3, 2, 7, 6, 3])
    expect(parsed.misi.flatMap((misi) => misi.tujuan)).toHaveLength(15)
  })

  it('ships exactly what the source text says, item by item and in order', () => {
    expect(RPJMD_2021_2026.misi).toHaveLength(8)
    RPJMD_2021_2026.misi.forEach((misi, index) => {
      expect(misi.title).toBe(parsed.misi[index].title)
      expect(misi.tujuan).toEqual(parsed.misi[index].tujuan)
      expect(misi.sasaran).toEqual(parsed.misi[index].sasaran)
    })
    expect(RPJMD_2021_2026.visi.toUpperCase()).toBe(parsed.visi)
  })

  it('keeps every seeded text verbatim in the source (whitespace folded)', () => {
    for (const misi of RPJMD_2021_2026.misi) {
      expect(source).toContain(misi.title)
      for (const item of [...misi.tujuan, ...misi.sasaran]) expect(source).toContain(item)
    }
    // The odd official spellings stay.
    expect(RPJMD_2021_2026.misi[1].title).toContain('Ekstraktif')
  })

  it('writes the RPJMD into a new database with years 2021 (baseline) to 2026', () => {
    temp = openTempDb()
    const rpjmd = temp.handlers.getRpjmd({})
    expect(rpjmd.period).toMatchObject({ firstYear: 2021, lastYear: 2026, name: 'RPJMD Kota Ternate 2021-2026' })
    expect(rpjmd.targetYears).toEqual([2022, 2023, 2024, 2025, 2026])
    expect(rpjmd.misi.map((misi) => misi.title)).toEqual(parsed.misi.map((misi) => misi.title))
    rpjmd.misi.forEach((misi, index) => {
      expect(misi.number).toBe(index + 1)
      expect(misi.tujuan.map((tujuan) => tujuan.text)).toEqual(parsed.misi[index].tujuan)
      expect(misi.sasaran.map((sasaran) => sasaran.text)).toEqual(parsed.misi[index].sasaran)
      expect(misi.sasaran.map((sasaran) => sasaran.label)).toEqual(parsed.misi[index].sasaran.map((_, position) => `${index + 1}.${position + 1}`))
      expect(misi.sasaran.every((sasaran) => sasaran.tujuanId === null)).toBe(true)
    })
  })
})
