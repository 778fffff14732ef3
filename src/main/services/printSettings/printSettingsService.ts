import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { WithUndoState } from '../../../shared/changeLog'
import type { PrintSettings } from '../../../shared/printSettings'
import type { PrintSettingsView } from '../../../shared/printLogo'
import { formatNip } from '../../../shared/reports/format'
import * as changeLog from '../../db/repositories/changeLog'
import * as repo from '../../db/repositories/printSettings'
import { withUndoState } from '../changeLog/undoRedo'
import { osUser } from '../common'
import { ServiceError, notFound } from '../errors'
import { checkLogo } from './logoCheck'

// Print settings as steps of the change log: each change is one batch (undo and redo replay
// it like a cell edit). print_setting entries name a column of the one settings row;
// signatory entries hold the whole signatory as JSON (null while it does not exist).

type Db = Database.Database
type Reply = PrintSettingsView & WithUndoState

/** The print settings for the print view and the writers: the kop with its logo as a data: URL. */
export function readPrintSettings(db: Db): PrintSettings {
  const { logo: _logo, ...settings } = repo.readPrintSettingsView(db)
  return settings
}

export const getPrintSettings = (db: Db): PrintSettingsView => repo.readPrintSettingsView(db)

const reply = (db: Db): Reply => withUndoState(db, repo.readPrintSettingsView(db))

const settingEntry = (column: repo.PrintSettingColumn, oldValue: changeLog.ChangeValue, newValue: changeLog.ChangeValue): changeLog.ChangeEntry => ({
  tableName: 'print_setting',
  rowId: repo.PRINT_SETTING_ROW_ID,
  field: column,
  oldValue,
  newValue
})

/** Writes the entries' new values and records them as one step, in one transaction; nothing when nothing changes. */
function record(db: Db, kind: string, description: string, entries: changeLog.ChangeEntry[], before?: () => void): void {
  const changed = entries.filter((entry) => entry.oldValue !== entry.newValue)
  if (changed.length === 0) return
  db.transaction(() => {
    before?.()
    for (const entry of changed) changeLog.writeValue(db, entry, entry.newValue)
    changeLog.recordBatch(db, { osUser: osUser(), kind, description, entries: changed })
  })()
}

/** Entries for the columns whose value differs from what is stored. */
function settingChanges(db: Db, values: Partial<Record<repo.PrintSettingColumn, string | number | null>>): changeLog.ChangeEntry[] {
  return Object.entries(values).map(([column, value]) => {
    const key = column as repo.PrintSettingColumn
    return settingEntry(key, repo.readPrintSettingValue(db, key), value ?? null)
  })
}

export function updateKop(db: Db, args: ValidArgs<'updateKop'>): Reply {
  record(db, 'print:kop', 'Ubah kop surat', settingChanges(db, args))
  return reply(db)
}

export function setKopLogo(db: Db, args: ValidArgs<'setKopLogo'>): Reply {
  if (args.logo === null) {
    record(db, 'print:logo', 'Hapus logo kop', settingChanges(db, { logo_id: null }))
    return reply(db)
  }
  // Checked before anything is written.
  const logo = checkLogo(args.logo.fileName, args.logo.dataBase64)
  db.transaction(() => {
    const logoId = repo.storeLogo(db, logo)
    record(db, 'print:logo', `Ganti logo kop (${logo.fileName})`, settingChanges(db, { logo_id: logoId }))
  })()
  return reply(db)
}

const signatoryLabel = (fields: { name: string; nip: string }) => `${fields.name} (NIP ${formatNip(fields.nip)})`

export function createSignatory(db: Db, args: ValidArgs<'createSignatory'>): Reply & { signatoryId: number } {
  const signatoryId = db.transaction(() => {
    const id = repo.insertSignatory(db, args)
    const entries: changeLog.ChangeEntry[] = [{ tableName: 'signatory', rowId: id, field: 'row', oldValue: null, newValue: repo.signatorySnapshot(db, id) }]
    // The first signatory becomes the default, so the Cetak screen starts with someone to sign.
    if (repo.readPrintSettingValue(db, 'default_signatory_id') === null) {
      const defaultEntry = settingEntry('default_signatory_id', null, id)
      changeLog.writeValue(db, defaultEntry, id)
      entries.push(defaultEntry)
    }
    changeLog.recordBatch(db, { osUser: osUser(), kind: 'signatory:create', description: `Tambah penandatangan ${signatoryLabel(args)}`, entries })
    return id
  })()
  return { ...reply(db), signatoryId }
}

function existingSignatory(db: Db, signatoryId: number) {
  const found = repo.findSignatory(db, signatoryId)
  if (!found) throw notFound(`Penandatangan (id ${signatoryId}) tidak ditemukan; mungkin sudah dihapus.`)
  return found
}

export function updateSignatory(db: Db, args: ValidArgs<'updateSignatory'>): Reply {
  const { signatoryId, ...fields } = args
  existingSignatory(db, signatoryId)
  const entry: changeLog.ChangeEntry = {
    tableName: 'signatory',
    rowId: signatoryId,
    field: 'row',
    oldValue: repo.signatorySnapshot(db, signatoryId),
    newValue: JSON.stringify({ id: signatoryId, ...fields })
  }
  record(db, 'signatory:update', `Ubah penandatangan ${signatoryLabel(fields)}`, [entry])
  return reply(db)
}

export function deleteSignatory(db: Db, args: ValidArgs<'deleteSignatory'>): Reply {
  const found = existingSignatory(db, args.signatoryId)
  const entries: changeLog.ChangeEntry[] = []
  // No longer the default first, then gone: undo (backwards) puts it back, then makes it the default again.
  if (repo.readPrintSettingValue(db, 'default_signatory_id') === found.id) entries.push(settingEntry('default_signatory_id', found.id, null))
  entries.push({ tableName: 'signatory', rowId: found.id, field: 'row', oldValue: repo.signatorySnapshot(db, found.id), newValue: null })
  record(db, 'signatory:delete', `Hapus penandatangan ${signatoryLabel(found)}`, entries)
  return reply(db)
}

export function updatePrintDefaults(db: Db, args: ValidArgs<'updatePrintDefaults'>): Reply {
  if (args.defaultSignatoryId !== null && !repo.findSignatory(db, args.defaultSignatoryId)) {
    throw new ServiceError('NOT_FOUND', 'Penandatangan yang dipilih tidak ditemukan; mungkin sudah dihapus.')
  }
  const entries = settingChanges(db, {
    default_paper: args.defaultPaper,
    default_orientation: args.defaultOrientation,
    default_signatory_id: args.defaultSignatoryId
  })
  record(db, 'print:defaults', 'Ubah bawaan cetak', entries)
  return reply(db)
}
