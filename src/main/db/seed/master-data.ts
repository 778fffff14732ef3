import type Database from 'better-sqlite3'
import { STARTING_PERANGKAT_DAERAH } from './perangkat-daerah'
import { BAHIM_KECAMATAN_NAMES, WILAYAH_KOTA_TERNATE } from './wilayah-ternate'

type Db = Database.Database

export const LOKASI_GROUPS = {
  semuaKecamatan: { code: 'KELOMPOK.SEMUA', name: 'Semua Kecamatan' },
  bahim: { code: 'KELOMPOK.BAHIM', name: 'BAHIM (Batang Dua, Hiri, Moti)' }
} as const

export function seedLokasi(db: Db): void {
  const insert = db.prepare('INSERT INTO lokasi (code, name, level, parent_code) VALUES (?, ?, ?, ?)')
  for (const [code, name, level] of WILAYAH_KOTA_TERNATE) {
    const parent =
      level === 'kota'
        ? null
        : code
            .split('.')
            .slice(0, level === 'kecamatan' ? 2 : 3)
            .join('.')
    insert.run(code, name, level, parent)
  }
  const kecamatan = db.prepare(`SELECT id, name FROM lokasi WHERE level = 'kecamatan' ORDER BY code`).all() as Array<{ id: number; name: string }>
  const addMember = db.prepare('INSERT INTO lokasi_kelompok_anggota (kelompok_id, anggota_id) VALUES (?, ?)')
  const addGroup = (group: { code: string; name: string }, members: Array<{ id: number }>) => {
    const id = Number(insert.run(group.code, group.name, 'kelompok', '82.71').lastInsertRowid)
    for (const member of members) addMember.run(id, member.id)
  }
  addGroup(LOKASI_GROUPS.semuaKecamatan, kecamatan)
  addGroup(
    LOKASI_GROUPS.bahim,
    kecamatan.filter((entry) => BAHIM_KECAMATAN_NAMES.includes(entry.name))
  )
}

// Starting values the analyst edits: funding sources seen in Ternate's budgets, the
// national priorities of RPJMN 2025-2029 (Asta Cita), and the thematic tags of the roadmap.
const STARTING_LISTS: Record<string, Array<[code: string, name: string]>> = {
  sumber_dana: [
    ['PAD', 'Pendapatan Asli Daerah (PAD)'],
    ['DAU', 'Dana Alokasi Umum (DAU)'],
    ['DBH', 'Dana Bagi Hasil (DBH)'],
    ['DAK-F', 'DAK Fisik'],
    ['DAK-NF', 'DAK Non Fisik'],
    ['DID', 'Dana Insentif Daerah / Insentif Fiskal'],
    ['BANKEU', 'Bantuan Keuangan Provinsi'],
    ['LAIN', 'Lain-lain Pendapatan Daerah yang Sah']
  ],
  prioritas_nasional: [
    ['PN1', 'Memperkokoh ideologi Pancasila, demokrasi, dan hak asasi manusia'],
    [
      'PN2',
      'Memantapkan sistem pertahanan keamanan negara dan mendorong kemandirian bangsa melalui swasembada pangan, energi, air, ekonomi kreatif, ekonomi hijau, dan ekonomi biru'
    ],
    [
      'PN3',
      'Meningkatkan lapangan kerja yang berkualitas, mendorong kewirausahaan, mengembangkan industri kreatif, serta melanjutkan pengembangan infrastruktur'
    ],
    [
      'PN4',
      'Memperkuat pembangunan sumber daya manusia, sains, teknologi, pendidikan, kesehatan, prestasi olahraga, kesetaraan gender, serta penguatan peran perempuan, pemuda, dan penyandang disabilitas'
    ],
    ['PN5', 'Melanjutkan hilirisasi dan mengembangkan industri berbasis sumber daya alam untuk meningkatkan nilai tambah di dalam negeri'],
    ['PN6', 'Membangun dari desa dan dari bawah untuk pertumbuhan ekonomi, pemerataan ekonomi, dan pemberantasan kemiskinan'],
    ['PN7', 'Memperkuat reformasi politik, hukum, dan birokrasi, serta memperkuat pencegahan dan pemberantasan korupsi dan narkoba'],
    [
      'PN8',
      'Memperkuat penyelarasan kehidupan yang harmonis dengan lingkungan, alam, dan budaya, serta peningkatan toleransi antarumat beragama untuk mencapai masyarakat yang adil dan makmur'
    ]
  ],
  tag: [
    ['SPM', 'Standar Pelayanan Minimal (SPM)'],
    ['STUNTING', 'Percepatan penurunan stunting'],
    ['GENDER', 'Anggaran responsif gender'],
    ['INFLASI', 'Pengendalian inflasi'],
    ['KEMISKINAN', 'Penghapusan kemiskinan ekstrem'],
    ['IKLIM', 'Perubahan iklim']
  ]
}

export function seedReferenceLists(db: Db): void {
  const insert = db.prepare('INSERT INTO reference_item (list, code, name, position) VALUES (?, ?, ?, ?)')
  for (const [list, items] of Object.entries(STARTING_LISTS)) {
    items.forEach(([code, name], index) => insert.run(list, code, name, index + 1))
  }
  seedPrioritasDaerahFromMisi(db)
}

/** Prioritas daerah start from the active RPJMD's misi; the RKPD of each year refines them. */
export function seedPrioritasDaerahFromMisi(db: Db): void {
  const existing = db.prepare(`SELECT COUNT(*) AS n FROM reference_item WHERE list = 'prioritas_daerah'`).get() as { n: number }
  if (existing.n > 0) return
  const insert = db.prepare('INSERT INTO reference_item (list, code, name, position) VALUES (?, ?, ?, ?)')
  const misi = db
    .prepare(
      `SELECT m.number, m.title FROM misi m JOIN rpjmd_period p ON p.id = m.rpjmd_period_id
       WHERE p.id = (SELECT CAST(value AS INTEGER) FROM app_setting WHERE key = 'active_rpjmd_period_id') ORDER BY m.number`
    )
    .all() as Array<{ number: number; title: string }>
  for (const entry of misi) insert.run('prioritas_daerah', `PD${entry.number}`, entry.title, entry.number)
}

/** Bidang of the starting PD list, matched by name so renamed rows are left alone. */
export function seedPerangkatDaerahBidang(db: Db): void {
  const find = db.prepare('SELECT id FROM perangkat_daerah WHERE name = ? AND from_starting_list = 1')
  const insert = db.prepare('INSERT OR IGNORE INTO perangkat_daerah_bidang (perangkat_daerah_id, bidang_code, position) VALUES (?, ?, ?)')
  for (const pd of STARTING_PERANGKAT_DAERAH) {
    const row = find.get(pd.name) as { id: number } | undefined
    if (row) pd.bidang.forEach((code, index) => insert.run(row.id, code, index + 1))
  }
}
