import type Database from 'better-sqlite3'
import { storeNomenklaturVersion } from '../../src/main/db/repositories/nomenklatur'
import type { NomenklaturSubKegiatan, ParsedNomenklatur } from '../../src/main/nomenklatur/types'

function sub(code: string, name: string, satuan: string, previousCode: string | null = null): NomenklaturSubKegiatan {
  return {
    code,
    name,
    kegiatanCode: code.split('.').slice(0, 5).join('.'),
    kinerja: `Terlaksananya ${name}`,
    indikator: `Jumlah ${name}`,
    satuan,
    tags: [],
    spm: false,
    jenis: 'Layanan',
    definisiOperasional: '',
    pelaksana: '',
    previousCode,
    previousName: null,
    sourceRow: 2
  }
}

/** A small nomenclature in two versions: in "2027" sub kegiatan 0028 became 0053 and 0099 vanished. */
export function smallNomenklatur(version: '2026' | '2027'): ParsedNomenklatur {
  const is2027 = version === '2027'
  return {
    bidang: [
      { code: '1.02', name: 'URUSAN PEMERINTAHAN BIDANG KESEHATAN' },
      { code: 'X.XX', name: 'URUSAN PEMERINTAHAN BIDANG XX' }
    ],
    program: [
      { code: '1.02.02', name: 'PROGRAM PEMENUHAN UPAYA KESEHATAN', bidangCode: '1.02' },
      { code: 'X.XX.01', name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', bidangCode: 'X.XX' }
    ],
    kegiatan: [
      { code: '1.02.02.2.02', name: 'Penyediaan Layanan Kesehatan', programCode: '1.02.02' },
      { code: 'X.XX.01.2.01', name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', programCode: 'X.XX.01' }
    ],
    subKegiatan: [
      sub('1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', 'Orang'),
      is2027
        ? sub('1.02.02.2.02.0053', 'Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB', 'Paket', '1.02.02.2.02.0028')
        : sub('1.02.02.2.02.0028', 'Pengambilan dan Pengiriman Spesimen Penyakit Potensial KLB', 'Paket'),
      ...(is2027 ? [] : [sub('1.02.02.2.02.0099', 'Kegiatan yang dihapus', 'Unit')]),
      sub('X.XX.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 'Dokumen')
    ]
  }
}

export function storeSmallVersion(db: Database.Database, version: '2026' | '2027'): number {
  const parsed = smallNomenklatur(version)
  return storeNomenklaturVersion(db, {
    name: `Uji ${version}`,
    parsed,
    preview: {
      fileName: `uji-${version}.xlsx`,
      sha256: `sha-${version}`,
      totalRows: parsed.subKegiatan.length,
      counts: { bidang: parsed.bidang.length, program: parsed.program.length, kegiatan: parsed.kegiatan.length, subKegiatan: parsed.subKegiatan.length },
      skipped: []
    }
  })
}
