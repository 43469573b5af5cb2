"use client"

/** The ways a sign-in form offers (phone code, email…) as tabs; choosing one clears the form's error (the caller's `onChange`). */
export function SignInModes<Mode extends string>({ label, modes, mode, onChange }: { label: string; modes: ReadonlyArray<readonly [Mode, string]>; mode: Mode; onChange: (mode: Mode) => void }) {
  return (
    <div className="segmented" role="tablist" aria-label={label}>
      {modes.map(([option, name]) => (
        <button key={option} type="button" role="tab" aria-selected={mode === option} className={mode === option ? "selected" : ""} onClick={() => onChange(option)}>
          {name}
        </button>
      ))}
    </div>
  )
}
