/** The inline error under a field; referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} class="field__error">
      <svg class="field__error-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v5M8 11.2v.3" stroke="var(--card)" stroke-width="1.8" stroke-linecap="round" />
      </svg>
      {message}
    </p>
  );
}
