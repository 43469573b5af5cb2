/** What a form says after it was sent: a quiet status when done, an alert when refused; always present, so it is announced. */
export function FormStatus({ said }: { said: { ok: boolean; text: string } | null }) {
  return (
    <p role={said && !said.ok ? "alert" : "status"} className={said && !said.ok ? "form-error" : "form-hint"}>
      {said?.text}
    </p>
  )
}
