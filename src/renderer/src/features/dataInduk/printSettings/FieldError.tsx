/** The message under a field that was refused; read out when it appears. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <span id={`${id}-error`} className="field-error" role="alert">
      {message}
    </span>
  )
}
