import type Database from 'better-sqlite3'
import type { ChannelName } from '../../shared/channels'
import type { ApiResults, ValidArgs } from '../../shared/contract'
import { listPerangkatDaerah } from '../db/repositories/perangkatDaerah'
import { computeKeselarasan } from '../db/repositories/keselarasan'
import { getActivePeriod } from '../db/repositories/plan'
import * as indikator from './indikatorService'
import * as plan from './planService'
import * as program from './programService'

export type Handlers = { [K in ChannelName]: (args: ValidArgs<K>) => ApiResults[K] }

/** One handler per channel; both hosts (IPC and HTTP) call these after validation. */
export function createHandlers(db: Database.Database): Handlers {
  return {
    getPlan: () => plan.getPlan(db),
    attachSasaranToTujuan: (args) => plan.attachSasaranToTujuan(db, args),
    listIndikator: (args) => indikator.listIndikator(db, args),
    createIndikator: (args) => indikator.createIndikator(db, args),
    updateIndikator: (args) => indikator.updateIndikator(db, args),
    deleteIndikator: (args) => indikator.deleteIndikator(db, args),
    listPerangkatDaerah: () => listPerangkatDaerah(db),
    listPrograms: () => program.listPrograms(db),
    createProgram: (args) => program.createProgram(db, args),
    updateProgram: (args) => program.updateProgram(db, args),
    deleteProgram: (args) => program.deleteProgram(db, args),
    linkSasaran: (args) => program.linkSasaran(db, args),
    unlinkSasaran: (args) => program.unlinkSasaran(db, args),
    getKeselarasan: () => computeKeselarasan(db, getActivePeriod(db))
  }
}
