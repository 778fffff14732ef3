// A starting list of Kota Ternate's perangkat daerah, for the analyst to correct: names
// follow the usual organisation of a kota and bidang the usual split of urusan; official
// unit codes are left for the analyst to fill in. The UI marks these rows as unchecked.
export interface StartingPerangkatDaerah {
  name: string
  shortName: string
  /** Bidang urusan codes the PD runs (nomenclature U.BB). */
  bidang: string[]
}

export const STARTING_PERANGKAT_DAERAH: StartingPerangkatDaerah[] = [
  { name: 'Sekretariat Daerah', shortName: 'Setda', bidang: ['4.01'] },
  { name: 'Sekretariat DPRD', shortName: 'Setwan', bidang: ['4.02'] },
  { name: 'Inspektorat Daerah', shortName: 'Inspektorat', bidang: ['6.01'] },
  { name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', shortName: 'Bappelitbangda', bidang: ['5.01', '5.05'] },
  { name: 'Badan Pengelolaan Keuangan dan Aset Daerah', shortName: 'BPKAD', bidang: ['5.02'] },
  { name: 'Badan Pendapatan Daerah', shortName: 'Bapenda', bidang: ['5.02'] },
  { name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', shortName: 'BKPSDM', bidang: ['5.03', '5.04'] },
  { name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', bidang: ['1.05'] },
  { name: 'Badan Kesatuan Bangsa dan Politik', shortName: 'Kesbangpol', bidang: ['8.01'] },
  { name: 'Dinas Pendidikan', shortName: 'Disdik', bidang: ['1.01'] },
  { name: 'Dinas Kesehatan', shortName: 'Dinkes', bidang: ['1.02', '2.14'] },
  { name: 'Rumah Sakit Umum Daerah Kota Ternate', shortName: 'RSUD', bidang: ['1.02'] },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'PUPR', bidang: ['1.03'] },
  { name: 'Dinas Perumahan dan Kawasan Permukiman', shortName: 'Perkim', bidang: ['1.04', '2.10'] },
  { name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', bidang: ['1.05'] },
  { name: 'Dinas Sosial', shortName: 'Dinsos', bidang: ['1.06'] },
  { name: 'Dinas Tenaga Kerja', shortName: 'Disnaker', bidang: ['2.07'] },
  { name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', shortName: 'DP3A', bidang: ['2.08'] },
  { name: 'Dinas Ketahanan Pangan', shortName: 'DKP', bidang: ['2.09'] },
  { name: 'Dinas Lingkungan Hidup', shortName: 'DLH', bidang: ['2.11'] },
  { name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', bidang: ['2.12'] },
  { name: 'Dinas Perhubungan', shortName: 'Dishub', bidang: ['2.15'] },
  { name: 'Dinas Komunikasi, Informatika dan Persandian', shortName: 'Diskominfo', bidang: ['2.16', '2.20', '2.21'] },
  { name: 'Dinas Koperasi dan Usaha Kecil Menengah', shortName: 'Diskop UKM', bidang: ['2.17'] },
  { name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', shortName: 'DPMPTSP', bidang: ['2.18'] },
  { name: 'Dinas Pemuda dan Olahraga', shortName: 'Dispora', bidang: ['2.19'] },
  { name: 'Dinas Kebudayaan', shortName: 'Disbud', bidang: ['2.22'] },
  { name: 'Dinas Perpustakaan dan Kearsipan', shortName: 'Dispusip', bidang: ['2.23', '2.24'] },
  { name: 'Dinas Perikanan', shortName: 'Diskan', bidang: ['3.25'] },
  { name: 'Dinas Pertanian', shortName: 'Distan', bidang: ['3.27'] },
  { name: 'Dinas Pariwisata', shortName: 'Dispar', bidang: ['3.26'] },
  { name: 'Dinas Perindustrian dan Perdagangan', shortName: 'Disperindag', bidang: ['3.30', '3.31'] },
  { name: 'Kecamatan Pulau Ternate', shortName: 'Kec. Pulau Ternate', bidang: ['7.01'] },
  { name: 'Kecamatan Kota Ternate Selatan', shortName: 'Kec. Ternate Selatan', bidang: ['7.01'] },
  { name: 'Kecamatan Kota Ternate Utara', shortName: 'Kec. Ternate Utara', bidang: ['7.01'] },
  { name: 'Kecamatan Kota Ternate Tengah', shortName: 'Kec. Ternate Tengah', bidang: ['7.01'] },
  { name: 'Kecamatan Ternate Barat', shortName: 'Kec. Ternate Barat', bidang: ['7.01'] },
  { name: 'Kecamatan Moti', shortName: 'Kec. Moti', bidang: ['7.01'] },
  { name: 'Kecamatan Pulau Batang Dua', shortName: 'Kec. Batang Dua', bidang: ['7.01'] },
  { name: 'Kecamatan Pulau Hiri', shortName: 'Kec. Hiri', bidang: ['7.01'] }
]
