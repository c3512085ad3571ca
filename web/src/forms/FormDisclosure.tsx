import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { DisclosureButton } from '../layout/DisclosureButton.tsx';
import { FormFrame } from './FormFrame.tsx';
import type { Form } from './use-form.ts';

/**
 * Whether a form under its button is open. Opening it focuses `focusRef` (its first field); `close` puts it away and
 * returns the focus to the button, `setOpen(false)` puts it away after it has been sent.
 */
export function useFormDisclosure<Target extends HTMLElement>() {
  const formId = useId();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const focusRef = useRef<Target | null>(null);

  useEffect(
    function focusFormWhenOpened() {
      if (open) focusRef.current?.focus();
    },
    [open],
  );

  function close(): void {
    setOpen(false);
    openerRef.current?.focus();
  }

  return { formId, open, setOpen, openerRef, focusRef, close };
}

type FormDisclosureState = Omit<ReturnType<typeof useFormDisclosure>, 'focusRef'>;

interface FormDisclosureProps {
  disclosure: FormDisclosureState;
  /** The class of the whole; the form gets `<className>__form`. */
  className: string;
  openerClassName: string;
  /** The words of the button that opens the form. */
  openLabel: string;
  /** Extra words for screen readers on the button, to tell one such button from the next. */
  openLabelDetail?: string;
  /** The form's name for screen readers. */
  heading: string;
  form: Pick<Form<string>, 'alert' | 'alertRef' | 'submitting'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  cancelLabel: string;
  /** What the form is for, above its alert. */
  intro?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** A button that opens a short form under it; Escape or Cancel closes the form and returns to the button. */
export function FormDisclosure({
  disclosure: { formId, open, setOpen, openerRef, close },
  className,
  openerClassName,
  openLabel,
  openLabelDetail,
  heading,
  form,
  onSubmit,
  submitLabel,
  cancelLabel,
  intro,
  children,
}: FormDisclosureProps) {
  return (
    <div className={className}>
      <DisclosureButton
        ref={openerRef}
        className={openerClassName}
        expanded={open}
        controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {openLabel}
        {openLabelDetail !== undefined && <span className="visually-hidden"> ({openLabelDetail})</span>}
      </DisclosureButton>
      {open && (
        <FormFrame
          id={formId}
          className={`${className}__form`}
          aria-label={heading}
          form={form}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
          intro={intro}
          submitLabel={submitLabel}
          cancel={{ label: cancelLabel, onCancel: close }}
        >
          {children}
        </FormFrame>
      )}
    </div>
  );
}
