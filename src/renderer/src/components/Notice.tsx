import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

type NoticeKind = 'error' | 'info'
interface NoticeState {
  kind: NoticeKind
  message: string
  id: number
}

interface NoticeApi {
  showError: (message: string) => void
  showInfo: (message: string) => void
}

const NoticeContext = createContext<NoticeApi>({ showError: () => undefined, showInfo: () => undefined })

export function useNotice(): NoticeApi {
  return useContext(NoticeContext)
}

/** One message line under the header, read out by screen readers; Esc or the button closes it. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<NoticeState | null>(null)
  const show = useCallback((kind: NoticeKind, message: string) => setNotice({ kind, message, id: Date.now() }), [])
  const api = useMemo<NoticeApi>(() => ({ showError: (message) => show('error', message), showInfo: (message) => show('info', message) }), [show])
  return (
    <NoticeContext.Provider value={api}>
      <div className="notice-area" aria-live="polite">
        {notice && (
          <div
            key={notice.id}
            className={`notice notice-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
            onKeyDown={(event) => event.key === 'Escape' && setNotice(null)}
          >
            <span data-testid="notice">{notice.message}</span>
            <button type="button" onClick={() => setNotice(null)} aria-label="Tutup pesan">
              ×
            </button>
          </div>
        )}
      </div>
      {children}
    </NoticeContext.Provider>
  )
}
