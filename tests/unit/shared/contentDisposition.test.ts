import { describe, expect, it } from 'vitest'
import { attachment, attachmentName } from '../../../src/shared/contentDisposition'

describe('download file names', () => {
  it('reads back the name the server sends, also when it is not ASCII', () => {
    for (const name of ['T-C.14_2021-2026_2026-12-04.xlsx', 'Rekap_Dinas Kesehatan_2026-12-04.csv', 'Daftar_Perangkat Daerah é_2026-12-04.csv']) {
      expect(attachmentName(attachment(name))).toBe(name)
    }
    expect(attachment('Daftar é.csv')).toBe(`attachment; filename="Daftar _.csv"; filename*=UTF-8''Daftar%20%C3%A9.csv`)
  })

  it('falls back to the plain form, or to nothing', () => {
    expect(attachmentName('attachment; filename="a.csv"')).toBe('a.csv')
    expect(attachmentName(`attachment; filename="b.csv"; filename*=UTF-8''%E0%A4%A`)).toBe('b.csv')
    expect(attachmentName(null)).toBeUndefined()
  })
})
