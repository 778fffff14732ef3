// The RPJMD Kota Ternate 2021-2026 as written in its "Visi Misi" chapter. Wording is kept
// verbatim (including its spellings); tests/unit/db/seed.test.ts checks it against the source.

export interface SeedMisi {
  title: string
  tujuan: string[]
  sasaran: string[]
}

export interface SeedRpjmd {
  name: string
  firstYear: number
  lastYear: number
  visi: string
  motto: string
  misi: SeedMisi[]
}

export const RPJMD_2021_2026: SeedRpjmd = {
  name: 'RPJMD Kota Ternate 2021-2026',
  firstYear: 2021,
  lastYear: 2026,
  visi: 'Mewujudkan Kota Ternate yang Mandiri dan Berkeadilan',
  motto: 'Ternate Andalan',
  misi: [
    {
      title: 'Menciptakan Kemandirian Ekonomi Masyarakat, Sebagai Pusat Pertumbuhan Ekonomi Regional',
      tujuan: [
        'menciptakan pertumbuhan antar kawasan yang seimbang',
        'meningkatkan pertumbuhan ekonomi yang berkualitas',
        'mengoptimalkan pengendalian laju inflasi'
      ],
      sasaran: ['terciptanya keseimbangan pertumbuhan antar wilayah', 'meningkatnya pertumbuhan ekonomi yang berkualitas', 'optimalnya pengendalian inflasi']
    },
    {
      title: 'Terciptanya Tata Kelola Pemerintahan Yang Ekstraktif dan Responsif',
      tujuan: [
        'menghilangkan budaya patrimonialisme dalam penyelenggaraan pemerintahan daerah',
        'mengoptimalkan pengelolaan keuangan daerah yang berbasis kinerja',
        'mengoptimalkan intensifikasi dan ekstensifikasi sumber-sumber pendapatan daerah'
      ],
      sasaran: [
        'optimalnya sistem pemerintahan berbasis elektronik',
        'optimalnya implementasi manajemen ASN',
        'meningkatnya akuntabilitas kinerja',
        'optimalnya penerapan zona integritas',
        'meningkatnya akuntabilitas keuangan',
        'meningkatnya akuntabilitas pendapatan daerah'
      ]
    },
    {
      title: 'Meningkatkan Kemampuan Daerah Dalam Penyediaan Pelayanan Publik Yang Berkualitas',
      tujuan: ['meningkatkan pengawasan dan sistem pengendalian internal dalam pelayanan publik'],
      sasaran: [
        'optimalnya kualitas pelayanan publik (smart governance)',
        'meningkatnya mutu pendidikan kota ternate',
        'optimalnya implementasi pendidikan karakter dan keagamaan',
        'optimalnya capaian keluarga sehat'
      ]
    },
    {
      title: 'Menumbuh-kembangkan Kelembagaan Sosial Dalam Bingkai Kearifan Lokal (Adat seatorang)',
      tujuan: ['menyediakan lembaga dan informasi kearsipan sejarah, sosial dan budaya'],
      sasaran: [
        'optimalnya peran lembaga sosial budaya',
        'meningkatnya intensitas event seni dan budaya yang diselenggarakan',
        'optimalnya pembinaan kepemudaan dan olahraga'
      ]
    },
    {
      title: 'Setiap Warga Memiliki Hak Dan Kesempatan Yang Sama Dalam Berekonomi',
      tujuan: ['menciptakan lapangan kerja', 'menyediakan sarana dan prasarana sektor informal'],
      sasaran: ['Menurunnya Tingkat Pengangguran Terbuka (TPT)', 'Tersedianya Sarana Prasarana Sektor Informal']
    },
    {
      title:
        'Setiap Warga Masyarakat Memiliki Kedudukan Yang Sama Dimata Hukum Dan Memiliki Hak Dan Kesempatan Yang Sama Dalam Memperoleh Pelayanan Sarana Prasarana Perkotaan',
      tujuan: ['memetakan daya dukung dan daya tampung lingkungan'],
      sasaran: [
        'optimalnya pemenuhan sarana prasarana dan utilitas perumahan serta masih tingginya kawasan permukiman kumuh',
        'optimalnya tutupan lahan',
        'optimalnya pemanfaatan dan pengendalian pemanfaatan ruang',
        'optimalnya cakupan layanan air bersih',
        'optimalnya cakupan layanan sampah perkotaan',
        'optimalnya penataan sistem drainase',
        'optimalnya layanan transporasi perkotaan'
      ]
    },
    {
      title: 'Daerah Melindungi Masyarakat Yang Kurang Mampu',
      tujuan: [
        'melaksanakan tanggap darurat kerawanan bencana',
        'melakukan pemetaan wilayah rawan bencana',
        'melakukan penanganan dan penanggulangan dampak covid-19'
      ],
      sasaran: [
        'optimalnya mitigasi dan tanggap darurat bencana serta lemahnya koordinasi antar instansi terkait',
        'optimalnya pemantauan resiko bencana dan penetapan sistem peringatan dini',
        'optimalnya implementasi peraturan perundang-undangan kebencanaan dan kawasan rawan bencana',
        'optimalnya penanganan covid-19',
        'optimalnya penanganan kemiskinan',
        'optimalnya pola konsumsi pangan masyarakat'
      ]
    },
    {
      title: 'Daerah Memberikan Ruang Untuk Tumbuh Dan Berkembangnya Budaya Masyarakat Dengan Memperhatikan Sistem Nilai Dan Norma Sosial',
      tujuan: ['meningkatkan kerjasama antar lembaga sosial dan budaya yang ada di kota Ternate'],
      sasaran: ['optimalnya pengelolaan potensi konflik sosial', 'optimalnya pengarustamaan gender dan hak anak', 'optimalnya kota inklusif ramah disabilitas']
    }
  ]
}
