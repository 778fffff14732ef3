import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Session, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'
import { ALLOWED_EXTERNAL_HOSTS, hardenSession, hardenWebContents, isAllowedExternalUrl } from '../../../src/main/window/security'
import { FakeSession, FakeWebContents, shell } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)

const APP_URL = 'file:///opt/selaras/out/renderer/index.html'

function hardened(): FakeWebContents {
  const contents = new FakeWebContents()
  contents.url = APP_URL
  hardenWebContents(contents as unknown as WebContents)
  return contents
}

function emitPreventable(contents: FakeWebContents, name: string, ...args: unknown[]): boolean {
  const event = { preventDefault: vi.fn() }
  contents.emit(name, event, ...args)
  return event.preventDefault.mock.calls.length > 0
}

beforeEach(() => shell.openExternal.mockClear())

describe('isAllowedExternalUrl', () => {
  it('allows https links to the listed government hosts', () => {
    expect(ALLOWED_EXTERNAL_HOSTS).toContain('sipd.kemendagri.go.id')
    expect(isAllowedExternalUrl('https://sipd.kemendagri.go.id/aplikasi')).toBe(true)
    expect(isAllowedExternalUrl('https://jdih.kemendagri.go.id/?q=rpjmd#hasil')).toBe(true)
    expect(isAllowedExternalUrl('https://ternatekota.go.id/')).toBe(true)
    expect(isAllowedExternalUrl('https://SIPD.Kemendagri.GO.ID/')).toBe(true)
  })

  it.each([
    ['plain http', 'http://sipd.kemendagri.go.id/'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a lookalike host', 'https://sipd.kemendagri.go.id.evil.com/'],
    ['a subdomain not listed', 'https://evil.sipd.kemendagri.go.id/'],
    ['the host in the path', 'https://evil.com/sipd.kemendagri.go.id'],
    ['credentials hiding the host', 'https://sipd.kemendagri.go.id@evil.com/'],
    ['credentials on an allowed host', 'https://user:pw@sipd.kemendagri.go.id/'],
    ['a non-default port', 'https://sipd.kemendagri.go.id:8443/'],
    ['not a URL', 'sipd.kemendagri.go.id'],
    ['empty', '']
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it('prevents navigation away from the app but not a reload of the same page', () => {
    const contents = hardened()
    expect(emitPreventable(contents, 'will-navigate', 'https://sipd.kemendagri.go.id/')).toBe(true)
    expect(emitPreventable(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(emitPreventable(contents, 'will-navigate', APP_URL)).toBe(false)
  })

  it('refuses <webview>', () => {
    expect(emitPreventable(hardened(), 'will-attach-webview', {}, {})).toBe(true)
  })

  it('denies every window.open and opens only allowlisted links externally', async () => {
    const contents = hardened()
    const open = contents.openHandler
    if (!open) throw new Error('no window open handler set')
    expect(open({ url: 'https://sipd.kemendagri.go.id/laporan' })).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls).toEqual([['https://sipd.kemendagri.go.id/laporan']])
    for (const url of ['http://sipd.kemendagri.go.id/', 'javascript:alert(1)', 'file:///etc/passwd', 'https://evil.com/']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })
})

describe('hardenSession', () => {
  function hardenedSession(): FakeSession {
    const session = new FakeSession()
    hardenSession(session as unknown as Session)
    return session
  }

  it('denies every permission request and check', () => {
    const session = hardenedSession()
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      session.permissionRequest?.({}, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(session.permissionCheck?.(null, 'media', 'file://', {})).toBe(false)
  })

  it('adds the Content-Security-Policy header and keeps the other headers', () => {
    const session = hardenedSession()
    let headers: Record<string, string[]> | undefined
    session.headersListener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => {
      headers = response.responseHeaders
    })
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'"
    )
  })

  it('lives in a module that imports nothing, so any host can reuse it', () => {
    const source = readFileSync(join(__dirname, '../../../src/shared/csp.ts'), 'utf8')
    expect(source).not.toMatch(/^\s*import\b/m)
    expect(source).not.toMatch(/\brequire\(/)
  })
})
