// The Content-Disposition of a downloaded report, written by the browser-mode server and read by
// the page that saves the file: the UTF-8 name, with an ASCII fallback for old readers.

export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/** The file name of a Content-Disposition header (the UTF-8 form first). */
export function attachmentName(header: string | null): string | undefined {
  if (!header) return undefined
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1])
    } catch {
      // Fall back to the plain form below.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1]
}
