import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { RpjmdView, Sasaran } from '../../../shared/domain'
import { findSasaran, findTujuan, getRpjmdView, setSasaranTujuan } from '../../db/repositories/rpjmd'
import { invalid, notFound } from '../errors'

export function getRpjmd(db: Database.Database): RpjmdView {
  return getRpjmdView(db)
}

export function attachSasaranToTujuan(db: Database.Database, args: ValidArgs<'attachSasaranToTujuan'>): Sasaran {
  const sasaran = findSasaran(db, args.sasaranId)
  if (!sasaran) throw notFound(`Sasaran (id ${args.sasaranId}) tidak ditemukan.`)
  if (args.tujuanId !== null) {
    const tujuan = findTujuan(db, args.tujuanId)
    if (!tujuan) throw notFound(`Tujuan (id ${args.tujuanId}) tidak ditemukan.`)
    if (tujuan.misiId !== sasaran.misiId) {
      throw invalid(`Sasaran ${sasaran.label} hanya dapat dikaitkan dengan tujuan dari misi yang sama.`)
    }
  }
  setSasaranTujuan(db, args.sasaranId, args.tujuanId)
  return findSasaran(db, args.sasaranId) as Sasaran
}
