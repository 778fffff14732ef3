// A small plan for store tests: three PD, each a program > kegiatan > four sub kegiatan.
import type { PlanRow } from '../../src/shared/domain'
import type { Handlers } from '../../src/main/services'

/** A small plan over three PD: programs, kegiatan, sub kegiatan, some linked to sasaran. */
export function smallPlan(handlers: Handlers) {
  const plan = handlers.getRpjmd({})
  const sasaranIds = plan.misi.flatMap((misi) => misi.sasaran.map((sasaran) => sasaran.id))
  const subs: PlanRow[] = []
  const programs: PlanRow[] = []
  const pds = [
    [11, '1.02.02', '1.02.02.2.02'],
    [8, '1.05.03', '1.05.03.2.01'],
    [3, '1.01.02', '1.01.02.2.01']
  ] as const
  pds.forEach(([pd, programCode, kegiatanCode], index) => {
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: pd, code: programCode }).row
    programs.push(program)
    const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: kegiatanCode }).row
    for (let n = 1; n <= 4; n++) {
      subs.push(
        handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: `${kegiatanCode}.000${n}`, pagu: { '2023': 1000 * n + index } }).row
      )
    }
  })
  handlers.linkSasaran({ planRowId: programs[0].id, sasaranId: sasaranIds[7] })
  handlers.linkSasaran({ planRowId: subs[5].id, sasaranId: sasaranIds[20] })
  return { handlers, plan, sasaranIds, subs, programs }
}

/** Deterministic pseudo-random numbers (a failing sequence can be replayed). */
export function random(seed: number) {
  let state = seed
  return (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit
  }
}
