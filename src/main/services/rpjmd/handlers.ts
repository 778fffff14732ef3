import type Database from 'better-sqlite3'
import { computeKeselarasan } from '../../db/repositories/keselarasan'
import { getActivePeriod } from '../../db/repositories/rpjmd'
import type { HandlersOf } from '../handlerMap'
import * as indikator from './indikatorService'
import * as rpjmd from './rpjmdService'

// The RPJMD slice: misi, tujuan, sasaran and their indikator, and how the plan rows align to them.

export type RpjmdChannel = 'getRpjmd' | 'attachSasaranToTujuan' | 'listIndikator' | 'createIndikator' | 'updateIndikator' | 'deleteIndikator' | 'getKeselarasan'

export function rpjmdHandlers(db: Database.Database): HandlersOf<RpjmdChannel> {
  return {
    getRpjmd: () => rpjmd.getRpjmd(db),
    attachSasaranToTujuan: (args) => rpjmd.attachSasaranToTujuan(db, args),
    listIndikator: (args) => indikator.listIndikator(db, args),
    createIndikator: (args) => indikator.createIndikator(db, args),
    updateIndikator: (args) => indikator.updateIndikator(db, args),
    deleteIndikator: (args) => indikator.deleteIndikator(db, args),
    getKeselarasan: () => computeKeselarasan(db, getActivePeriod(db))
  }
}
