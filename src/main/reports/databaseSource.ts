// The app's ReportSource: the report builders and the print settings, on the open database.
import type Database from 'better-sqlite3'
import { readPrintSettings } from '../services/printSettings/printSettingsService'
import { buildReport } from '../services/reports'
import type { ReportSource } from './source'

export function databaseReportSource(db: Database.Database): ReportSource {
  return {
    build: (options) => buildReport(db, options),
    settings: () => readPrintSettings(db)
  }
}
