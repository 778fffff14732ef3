import { describe, expect, it } from 'vitest'
import { reportFileName, safeStem } from '../../../src/main/reports/fileName'

describe('report file names', () => {
  const day = new Date(2026, 11, 4, 23, 30)

  it('is <fileStem>_<YYYY-MM-DD>.<ext> in local time', () => {
    expect(reportFileName('T-C.14_2022-2026', 'xlsx', day)).toBe('T-C.14_2022-2026_2026-12-04.xlsx')
    expect(reportFileName('Rekap', 'csv', new Date(2027, 0, 9))).toBe('Rekap_2027-01-09.csv')
  })

  it('is safe for Windows: no reserved characters, device names, trailing dots or endless names', () => {
    expect(safeStem('Dinas: Kesehatan / "PD" <1>?*|\\')).toBe('Dinas_ Kesehatan _ _PD_ _1_____')
    expect(safeStem('CON')).toBe('_CON')
    expect(safeStem('nul.tabel')).toBe('_nul.tabel')
    expect(safeStem('Laporan. . ')).toBe('Laporan')
    expect(safeStem('  \u0000 ')).toBe('_')
    expect(safeStem('')).toBe('Laporan')
    expect(safeStem('x'.repeat(300))).toHaveLength(100)
    expect(reportFileName('a\nb', 'pdf', day)).toBe('a_b_2026-12-04.pdf')
  })
})
