/** Props that tie an input to the message under it: invalid state and the description read out with it. */
export function fieldErrorProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}
}

/** A required one-line text: why it is refused, or undefined. */
export function lineProblem(label: string, value: string, max: number, required: boolean): string | undefined {
  const trimmed = value.trim()
  if (required && trimmed === '') return `${label} wajib diisi.`
  if (trimmed.length > max) return `${label} terlalu panjang (${trimmed.length} karakter; paling banyak ${max}).`
  return undefined
}
