import { useCallback, useState, type KeyboardEvent } from 'react'
import type { UndoState } from '../../../../shared/changeLog'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { KopForm, type KopDraft } from './printSettings/KopForm'
import { KopPreview } from './printSettings/KopPreview'
import { LogoPicker } from './printSettings/LogoPicker'
import { PrintDefaultsForm } from './printSettings/PrintDefaultsForm'
import { SignatoryList } from './printSettings/SignatoryList'
import type { SettingsReply } from './printSettings/settingsReply'

const loadSettings = () => call('getPrintSettings', {})
const loadUndoState = () => call('getUndoState', {})

const isTextField = (target: EventTarget | null) => target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)

/** Data Induk > Kop & penandatangan: the kop with its logo, the signatories and the defaults of a new report. */
export function PrintSettingsPanel() {
  const settings = useLoad(loadSettings)
  const undoLoad = useLoad(loadUndoState)
  const notice = useNotice()
  // The kop as typed, until it is saved; null = as stored (the preview shows either).
  const [kopDraft, setKopDraft] = useState<KopDraft | null>(null)
  const [undoState, setUndoState] = useState<UndoState>()
  const shownUndo = undoState ?? undoLoad.data

  const saved = useCallback(
    (reply: SettingsReply) => {
      const { undoState: next, ...rest } = reply
      settings.setData(rest)
      setUndoState(next)
    },
    [settings]
  )

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const reply = await call(direction, {})
        setUndoState(reply.undoState)
        setKopDraft(null)
        await settings.reload()
        notice.showInfo(reply.description)
      } catch (error) {
        notice.showError(errorMessage(error))
      }
    },
    [settings, notice]
  )

  // Ctrl+Z / Ctrl+Y outside text fields, as on the plan screen (inside a field they undo typing).
  const onKey = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) void step('undo')
    else if (key === 'y' || (key === 'z' && event.shiftKey)) void step('redo')
    else return
    event.preventDefault()
  }

  if (settings.error) return <p role="alert">{settings.error}</p>
  const data = settings.data
  if (!data) return <p aria-busy="true">Memuat pengaturan cetak…</p>
  const kop = { ...data.kop, ...(kopDraft ?? {}) }

  return (
    <section className="print-settings" aria-labelledby="print-settings-title" onKeyDown={onKey}>
      <div className="toolbar">
        <h2 id="print-settings-title">Pengaturan cetak</h2>
        <button type="button" disabled={!shownUndo?.undo} title={shownUndo?.undo ?? undefined} onClick={() => void step('undo')}>
          {shownUndo?.undo ? `Batalkan: ${shownUndo.undo}` : 'Batalkan'}
        </button>
        <button type="button" disabled={!shownUndo?.redo} title={shownUndo?.redo ?? undefined} onClick={() => void step('redo')}>
          Ulangi
        </button>
      </div>
      <p className="muted">Kop, logo dan penandatangan dipakai setiap laporan di layar Cetak. Setiap perubahan tercatat dan dapat dibatalkan (Ctrl+Z).</p>

      <h3>Kop surat</h3>
      <div className="kop-editor">
        <div className="kop-fields">
          <KopForm
            draft={kop}
            onDraft={setKopDraft}
            onSaved={(reply) => {
              saved(reply)
              setKopDraft(null)
            }}
          />
          <LogoPicker logo={data.logo} onSaved={saved} />
        </div>
        <KopPreview kop={kop} />
      </div>

      <h3>Penandatangan</h3>
      <SignatoryList signatories={data.signatories} defaultSignatoryId={data.defaultSignatoryId} onSaved={saved} />

      <h3>Bawaan laporan baru</h3>
      <PrintDefaultsForm
        key={`${data.defaultPaper}-${data.defaultOrientation}-${data.defaultSignatoryId}-${data.signatories.map((signatory) => signatory.id).join(',')}`}
        settings={data}
        onSaved={saved}
      />
    </section>
  )
}
