import type Database from 'better-sqlite3'
import type { HandlersOf } from '../handlerMap'
import { withUndoState } from '../changeLog/undoRedo'
import { applyCellEdits } from './cellEdits'
import * as planRows from './planRowService'

// The plan rows slice: programs, kegiatan and sub kegiatan with their cells and sasaran links.

export type PlanRowChannel =
  'listPlanRows' | 'createPlanRow' | 'updatePlanRow' | 'deletePlanRow' | 'applyCellEdits' | 'createPlanRows' | 'linkSasaran' | 'unlinkSasaran'

export function planRowHandlers(db: Database.Database): HandlersOf<PlanRowChannel> {
  return {
    listPlanRows: () => planRows.listPlanRows(db),
    createPlanRow: (args) => planRows.createPlanRow(db, args),
    updatePlanRow: (args) => planRows.updatePlanRow(db, args),
    // Each step's reply says what is left to undo and redo.
    deletePlanRow: (args) => withUndoState(db, planRows.deletePlanRow(db, args)),
    applyCellEdits: (args) => withUndoState(db, applyCellEdits(db, args)),
    createPlanRows: (args) => withUndoState(db, planRows.createPlanRows(db, args)),
    linkSasaran: (args) => planRows.linkSasaran(db, args),
    unlinkSasaran: (args) => planRows.unlinkSasaran(db, args)
  }
}
