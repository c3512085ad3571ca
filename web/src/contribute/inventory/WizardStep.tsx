import type { ReactNode, RefObject } from 'react';

interface WizardStepProps {
  /** Beside `wizard-step`. */
  className?: string;
  headingId: string;
  /** The wizard moves focus here when it comes to this step. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  heading: string;
  children: ReactNode;
}

/** One screen of the inventory wizard, named by its heading. */
export function WizardStep({ className, headingId, headingRef, heading, children }: WizardStepProps) {
  return (
    <section
      className={className === undefined ? 'wizard-step' : `wizard-step ${className}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
