import type { ReactNode } from 'react';

/** A control in the voices forms with its label above it; the label wraps the control, so no ids are needed. */
export function VoicesField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="voices-form__field">
      <span>{label}</span>
      {children}
    </label>
  );
}
