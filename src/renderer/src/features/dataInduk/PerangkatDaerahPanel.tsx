import { useMemo, useState } from 'react'
import type { PerangkatDaerah } from '../../../../shared/domain'
import { call } from '../../api/client'
import { useLoad } from '../../useLoad'
import { AddPerangkatDaerahForm } from './AddPerangkatDaerahForm'
import { PerangkatDaerahRow } from './PerangkatDaerahRow'

const loadPerangkatDaerah = () => call('listPerangkatDaerah', {})

function matches(pd: PerangkatDaerah, filter: string): boolean {
  if (filter === '') return true
  return [pd.name, pd.shortName, pd.code ?? ''].some((value) => value.toLowerCase().includes(filter))
}

/** The perangkat daerah with their bidang urusan and history (berlaku dari/sampai, pengganti). */
export function PerangkatDaerahPanel() {
  const list = useLoad(loadPerangkatDaerah)
  const [filter, setFilter] = useState('')
  const all = list.data
  const shown = useMemo(() => (all ?? []).filter((pd) => matches(pd, filter.trim().toLowerCase())), [all, filter])

  if (list.error) return <p role="alert">{list.error}</p>
  if (!all) return <p aria-busy="true">Memuat perangkat daerah…</p>

  const replace = (saved: PerangkatDaerah) => list.setData(all.map((pd) => (pd.id === saved.id ? saved : pd)))
  const add = (created: PerangkatDaerah) => list.setData([...all, created])
  const unchecked = all.filter((pd) => pd.fromStartingList).length

  return (
    <section className="pd-panel" aria-labelledby="pd-title">
      <h2 id="pd-title">Perangkat Daerah</h2>
      {unchecked > 0 && (
        <p className="banner" role="note" data-testid="pd-starting-list-banner">
          Daftar awal perangkat daerah adalah titik mulai dan belum tentu sesuai susunan organisasi terbaru. Periksa setiap baris; baris yang sudah disimpan
          tidak lagi ditandai.
          <span className="muted"> ({unchecked} baris belum diperiksa)</span>
        </p>
      )}
      <p className="muted">
        Bila perangkat daerah digabung atau berganti nama: isi &apos;berlaku sampai&apos; dan &apos;digantikan oleh&apos; pada yang lama, lalu tambah yang baru.
        Program yang lama tetap tercatat pada perangkat daerah lamanya.
      </p>
      <div className="toolbar">
        <label className="filter">
          <span>Saring</span>
          <input
            type="search"
            aria-label="Saring perangkat daerah"
            placeholder="nama, singkatan atau kode"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
        <span className="muted">{shown.length === all.length ? `${all.length} perangkat daerah` : `${shown.length} dari ${all.length} perangkat daerah`}</span>
      </div>
      <table className="master-table pd-table">
        <thead>
          <tr>
            <th scope="col">Kode</th>
            <th scope="col">Nama</th>
            <th scope="col">Singkatan</th>
            <th scope="col">Bidang urusan</th>
            <th scope="col">Berlaku dari</th>
            <th scope="col">Berlaku sampai</th>
            <th scope="col">Digantikan oleh</th>
            <th scope="col">
              <span className="visually-hidden">Tindakan</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((pd) => (
            <PerangkatDaerahRow key={pd.id} pd={pd} all={all} onSaved={replace} />
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                Tidak ada perangkat daerah yang cocok.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <h3>Tambah perangkat daerah</h3>
      <AddPerangkatDaerahForm onCreated={add} />
    </section>
  )
}
