import { useRef, useState } from 'react'
import { formatFileSize, logoSizeProblem, type LogoInfo } from '../../../../../shared/printLogo'
import { call, errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'
import { fileToBase64 } from '../fileToBase64'
import type { SettingsReply } from './settingsReply'

interface Props {
  logo: LogoInfo | null
  onSaved: (reply: SettingsReply) => void
}

const describe = (logo: LogoInfo) =>
  `${logo.fileName}: ${logo.mimeType === 'image/png' ? `PNG ${logo.width} × ${logo.height} piksel` : 'SVG'}, ${formatFileSize(logo.bytes)}`

/** Chooses the kop logo (PNG or SVG, at most 1 MB: main checks the content) or removes it. */
export function LogoPicker({ logo, onSaved }: Props) {
  const notice = useNotice()
  const input = useRef<HTMLInputElement>(null)
  const chooseButton = useRef<HTMLButtonElement>(null)
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)

  const send = async (request: () => Promise<SettingsReply>, said: string) => {
    setBusy(true)
    setRefusal(undefined)
    try {
      onSaved(await request())
      notice.showInfo(said)
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setBusy(false)
      chooseButton.current?.focus()
    }
  }

  const upload = async (file: File) => {
    // Too large is said at once, without reading the file; main checks the size again with the content.
    const tooLarge = logoSizeProblem(file.size)
    if (tooLarge) {
      setRefusal(`${file.name}: ${tooLarge}`)
      chooseButton.current?.focus()
      return
    }
    const dataBase64 = await fileToBase64(file)
    await send(() => call('setKopLogo', { logo: { fileName: file.name, dataBase64 } }), `Logo ${file.name} disimpan.`)
  }

  return (
    <div className="logo-picker">
      <div className="form-actions">
        <button ref={chooseButton} type="button" disabled={busy} onClick={() => input.current?.click()} aria-describedby="logo-info">
          {logo ? 'Ganti logo…' : 'Pilih logo…'}
        </button>
        {logo && (
          <button type="button" disabled={busy} onClick={() => void send(() => call('setKopLogo', { logo: null }), 'Logo kop dihapus.')}>
            Hapus logo
          </button>
        )}
        <input
          ref={input}
          type="file"
          hidden
          aria-label="Berkas logo"
          accept=".png,.svg,image/png,image/svg+xml"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void upload(file)
          }}
        />
      </div>
      <p id="logo-info" className="muted" data-testid="logo-info">
        {logo ? `${describe(logo)}.` : 'Belum ada logo.'}
        <br />
        PNG atau SVG, paling besar 1 MB; diperiksa isinya, bukan namanya.
      </p>
      {refusal && (
        <p className="field-error" role="alert" data-testid="logo-error">
          {refusal}
        </p>
      )}
    </div>
  )
}
