import type Database from 'better-sqlite3'
import type { HandlersOf } from '../handlerMap'
import * as printSettings from './printSettingsService'

// The print settings slice (Data Induk > Kop & penandatangan): kop, logo, signatories, defaults of a new report.

export type PrintSettingsChannel =
  'getPrintSettings' | 'updateKop' | 'setKopLogo' | 'createSignatory' | 'updateSignatory' | 'deleteSignatory' | 'updatePrintDefaults'

export function printSettingsHandlers(db: Database.Database): HandlersOf<PrintSettingsChannel> {
  return {
    getPrintSettings: () => printSettings.getPrintSettings(db),
    updateKop: (args) => printSettings.updateKop(db, args),
    setKopLogo: (args) => printSettings.setKopLogo(db, args),
    createSignatory: (args) => printSettings.createSignatory(db, args),
    updateSignatory: (args) => printSettings.updateSignatory(db, args),
    deleteSignatory: (args) => printSettings.deleteSignatory(db, args),
    updatePrintDefaults: (args) => printSettings.updatePrintDefaults(db, args)
  }
}
