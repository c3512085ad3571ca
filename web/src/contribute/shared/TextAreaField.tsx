import type { Ref, TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A longer text, with the same label, hint and error markup as the shared fields in forms/fields.tsx. */
export function TextAreaField({ id, label, hint, error, textAreaRef, ...textAreaProps }: TextAreaFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ') || undefined;
  return (
    <div className="field" data-invalid={error === undefined ? undefined : ''}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        ref={textAreaRef}
        className="field__control field__control--textarea"
        rows={3}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy}
        {...textAreaProps}
      />
    </div>
  );
}
