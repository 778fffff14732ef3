import type { PlanRow, RpjmdView } from '../../../../../shared/domain'
import { call, errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'
import type { WithUndoState } from '../../../../../shared/changeLog'
import type { RowResult } from '../../../../../shared/edits'

interface Props {
  plan: RpjmdView
  row: PlanRow | undefined
  /** The link was saved: the reply (the row, the rows above it, what is left to undo) goes on screen. */
  onLinkSaved: (reply: RowResult & WithUndoState) => void
}

/** Links the selected row to the sasaran it serves (any number, across misi); a link covers the rows below it. */
export function SasaranLinkPanel({ plan, row: program, onLinkSaved }: Props) {
  const notice = useNotice()
  if (!program) {
    return (
      <section aria-label="Sasaran program">
        <h2>Sasaran</h2>
        <p className="muted">Pilih satu baris di tabel untuk mengaitkannya dengan sasaran RPJMD.</p>
      </section>
    )
  }
  const toggle = async (sasaranId: number, linked: boolean) => {
    try {
      onLinkSaved(await call(linked ? 'unlinkSasaran' : 'linkSasaran', { planRowId: program.id, sasaranId }))
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }
  return (
    <section aria-label="Sasaran program">
      <h2>Sasaran untuk {program.code}</h2>
      <p className="muted">{program.name}</p>
      {plan.misi.map((misi) => (
        <fieldset key={misi.id}>
          <legend>
            Misi {misi.number}. {misi.title}
          </legend>
          {misi.sasaran.map((sasaran) => {
            const linked = program.sasaranIds.includes(sasaran.id)
            return (
              <label key={sasaran.id} className="check">
                <input type="checkbox" checked={linked} data-testid={`link-sasaran-${sasaran.label}`} onChange={() => void toggle(sasaran.id, linked)} />
                <span>
                  <b>{sasaran.label}</b> {sasaran.text}
                </span>
              </label>
            )
          })}
        </fieldset>
      ))}
    </section>
  )
}
