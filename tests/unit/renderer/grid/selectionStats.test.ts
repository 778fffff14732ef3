import { describe, expect, it } from 'vitest'
import { formatStats, rangeStatus, stats } from '../../../../src/renderer/src/grid/range/model/selectionStats'

describe('stats', () => {
  it('counts non-empty cells and adds only numbers', () => {
    expect(stats([1_000_000, '250.000', '', null, undefined, 250_000, 'Dinas', 0, '  ', Number.NaN])).toEqual({
      count: 5,
      numericCount: 3,
      sum: 1_250_000,
      average: 1_250_000 / 3
    })
  })

  it('has no average without numbers', () => {
    expect(stats(['a', ''])).toEqual({ count: 1, numericCount: 0, sum: 0, average: null })
  })
})

describe('formatStats', () => {
  it('writes Indonesian status text', () => {
    expect(formatStats(stats([1_000_000, 200_000, 50_000]))).toBe('Jumlah sel: 3 · Total: 1.250.000 · Rata-rata: 416.666,67')
  })

  it('shows only the count without numbers', () => {
    expect(formatStats(stats(['Dinas Kesehatan', 'Bappelitbangda']))).toBe('Jumlah sel: 2')
  })

  it('rounds decimals to two places', () => {
    expect(formatStats(stats([82.595, 1.5]))).toBe('Jumlah sel: 2 · Total: 84,1 · Rata-rata: 42,05')
  })
})

describe('rangeStatus', () => {
  const order = ['a', 'b']
  const raw = (row: number, col: string) => (col === 'a' ? row * 10 : `t${row}`)
  it('is empty for a single cell, as in Excel', () => {
    expect(rangeStatus({ anchor: { rowIndex: 0, colId: 'a' }, focus: { rowIndex: 0, colId: 'a' } }, order, raw)).toBe('')
  })
  it('describes a range', () => {
    expect(rangeStatus({ anchor: { rowIndex: 2, colId: 'b' }, focus: { rowIndex: 1, colId: 'a' } }, order, raw)).toBe(
      'Jumlah sel: 4 · Total: 30 · Rata-rata: 15'
    )
  })
})
