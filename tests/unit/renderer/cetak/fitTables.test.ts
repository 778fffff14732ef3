import { describe, expect, it } from 'vitest'
import { fitColumns } from '../../../../src/renderer/src/features/cetak/print/model/columnWidths'
import { fitTables, headerPlaces, longestHalf, oneLineTexts, PROBE_PT } from '../../../../src/renderer/src/features/cetak/print/model/fitTables'
import { tc14Document } from '../../../support/reportFixtures'

describe('fitColumns', () => {
  it('shares the width by weight when no minimum binds', () => {
    expect(fitColumns([1, 3], [0, 0], 400)).toEqual([100, 300])
  })

  it('gives a column its minimum and takes the rest from the others by weight', () => {
    const widths = fitColumns([1, 1, 2], [150, 0, 0], 400) ?? []
    expect(widths[0]).toBe(150)
    expect(widths[1]).toBeCloseTo(250 / 3)
    expect(widths[2]).toBeCloseTo(500 / 3)
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(400)
  })

  it('says when the minimums alone do not fit', () => {
    expect(fitColumns([1, 1], [250, 200], 400)).toBeNull()
  })
})

describe('fitTables', () => {
  const table = (() => {
    const block = tc14Document().blocks[0]
    if (block.kind !== 'table') throw new Error('T-C.14 fixture has a table')
    return block.table
  })()
  // A stand-in for the measured width: 7 px per character at the probe size.
  const probe = () => {
    const texts = oneLineTexts(table)
    return { texts, widths: texts.map((text) => text.text.length * 7) }
  }

  it('places header cells under row spans: "(2)" of the number row starts after the three Kode columns', () => {
    const places = headerPlaces(table)
    expect(places.find((place) => place.text === '(2)')?.first).toBe(3)
    expect(places.find((place) => place.text === 'Tahun 2023')?.first).toBe(8)
    expect(places.find((place) => place.text === 'Perangkat Daerah Penanggung Jawab')?.first).toBe(18)
  })

  it('keeps every money amount on one line in its column, with the largest size that allows it', () => {
    const wide = fitTables([table], [probe()], 1500, 9)
    const narrow = fitTables([table], [probe()], 1000, 9)
    expect(wide.fits && narrow.fits).toBe(true)
    expect(narrow.fontPt).toBeLessThan(wide.fontPt)
    for (const fitted of [wide, narrow]) {
      const body = fitted === wide ? 1500 : 1000
      const widths = fitted.widths[0].map((share) => (share * body) / 100)
      expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(body)
      if (fitted.breakNumbers[0]) continue
      for (const text of oneLineTexts(table).filter((entry) => !entry.word)) {
        const room = widths.slice(text.first, text.first + text.span).reduce((sum, width) => sum + width, 0)
        expect(room).toBeGreaterThan(text.text.length * 7 * (fitted.fontPt / PROBE_PT))
      }
    }
  })

  it('breaks numbers after a dot only when the sheet is too narrow for them (portrait)', () => {
    expect(fitTables([table], [probe()], 1500, 9).breakNumbers).toEqual([false])
    const portrait = fitTables([table], [probe()], 600, 6)
    expect(portrait.breakNumbers).toEqual([true])
    expect(longestHalf('24.270.000.000')).toBeCloseTo(7 / 14)
  })
})
