// The Content-Security-Policy for the renderer, shared by both hosts: Electron sets it as
// a response header, the browser-mode server sends the same header. Imports nothing.

/** Scripts, styles and data only from the app itself; no frames, forms, plugins or <base>. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')
