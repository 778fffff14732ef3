import { useState } from 'react'
import type { Lokasi } from '../../../../shared/master'
import { call } from '../../api/client'
import { useLoad } from '../../useLoad'

const loadLokasi = () => call('listLokasi', {})

function KecamatanItem({ kecamatan, kelurahan }: { kecamatan: Lokasi; kelurahan: Lokasi[] }) {
  const [open, setOpen] = useState(false)
  const bodyId = `lokasi-${kecamatan.code}`
  return (
    <li className="kecamatan" data-testid={`kecamatan-${kecamatan.code}`}>
      <button type="button" className="kecamatan-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span className="caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="kecamatan-name">{kecamatan.name}</span> <span className="code">{kecamatan.code}</span>{' '}
        <span className="muted">{kelurahan.length} kelurahan</span>
      </button>
      {open && (
        <ul id={bodyId} className="kelurahan-list" aria-label={`Kelurahan di ${kecamatan.name}`}>
          {kelurahan.map((entry) => (
            <li key={entry.id}>
              <span className="code">{entry.code}</span> {entry.name}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** Kota Ternate, its kecamatan and kelurahan (Kemendagri codes) and the kelompok used in plans. Read-only. */
export function LokasiPanel() {
  const lokasi = useLoad(loadLokasi)
  if (lokasi.error) return <p role="alert">{lokasi.error}</p>
  if (!lokasi.data) return <p aria-busy="true">Memuat lokasi…</p>

  const all = lokasi.data
  const byId = new Map(all.map((entry) => [entry.id, entry]))
  const kota = all.find((entry) => entry.level === 'kota')
  // The widest group (Semua Kecamatan) first.
  const kelompok = all.filter((entry) => entry.level === 'kelompok').sort((a, b) => b.memberIds.length - a.memberIds.length)
  const kecamatan = all.filter((entry) => entry.level === 'kecamatan')
  const kelurahan = all.filter((entry) => entry.level === 'kelurahan')

  return (
    <section className="lokasi-panel" aria-labelledby="lokasi-title">
      <h2 id="lokasi-title">Lokasi</h2>
      <p className="muted">Wilayah menurut kode Kemendagri. Daftar ini hanya untuk dibaca.</p>
      <p className="lokasi-kota">
        <strong>{kota?.name ?? 'Kota Ternate'}</strong> {kota && <span className="code">{kota.code}</span>}{' '}
        <span data-testid="lokasi-counts">
          {kecamatan.length} kecamatan, {kelurahan.length} kelurahan
        </span>
      </p>
      <h3>Kelompok</h3>
      <dl className="kelompok-list">
        {kelompok.map((group) => (
          <div key={group.id} data-testid={`kelompok-${group.code}`}>
            <dt>{group.name}</dt>
            <dd>
              {group.memberIds
                .map((memberId) => byId.get(memberId)?.name)
                .filter((name): name is string => name !== undefined)
                .join(', ')}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Kecamatan</h3>
      <ul className="kecamatan-list">
        {kecamatan.map((entry) => (
          <KecamatanItem key={entry.id} kecamatan={entry} kelurahan={kelurahan.filter((child) => child.parentCode === entry.code)} />
        ))}
      </ul>
    </section>
  )
}
