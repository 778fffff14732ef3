// Text a spreadsheet would take for a formula (=1+1, +62 812..., -2+3, @SUM(...)), also after
// leading spaces or tabs, is written inert: a leading apostrophe, the common practice (OWASP's
// CSV injection advice), so Excel and LibreOffice show it and never evaluate it.

const FORMULA_START = /^[\s]*[=+\-@]/
// A lone sign or a dash used as "nothing" is no formula; kept as typed.
const PLAIN_DASHES = /^\s*[-+]+\s*$/

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_DASHES.test(text)
}

/** The text as a spreadsheet must receive it to keep it text. */
export function inertText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text
}
