import { describe, expect, it } from 'vitest'
import { columnNumbers, formatIndonesianDate, formatNip, nipProblem } from '../../../src/shared/reports/format'
import { decodeReportOptions, defaultReportOptions, encodeReportOptions } from '../../../src/shared/reports/options'

describe('print conventions', () => {
  it('prints a date with the Indonesian month name', () => {
    expect(formatIndonesianDate(new Date(2026, 11, 3))).toBe('3 Desember 2026')
    expect(formatIndonesianDate(new Date(2027, 0, 31))).toBe('31 Januari 2027')
  })

  it('groups an 18-digit NIP 8-6-1-3 and leaves anything else as typed', () => {
    expect(formatNip('197102051994031002')).toBe('19710205 199403 1 002')
    expect(formatNip('19710205 199403 1 002')).toBe('19710205 199403 1 002')
    expect(formatNip('12345')).toBe('12345')
  })

  it('says why a NIP is refused', () => {
    expect(nipProblem('197102051994031002')).toBeNull()
    expect(nipProblem('19710205 199403 1 002')).toBeNull()
    expect(nipProblem('1971020519940310AB')).toMatch(/hanya berisi angka/)
    expect(nipProblem('1971')).toMatch(/18 digit; yang diketik 4/)
    expect(nipProblem('')).toMatch(/wajib/)
  })

  it('numbers columns as (1) (2) ...', () => {
    expect(columnNumbers(3)).toEqual(['(1)', '(2)', '(3)'])
  })
})

describe('report options in an address', () => {
  it('round-trips every option that differs from the defaults', () => {
    const options = { ...defaultReportOptions('tc14'), years: [2023, 2024], perangkatDaerahId: 7, paper: 'A3' as const, kop: false, draft: true }
    const query = encodeReportOptions(options)
    expect(query).toContain('report=tc14')
    expect(query).not.toContain('orientation')
    expect(decodeReportOptions(query)).toEqual(options)
  })

  it('keeps the valid fields of a damaged address and refuses an unknown report', () => {
    const decoded = decodeReportOptions('report=rekapMisiPd&paper=B5&groupBy=perangkatDaerah&misiId=abc')
    expect(decoded).toEqual({ ...defaultReportOptions('rekapMisiPd'), groupBy: 'perangkatDaerah' })
    expect(decodeReportOptions('report=nothing')).toBeNull()
  })
})
