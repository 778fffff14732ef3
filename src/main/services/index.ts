import type Database from 'better-sqlite3'
import type { WithUndoState } from '../../shared/master'
import type { ChannelName } from '../../shared/channels'
import type { ApiResults, ValidArgs } from '../../shared/contract'
import { computeKeselarasan } from '../db/repositories/keselarasan'
import { listLokasi } from '../db/repositories/lokasi'
import { getPlanVersionId, listVersions } from '../db/repositories/nomenklatur'
import { listPerangkatDaerah } from '../db/repositories/perangkatDaerah'
import { getActivePeriod } from '../db/repositories/plan'
import { listReferenceItems } from '../db/repositories/referenceItems'
import { ImportJobs, type ParseFile } from './importJobs'
import * as indikator from './indikatorService'
import * as master from './masterService'
import { searchNomenklatur } from './nomenklaturSearch'
import * as plan from './planService'
import * as planRows from './planRowService'
import * as versionSwitch from './versionSwitch'
import { applyCellEdits } from './cellEdits'
import * as history from './history'

export type Handlers = { [K in ChannelName]: (args: ValidArgs<K>) => ApiResults[K] }

export interface HandlerOptions {
  /** Replaces the file parser (tests inject failures). */
  parseFile?: ParseFile
}

/** One handler per channel; both hosts (IPC and HTTP) call these after validation. */
const withUndoState = <T extends object>(db: Database.Database, result: T): T & WithUndoState => ({ ...result, undoState: history.undoState(db) })

export function createHandlers(db: Database.Database, options: HandlerOptions = {}): Handlers {
  const imports = new ImportJobs(db, options.parseFile)
  return {
    getPlan: () => plan.getPlan(db),
    attachSasaranToTujuan: (args) => plan.attachSasaranToTujuan(db, args),
    listIndikator: (args) => indikator.listIndikator(db, args),
    createIndikator: (args) => indikator.createIndikator(db, args),
    updateIndikator: (args) => indikator.updateIndikator(db, args),
    deleteIndikator: (args) => indikator.deleteIndikator(db, args),
    listPerangkatDaerah: () => listPerangkatDaerah(db),
    createPerangkatDaerah: (args) => master.createPerangkatDaerah(db, args),
    updatePerangkatDaerah: (args) => master.updatePerangkatDaerah(db, args),
    listPlanRows: () => planRows.listPlanRows(db),
    createPlanRow: (args) => planRows.createPlanRow(db, args),
    updatePlanRow: (args) => planRows.updatePlanRow(db, args),
    // Each step's reply says what is left to undo and redo (read after the step's transaction).
    deletePlanRow: (args) => withUndoState(db, planRows.deletePlanRow(db, args)),
    applyCellEdits: (args) => withUndoState(db, applyCellEdits(db, args)),
    createPlanRows: (args) => withUndoState(db, planRows.createPlanRows(db, args)),
    undo: () => withUndoState(db, history.undo(db)),
    redo: () => withUndoState(db, history.redo(db)),
    getUndoState: () => history.undoState(db),
    listHistory: (args) => history.listHistory(db, args),
    linkSasaran: (args) => planRows.linkSasaran(db, args),
    unlinkSasaran: (args) => planRows.unlinkSasaran(db, args),
    getKeselarasan: () => computeKeselarasan(db, getActivePeriod(db)),
    listNomenklaturVersions: () => listVersions(db, getPlanVersionId(db, getActivePeriod(db).id)),
    startNomenklaturImport: (args) => imports.start(args.fileName, Buffer.from(args.contentBase64, 'base64')),
    getNomenklaturImport: (args) => imports.status(args.jobId),
    confirmNomenklaturImport: (args) => imports.confirm(args.jobId, args.versionName),
    cancelNomenklaturImport: (args) => imports.cancel(args.jobId),
    searchNomenklatur: (args) => searchNomenklatur(db, args),
    previewVersionSwitch: (args) => versionSwitch.previewVersionSwitch(db, args),
    applyVersionSwitch: (args) => versionSwitch.applyVersionSwitch(db, args),
    undoChangeBatch: (args) => history.undoChangeBatch(db, args),
    listLokasi: () => listLokasi(db),
    listReferenceItems: (args) => listReferenceItems(db, args.list),
    createReferenceItem: (args) => master.createReferenceItem(db, args),
    updateReferenceItem: (args) => master.updateReferenceItem(db, args)
  }
}
