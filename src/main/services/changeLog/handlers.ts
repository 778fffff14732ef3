import type Database from 'better-sqlite3'
import type { HandlersOf } from '../handlerMap'
import { listHistory } from './historyLines'
import * as undoRedo from './undoRedo'

// The change log and undo slice: undo / redo of the last step, undo of a named step, Riwayat.

export type ChangeLogChannel = 'undo' | 'redo' | 'getUndoState' | 'undoChangeBatch' | 'listHistory'

export function changeLogHandlers(db: Database.Database): HandlersOf<ChangeLogChannel> {
  return {
    undo: () => undoRedo.withUndoState(db, undoRedo.undo(db)),
    redo: () => undoRedo.withUndoState(db, undoRedo.redo(db)),
    getUndoState: () => undoRedo.undoState(db),
    undoChangeBatch: (args) => undoRedo.undoChangeBatch(db, args),
    listHistory: (args) => listHistory(db, args)
  }
}
