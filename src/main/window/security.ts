// Locks down what a renderer can do: no navigation away from the app, no new windows,
// no permissions, a strict Content-Security-Policy, and external links only to a short
// list of government sites, opened in the user's browser.
import { shell, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/** The only hosts a link may open in the user's browser (https, exact host match). */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = ['sipd.kemendagri.go.id', 'jdih.kemendagri.go.id', 'ternatekota.go.id', 'www.ternatekota.go.id']

/** True only for an https URL, on the default port, without credentials, to an allowed host. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:') return false
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false
  return ALLOWED_EXTERNAL_HOSTS.includes(parsed.hostname)
}

/** Navigation, new windows and <webview> for one webContents. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => console.error('Selaras: cannot open link', error))
    }
    return { action: 'deny' }
  })
}

/**
 * Permissions and response headers for a session (the default session holds the app). The
 * renderer's index.html carries the same policy in a <meta> tag, for file:// loads where
 * a header may not apply.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}
