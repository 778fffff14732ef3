import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { PerangkatDaerah } from '../../../shared/domain'
import type { ReferenceItem } from '../../../shared/master'
import * as pdRepo from '../../db/repositories/perangkatDaerah'
import * as refRepo from '../../db/repositories/referenceItems'
import { ServiceError, invalid, notFound } from '../errors'

type Db = Database.Database
type PdFields = pdRepo.PerangkatDaerahFields

function checkPerangkatDaerah(db: Db, fields: PdFields, id?: number): void {
  if (fields.validFrom !== null && fields.validTo !== null && fields.validTo < fields.validFrom) {
    throw invalid('Tahun berakhir tidak boleh sebelum tahun mulai berlaku.')
  }
  if (fields.successorId !== null) {
    if (fields.successorId === id) throw invalid('Perangkat daerah tidak dapat menjadi penggantinya sendiri.')
    if (!pdRepo.findPerangkatDaerah(db, fields.successorId)) throw notFound('Perangkat daerah pengganti tidak ditemukan.')
    if (fields.validTo === null) throw invalid('Isi tahun berakhir bila perangkat daerah ini digantikan yang lain.')
  }
  if (fields.code) {
    const existing = pdRepo.findPerangkatDaerahByCode(db, fields.code)
    if (existing && existing.id !== id) throw new ServiceError('CONFLICT', `Kode perangkat daerah ${fields.code} sudah dipakai.`)
  }
  if (new Set(fields.bidang).size !== fields.bidang.length) throw invalid('Bidang urusan ada yang tertulis dua kali.')
}

const toFields = ({ code, name, shortName, bidang, validFrom, validTo, successorId }: PdFields): PdFields => ({
  code: code || null,
  name,
  shortName,
  bidang,
  validFrom,
  validTo,
  successorId
})

export function createPerangkatDaerah(db: Db, args: ValidArgs<'createPerangkatDaerah'>): PerangkatDaerah {
  const fields = toFields(args)
  checkPerangkatDaerah(db, fields)
  const id = db.transaction(() => pdRepo.insertPerangkatDaerah(db, fields))()
  return pdRepo.findPerangkatDaerah(db, id) as PerangkatDaerah
}

/** Rows owned by a PD keep pointing at it when it is renamed, merged or ends: history stays. */
export function updatePerangkatDaerah(db: Db, args: ValidArgs<'updatePerangkatDaerah'>): PerangkatDaerah {
  const { perangkatDaerahId, ...rest } = args
  if (!pdRepo.findPerangkatDaerah(db, perangkatDaerahId)) throw notFound(`Perangkat daerah (id ${perangkatDaerahId}) tidak ditemukan.`)
  const fields = toFields(rest)
  checkPerangkatDaerah(db, fields, perangkatDaerahId)
  db.transaction(() => pdRepo.updatePerangkatDaerahRow(db, perangkatDaerahId, fields))()
  return pdRepo.findPerangkatDaerah(db, perangkatDaerahId) as PerangkatDaerah
}

export function createReferenceItem(db: Db, args: ValidArgs<'createReferenceItem'>): ReferenceItem {
  if (refRepo.findReferenceItemByName(db, args.list, args.name)) throw new ServiceError('CONFLICT', `"${args.name}" sudah ada di daftar ini.`)
  const id = refRepo.insertReferenceItem(db, args.list, args.code, args.name)
  return refRepo.findReferenceItem(db, id) as ReferenceItem
}

export function updateReferenceItem(db: Db, args: ValidArgs<'updateReferenceItem'>): ReferenceItem {
  const current = refRepo.findReferenceItem(db, args.referenceItemId)
  if (!current) throw notFound(`Isian daftar (id ${args.referenceItemId}) tidak ditemukan.`)
  const clash = refRepo.findReferenceItemByName(db, current.list, args.name)
  if (clash && clash.id !== current.id) throw new ServiceError('CONFLICT', `"${args.name}" sudah ada di daftar ini.`)
  refRepo.updateReferenceItemRow(db, current.id, args.code, args.name, args.active)
  return refRepo.findReferenceItem(db, current.id) as ReferenceItem
}
