import type { Me } from '../../api/me.ts';
import { Options, SelectField } from '../../forms/fields.tsx';

interface OwnerSelectProps {
  id: string;
  label: string;
  hint?: string;
  /** The first choice: the item is the person's own (or nobody's). */
  personalLabel: string;
  organisations: Me['organisations'];
  /** An organisation's id, or '' for the first choice. */
  value: string;
  onChange: (organisationId: string) => void;
  error?: string;
  selectRef: (element: HTMLElement | null) => void;
}

/** Whose item it is: the person's own, or one of the organisations they belong to. Shown only to members. */
export function OwnerSelect({ organisations, personalLabel, onChange, ...select }: OwnerSelectProps) {
  if (organisations.length === 0) return null;
  return (
    <SelectField {...select} onChange={(event) => onChange(event.target.value)}>
      <Options
        none={personalLabel}
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      />
    </SelectField>
  );
}
