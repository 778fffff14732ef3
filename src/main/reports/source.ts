// Where the writers get a report and the print settings: the real builders and settings in the
// app, a fixture in tests. Both hosts (IPC and the web server) take one.
import type Database from 'better-sqlite3'
import type { PrintSettings } from '../../shared/printSettings'
import type { ReportDocument } from '../../shared/reports/document'
import type { ReportOptions } from '../../shared/reports/options'

export interface ReportSource {
  build: (options: ReportOptions) => ReportDocument
  settings: () => PrintSettings
}

export type ReportSourceFactory = (db: Database.Database) => ReportSource
