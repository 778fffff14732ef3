import { useEffect, useRef, useState } from 'react'
import type { Signatory } from '../../../../../shared/printSettings'
import { formatNip } from '../../../../../shared/reports/format'
import { call, errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'
import { EMPTY_SIGNATORY, SignatoryForm, type SignatoryDraft } from './SignatoryForm'
import type { SettingsReply } from './settingsReply'

interface Props {
  signatories: Signatory[]
  defaultSignatoryId: number | null
  onSaved: (reply: SettingsReply) => void
}

/** The officials who sign reports: listed with the NIP as printed, edited in place, added below. */
export function SignatoryList({ signatories, defaultSignatoryId, onSaved }: Props) {
  const notice = useNotice()
  const [editing, setEditing] = useState<number>()
  // After an edit closes or a row goes, focus goes back to that row's Ubah button (or the add form).
  const [focusAfter, setFocusAfter] = useState<{ id?: number }>()
  const list = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!focusAfter) return
    const target =
      (focusAfter.id !== undefined && list.current?.querySelector<HTMLElement>(`[data-signatory-id="${focusAfter.id}"] .edit-signatory`)) ||
      list.current?.querySelector<HTMLElement>('.signatory-add input')
    target?.focus()
  }, [focusAfter])

  const save = async (request: () => Promise<SettingsReply>, said: string): Promise<string | null> => {
    try {
      onSaved(await request())
      notice.showInfo(said)
      return null
    } catch (error) {
      return errorMessage(error)
    }
  }

  const update = async (id: number, { name, title, pangkat, nip }: SignatoryDraft) => {
    const refused = await save(() => call('updateSignatory', { signatoryId: id, name, title, pangkat, nip }), `Penandatangan ${name.trim()} disimpan.`)
    if (!refused) {
      setEditing(undefined)
      setFocusAfter({ id })
    }
    return refused
  }

  const remove = async (signatory: Signatory) => {
    if (!window.confirm(`Hapus penandatangan ${signatory.name} (NIP ${formatNip(signatory.nip)})?`)) return
    const refused = await save(() => call('deleteSignatory', { signatoryId: signatory.id }), `Penandatangan ${signatory.name} dihapus.`)
    if (refused) notice.showError(refused)
    else setFocusAfter({})
  }

  return (
    <div ref={list} className="signatory-list">
      {signatories.length === 0 ? (
        <p className="banner" role="note" data-testid="no-signatory">
          Belum ada penandatangan. Tambahkan pejabat yang menandatangani laporan: nama, jabatan, pangkat/golongan dan NIP.
        </p>
      ) : (
        <table className="master-table signatory-table" data-testid="signatory-table">
          <thead>
            <tr>
              <th scope="col">Nama</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Pangkat/golongan</th>
              <th scope="col">NIP</th>
              <th scope="col">
                <span className="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {signatories.map((signatory) =>
              editing === signatory.id ? (
                <tr key={signatory.id} className="editing" data-signatory-id={signatory.id}>
                  <td colSpan={5}>
                    <SignatoryForm
                      initial={signatory}
                      label={`Ubah penandatangan ${signatory.name}`}
                      submitLabel="Simpan"
                      autoFocus
                      onSubmit={(draft) => update(signatory.id, draft)}
                      onCancel={() => {
                        setEditing(undefined)
                        setFocusAfter({ id: signatory.id })
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={signatory.id} data-signatory-id={signatory.id}>
                  <td>
                    <strong>{signatory.name}</strong>
                    {signatory.id === defaultSignatoryId && <span className="badge">bawaan</span>}
                  </td>
                  <td>{signatory.title}</td>
                  <td>{signatory.pangkat}</td>
                  <td className="nip">{formatNip(signatory.nip)}</td>
                  <td className="actions">
                    <button type="button" className="edit-signatory" aria-label={`Ubah ${signatory.name}`} onClick={() => setEditing(signatory.id)}>
                      Ubah
                    </button>
                    <button type="button" aria-label={`Hapus ${signatory.name}`} onClick={() => void remove(signatory)}>
                      Hapus
                    </button>
                  </td>
                </tr>
              )
            )}
          </tbody>
        </table>
      )}
      <h4>Tambah penandatangan</h4>
      <div className="signatory-add">
        <SignatoryForm
          initial={EMPTY_SIGNATORY}
          label="Tambah penandatangan"
          submitLabel="Tambah penandatangan"
          resetAfterSave
          onSubmit={({ name, title, pangkat, nip }) =>
            save(() => call('createSignatory', { name, title, pangkat, nip }), `Penandatangan ${name.trim()} ditambahkan.`)
          }
        />
      </div>
    </div>
  )
}
