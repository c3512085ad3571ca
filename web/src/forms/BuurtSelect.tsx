import { useMemo } from 'react';
import type { BuurtCollection } from '../api/areas.ts';
import { groupBuurtenByWijk } from '../map-page/group-buurten.ts';
import { SelectField } from './fields.tsx';

interface BuurtSelectProps {
  id: string;
  label: string;
  hint?: string;
  emptyLabel: string;
  buurten: BuurtCollection;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  disabled?: boolean;
  selectRef?: (element: HTMLSelectElement | null) => void;
}

/** A buurt from a list grouped by wijk. */
export function BuurtSelect({
  id,
  label,
  hint,
  emptyLabel,
  buurten,
  value,
  onChange,
  error,
  disabled,
  selectRef,
}: BuurtSelectProps) {
  const groups = useMemo(
    () =>
      groupBuurtenByWijk(
        [],
        buurten.features.map((feature) => feature.properties),
      ),
    [buurten],
  );
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      selectRef={selectRef}
    >
      <option value="">{emptyLabel}</option>
      <BuurtOptions groups={groups} />
    </SelectField>
  );
}

/** The buurten as options, one group per wijk: for any select of a buurt. */
export function BuurtOptions({ groups }: { groups: ReturnType<typeof groupBuurtenByWijk> }) {
  return groups.map((group) => (
    <optgroup key={group.wijk.code} label={group.wijk.name}>
      {group.buurten.map((buurt) => (
        <option key={buurt.code} value={buurt.code}>
          {buurt.name}
        </option>
      ))}
    </optgroup>
  ));
}
