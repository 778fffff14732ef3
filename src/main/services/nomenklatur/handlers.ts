import type Database from 'better-sqlite3'
import { getPlanVersionId, listVersions } from '../../db/repositories/nomenklatur'
import { getActivePeriod } from '../../db/repositories/rpjmd'
import type { HandlersOf } from '../handlerMap'
import { ImportJobs, type ParseFile } from './importJobs'
import { searchNomenklatur } from './nomenklaturSearch'
import * as versionSwitch from './versionSwitch'

// The nomenclature slice: SIPD versions, their import, code search, and moving the plan to another version.

export type NomenklaturChannel =
  | 'listNomenklaturVersions'
  | 'startNomenklaturImport'
  | 'getNomenklaturImport'
  | 'confirmNomenklaturImport'
  | 'cancelNomenklaturImport'
  | 'searchNomenklatur'
  | 'previewVersionSwitch'
  | 'applyVersionSwitch'

export function nomenklaturHandlers(db: Database.Database, parseFile?: ParseFile): HandlersOf<NomenklaturChannel> {
  const imports = new ImportJobs(db, parseFile)
  return {
    listNomenklaturVersions: () => listVersions(db, getPlanVersionId(db, getActivePeriod(db).id)),
    startNomenklaturImport: (args) => imports.start(args.fileName, Buffer.from(args.contentBase64, 'base64')),
    getNomenklaturImport: (args) => imports.status(args.jobId),
    confirmNomenklaturImport: (args) => imports.confirm(args.jobId, args.versionName),
    cancelNomenklaturImport: (args) => imports.cancel(args.jobId),
    searchNomenklatur: (args) => searchNomenklatur(db, args),
    previewVersionSwitch: (args) => versionSwitch.previewVersionSwitch(db, args),
    applyVersionSwitch: (args) => versionSwitch.applyVersionSwitch(db, args)
  }
}
