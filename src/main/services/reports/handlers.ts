import type Database from 'better-sqlite3'
import type { HandlersOf } from '../handlerMap'
import { buildReport } from './index'

// The reports slice: the report data the Cetak screen previews and prints.

export type ReportChannel = 'getReport'

export function reportHandlers(db: Database.Database): HandlersOf<ReportChannel> {
  return {
    getReport: (args) => buildReport(db, args)
  }
}
