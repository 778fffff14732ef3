import type Database from 'better-sqlite3'
import { listLokasi } from '../../db/repositories/lokasi'
import { listPerangkatDaerah } from '../../db/repositories/perangkatDaerah'
import { listReferenceItems } from '../../db/repositories/referenceItems'
import type { HandlersOf } from '../handlerMap'
import * as master from './masterService'

// The master data slice (Data Induk): perangkat daerah, lokasi and the reference lists.

export type MasterDataChannel =
  | 'listPerangkatDaerah'
  | 'createPerangkatDaerah'
  | 'updatePerangkatDaerah'
  | 'listLokasi'
  | 'listReferenceItems'
  | 'createReferenceItem'
  | 'updateReferenceItem'

export function masterDataHandlers(db: Database.Database): HandlersOf<MasterDataChannel> {
  return {
    listPerangkatDaerah: () => listPerangkatDaerah(db),
    createPerangkatDaerah: (args) => master.createPerangkatDaerah(db, args),
    updatePerangkatDaerah: (args) => master.updatePerangkatDaerah(db, args),
    listLokasi: () => listLokasi(db),
    listReferenceItems: (args) => listReferenceItems(db, args.list),
    createReferenceItem: (args) => master.createReferenceItem(db, args),
    updateReferenceItem: (args) => master.updateReferenceItem(db, args)
  }
}
