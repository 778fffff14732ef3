import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setPlanVersionId } from '../../../src/main/db/repositories/nomenklatur'
import { countFlaggedRows, loadPlanContext } from '../../../src/main/services/planRows/planContext'
import { storeSmallVersion } from '../../support/nomenklaturFixture'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

describe('counting flagged codes without reading the whole plan', () => {
  it('gives the same count as the code status of every listed row, with and without a version', () => {
    const handlers = temp.handlers
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02' }).row
    const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
    handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001' })
    handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.9999' })
    handlers.createPlanRow({ level: 'program', perangkatDaerahId: 8, code: '7.77.77' })
    const flaggedInList = () => handlers.listPlanRows({}).filter((row) => !row.codeStatus.valid).length
    expect(countFlaggedRows(temp.db, loadPlanContext(temp.db))).toBe(flaggedInList())
    setPlanVersionId(temp.db, 1, storeSmallVersion(temp.db, '2026'))
    const withVersion = countFlaggedRows(temp.db, loadPlanContext(temp.db))
    expect(withVersion).toBe(flaggedInList())
    expect(withVersion).toBeGreaterThan(0)
    expect(withVersion).toBeLessThan(5)
  })
})
