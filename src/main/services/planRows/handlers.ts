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
    // Each step's reply says what is left to undo and redo.
    createPlanRow: (args) => withUndoState(db, planRows.createPlanRow(db, args)),
    updatePlanRow: (args) => withUndoState(db, planRows.updatePlanRow(db, args)),
    deletePlanRow: (args) => withUndoState(db, planRows.deletePlanRow(db, args)),
    applyCellEdits: (args) => withUndoState(db, applyCellEdits(db, args)),
    createPlanRows: (args) => withUndoState(db, planRows.createPlanRows(db, args)),
    linkSasaran: (args) => withUndoState(db, planRows.linkSasaran(db, args)),
    unlinkSasaran: (args) => withUndoState(db, planRows.unlinkSasaran(db, args))
  }
}
