import type { ButtonHTMLAttributes, Ref } from 'react';

interface DisclosureButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'aria-expanded' | 'aria-controls'
> {
  /** Whether what the button shows and hides is shown now. */
  expanded: boolean;
  /** The id of what the button shows and hides; undefined while that is not on the page. */
  controls: string | undefined;
  ref?: Ref<HTMLButtonElement>;
}

/** A button that shows and hides a part of the page (a menu, a panel, a short form), and tells screen readers so. */
export function DisclosureButton({ expanded, controls, ref, children, ...buttonProps }: DisclosureButtonProps) {
  return (
    <button ref={ref} type="button" aria-expanded={expanded} aria-controls={controls} {...buttonProps}>
      {children}
    </button>
  );
}
