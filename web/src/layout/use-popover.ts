import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A button in the header that opens a panel beside it (the site menu, the notification bell). Following a link or
 * clicking outside the root closes the panel; `closeToButton` closes it and returns the focus to the button.
 */
export function usePopover<Root extends HTMLElement>() {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [openLocationKey, setOpenLocationKey] = useState(location.key);
  const rootRef = useRef<Root>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Following a link in the panel closes it.
  if (openLocationKey !== location.key) {
    setOpenLocationKey(location.key);
    setOpen(false);
  }

  useEffect(
    function closeOnOutsideClick() {
      if (!open) return;
      function closeIfOutside(event: PointerEvent): void {
        if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
      }
      document.addEventListener('pointerdown', closeIfOutside);
      return function stopListening() {
        document.removeEventListener('pointerdown', closeIfOutside);
      };
    },
    [open],
  );

  function closeToButton(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  return { open, setOpen, rootRef, buttonRef, closeToButton };
}
