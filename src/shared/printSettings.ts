// What every printed page carries besides the report: the kop (letterhead) and the signatory.
// Stored in the database (Data Induk > Kop & penandatangan); the print view and the XLSX writer read them.
import type { Orientation, PaperSize } from './reports/options'

export interface KopSettings {
  /** "PEMERINTAH KOTA TERNATE" */
  government: string
  /** "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH" */
  agency: string
  address: string
  contact: string
  /** A PNG or SVG, at most 1 MB, as a data: URL (checked in main to be that image type). */
  logoDataUrl: string | null
}

export interface Signatory {
  id: number
  name: string
  /** Jabatan: "Kepala Bappelitbangda Kota Ternate". */
  title: string
  /** Pangkat/golongan: "Pembina Utama Muda (IV/c)". */
  pangkat: string
  /** 18 digits, stored without spaces; printed 8-6-1-3. */
  nip: string
}

export interface PrintSettings {
  kop: KopSettings
  defaultPaper: PaperSize
  defaultOrientation: Orientation
  signatories: Signatory[]
  /** The signatory a new report starts with; null = none yet. */
  defaultSignatoryId: number | null
}
