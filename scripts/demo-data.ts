/**
 * Demo data for trying and benchmarking Selaras:
 *
 *   npm run demo-data -- --scale N --data-dir DIR [--nomenklatur PATH] [--seed S] [--replace]
 *
 * Scale 1 is Kota Ternate's size (about 40 PD, 250 program rows, 700 kegiatan, 2,500 sub
 * kegiatan, pagu about Rp 1,1 triliun a year); scale N has N times the rows (up to 20) and
 * the same yearly total. The same seed gives the same plan. See scripts/demoData/.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/connection'
import { NomenklaturImportError } from '../src/main/nomenklatur/types'
import { formatRupiah } from '../src/shared/money'
import { MAX_SCALE } from './demoData/generate'
import { DEFAULT_SEED, DemoDataError, runDemoData } from './demoData/run'
import { seedFromText } from './demoData/random'

const DEFAULT_NOMENKLATUR = resolve(__dirname, '../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

const USAGE = `Pemakaian: npm run demo-data -- --scale N --data-dir FOLDER [--nomenklatur BERKAS] [--seed S] [--replace]
  --scale N          1 = ukuran Kota Ternate (±40 PD, 250 program, 700 kegiatan, 2.500 sub kegiatan); N = N kali barisnya (1-${MAX_SCALE})
  --data-dir FOLDER  folder selaras.db (dibuat bila belum ada); bawaan: SELARAS_DATA_DIR
  --nomenklatur B    ekspor SIPD yang diimpor bila rencana belum memakai nomenklatur
                     (bawaan: ../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx)
  --seed S           benih acak (bawaan ${DEFAULT_SEED}); benih yang sama, rencana yang sama
  --replace          hapus dulu semua baris rencana yang ada`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main(): Promise<void> {
  const started = performance.now()
  let values
  try {
    values = parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        'data-dir': { type: 'string' },
        nomenklatur: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`)
  }
  if (values.help) {
    console.log(USAGE)
    return
  }
  const scaleText = values.scale.trim()
  const scale = Number(scaleText)
  if (!/^\d+$/.test(scaleText) || scale < 1 || scale > MAX_SCALE) fail(`--scale harus bilangan bulat 1 sampai ${MAX_SCALE} (diberikan: ${values.scale}).`)
  const dataDir = values['data-dir'] ?? process.env.SELARAS_DATA_DIR
  if (!dataDir) fail(`Sebutkan folder data dengan --data-dir FOLDER.\n${USAGE}`)
  let nomenklaturPath: string | null
  if (values.nomenklatur !== undefined) {
    nomenklaturPath = resolve(values.nomenklatur)
    if (!existsSync(nomenklaturPath)) fail(`Berkas nomenklatur tidak ditemukan: ${nomenklaturPath}`)
  } else {
    nomenklaturPath = existsSync(DEFAULT_NOMENKLATUR) ? DEFAULT_NOMENKLATUR : null
  }
  const seed = seedFromText(values.seed)

  let db
  try {
    db = openDatabase(resolve(dataDir))
  } catch (error) {
    fail(`Basis data di ${resolve(dataDir)} tidak dapat dibuka: ${(error as Error).message}`)
  }
  try {
    const result = await runDemoData(db, { scale, seed, replace: values.replace, nomenklaturPath, log: (line) => console.log(line) })
    const { plan, versionName, versionSource, deletedRows } = result
    if (deletedRows > 0) console.log(`${deletedRows.toLocaleString('id-ID')} baris rencana lama dihapus (--replace).`)
    if (versionSource === 'none') {
      console.log(
        `Berkas nomenklatur tidak ada (${DEFAULT_NOMENKLATUR}); kode dibuat menurut pola U.BB.PP.K.KK.SSSS ` +
          'dan ditandai ⚠ sampai nomenklatur SIPD diimpor (Data Induk > Nomenklatur).'
      )
    } else if (versionSource === 'existing' && values.nomenklatur !== undefined) {
      console.log(`Rencana sudah memakai nomenklatur "${versionName}"; --nomenklatur diabaikan.`)
    }
    for (const note of plan.notes) console.log(note)
    const { counts } = plan
    const n = (value: number) => value.toLocaleString('id-ID')
    const pagu = plan.years.map((year, i) => `${year} Rp ${formatRupiah(plan.totals[i])}`).join(', ')
    const version =
      versionSource === 'none'
        ? 'kode tanpa nomenklatur'
        : `nomenklatur "${versionName}"${versionSource === 'imported' ? ' (diimpor)' : versionSource === 'reused' ? ' (impor sebelumnya dipakai)' : ''}`
    const took = ((performance.now() - started) / 1000).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    console.log(
      `Data contoh skala ${scale} (seed ${values.seed}) di ${resolve(dataDir)}: ${n(counts.perangkatDaerah)} perangkat daerah, ` +
        `${n(counts.program)} program, ${n(counts.kegiatan)} kegiatan, ${n(counts.subKegiatan)} sub kegiatan, ${n(counts.links)} tautan sasaran; ` +
        `pagu ${pagu}; ${version}; ${took} detik.`
    )
  } catch (error) {
    db.close()
    if (error instanceof DemoDataError || error instanceof NomenklaturImportError) fail(error.message)
    throw error
  }
  db.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
