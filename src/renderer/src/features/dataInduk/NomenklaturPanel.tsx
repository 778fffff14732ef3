import { useCallback, useRef, useState } from 'react'
import type { NomenklaturVersion } from '../../../../shared/master'
import { formatRupiah } from '../../../../shared/money'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useMenuEvent } from '../../menuEvents'
import { useLoad } from '../../useLoad'
import { ImportPreviewPanel } from './ImportPreviewPanel'
import { useNomenklaturImport } from './useNomenklaturImport'
import { VersionSwitchDialog } from './VersionSwitchDialog'
import type { MenuEvent } from '../../../../shared/channels'

const loadVersions = () => call('listNomenklaturVersions', {})

/** Nomenclature versions: import an SIPD export, preview, name and keep it; switch the plan to it. */
export function NomenklaturPanel() {
  const versions = useLoad(loadVersions)
  const notice = useNotice()
  const importer = useNomenklaturImport()
  const fileInput = useRef<HTMLInputElement>(null)
  const [switching, setSwitching] = useState<NomenklaturVersion>()
  const { status, follow } = importer
  useMenuEvent(
    useCallback(
      (event: MenuEvent) => {
        if (event.command === 'followImport') follow(event.jobId, event.fileName)
      },
      [follow]
    )
  )

  const confirm = useCallback(
    async (versionName: string) => {
      try {
        const version = await importer.confirm(versionName)
        if (!version) return
        await versions.reload()
        notice.showInfo(`Nomenklatur "${version.name}" disimpan${version.active ? ' dan dipakai rencana' : ''}.`)
      } catch (error) {
        notice.showError(errorMessage(error))
      }
    },
    [importer, versions, notice]
  )

  return (
    <section className="nomenklatur-panel" aria-labelledby="nomenklatur-title">
      <div className="toolbar">
        <h2 id="nomenklatur-title">Nomenklatur SIPD</h2>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={status.state === 'reading' || status.state === 'running'}>
          Impor nomenklatur SIPD…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label="Berkas nomenklatur"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importer.start(file)
          }}
        />
      </div>
      <p className="muted">Ekspor "pemutakhiran" dari SIPD (.xlsx) atau kolom yang sama sebagai CSV. Setiap versi disimpan; rencana memakai satu versi.</p>

      {(status.state === 'reading' || status.state === 'running') && (
        <div className="import-progress" role="status" aria-live="polite">
          <span>
            {status.fileName}: {status.state === 'reading' ? 'membaca berkas' : status.phase}
          </span>
          <progress
            max={status.state === 'running' ? status.total : 1}
            value={status.state === 'running' ? status.done : undefined}
            aria-label="Kemajuan impor"
          />
        </div>
      )}
      {status.state === 'failed' && (
        <div className="import-failed" role="alert" data-testid="import-error">
          <strong>Impor {status.fileName} gagal; tidak ada yang diubah.</strong> {status.message}
          <button type="button" onClick={() => void importer.reset()}>
            Tutup
          </button>
        </div>
      )}
      {status.state === 'ready' && (
        <ImportPreviewPanel preview={status.preview} onConfirm={(name) => void confirm(name)} onCancel={() => void importer.reset()} />
      )}

      {versions.error && <p role="alert">{versions.error}</p>}
      <table className="matrix versions" data-testid="nomenklatur-versions">
        <thead>
          <tr>
            <th>Versi</th>
            <th>Berkas</th>
            <th>Diimpor</th>
            <th>Program</th>
            <th>Kegiatan</th>
            <th>Sub kegiatan</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {(versions.data ?? []).map((version) => (
            <tr key={version.id}>
              <th scope="row" className="text">
                {version.name}
              </th>
              <td>{version.sourceFileName}</td>
              <td>{new Date(version.importedAt).toLocaleString('id-ID')}</td>
              <td className="num">{formatRupiah(version.counts.program)}</td>
              <td className="num">{formatRupiah(version.counts.kegiatan)}</td>
              <td className="num">{formatRupiah(version.counts.subKegiatan)}</td>
              <td>
                {version.active ? (
                  <strong>Dipakai rencana</strong>
                ) : (
                  <button type="button" onClick={() => setSwitching(version)}>
                    Pakai versi ini…
                  </button>
                )}
              </td>
            </tr>
          ))}
          {versions.data?.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                Belum ada nomenklatur. Impor ekspor SIPD untuk memeriksa kode program, kegiatan dan sub kegiatan.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {switching && <VersionSwitchDialog version={switching} onClose={() => setSwitching(undefined)} onChanged={() => void versions.reload()} />}
    </section>
  )
}
