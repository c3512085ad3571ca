import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickableArea } from '../api/admin.ts';
import { FieldFrame } from '../forms/fields.tsx';

/** At most this many areas are offered at once; more ask for more letters. */
const MAX_OPTIONS = 12;

interface AreaPickerProps {
  id: string;
  label: string;
  hint?: string;
  areas: readonly PickableArea[];
  /** Name the municipality of each area (when more than one is loaded). */
  showMunicipality: boolean;
  value: PickableArea | null;
  onChange: (area: PickableArea | null) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** Lower case without accents, so "ehv" finds "EHV" and "rene" finds "René". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The areas whose name or code contains the text, those that start with it first, in the list's order otherwise. */
function matchingAreas(areas: readonly PickableArea[], text: string): PickableArea[] {
  const wanted = folded(text.trim());
  if (wanted === '') return [];
  const starting: PickableArea[] = [];
  const containing: PickableArea[] = [];
  for (const area of areas) {
    const name = folded(area.name);
    const code = folded(area.code);
    if (name.startsWith(wanted) || code.startsWith(wanted)) starting.push(area);
    else if (name.includes(wanted) || code.includes(wanted)) containing.push(area);
  }
  return [...starting, ...containing];
}

/** An area as the picker and the account list name it: "Armhoef (buurt BU08550001)". */
export function useAreaName() {
  const { t } = useTranslation();
  return function areaName(area: Pick<PickableArea, 'type' | 'code' | 'name'>): string {
    return `${area.name} (${t(`accounts.${area.type}`)} ${area.code})`;
  };
}

/**
 * A buurt or wijk by typing part of its name or code: a combobox with a list of matches (the ARIA list-autocomplete
 * pattern), so keyboards and screen readers pick from it as well as a mouse does.
 */
export function AreaPicker({
  id,
  label,
  hint,
  areas,
  showMunicipality,
  value,
  onChange,
  error,
  inputRef,
}: AreaPickerProps) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const listId = useId();
  const [text, setText] = useState(value === null ? '' : areaName(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => matchingAreas(areas, text), [areas, text]);
  const shown = matches.slice(0, MAX_OPTIONS);
  const expanded = open && shown.length > 0;

  function pick(area: PickableArea): void {
    setText(areaName(area));
    setOpen(false);
    setActive(-1);
    onChange(area);
  }

  function type(next: string): void {
    setText(next);
    setOpen(true);
    setActive(-1);
    if (value !== null) onChange(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((previous) => Math.min(previous + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((previous) => Math.max(previous - 1, 0));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Enter picks the highlighted area rather than sending the form.
      event.preventDefault();
      pick(shown[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  function place(area: PickableArea): string {
    const parts = [
      area.wijk === null ? null : t('accounts.inWijk', { wijk: area.wijk.name }),
      showMunicipality ? area.municipality.name : null,
    ].filter((part) => part !== null);
    return parts.join(', ');
  }

  const status =
    !open || text.trim() === ''
      ? ''
      : matches.length === 0
        ? t('accounts.areaNone')
        : matches.length > MAX_OPTIONS
          ? t('accounts.areaMore', { count: MAX_OPTIONS })
          : t('accounts.areaOptions', { count: matches.length });

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(links) => (
        <>
          <input
            {...links}
            ref={inputRef}
            className="field__control"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            value={text}
            onChange={(event) => type(event.target.value)}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} className="area-picker__options" role="listbox" aria-label={label} hidden={!expanded}>
            {shown.map((area, index) => (
              <li
                key={area.code}
                id={`${listId}-${index}`}
                className="area-picker__option"
                role="option"
                aria-selected={index === active}
                // Keeps the focus in the input, so picking with the mouse does not first close the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(area)}
              >
                <span>{areaName(area)}</span>
                {place(area) !== '' && <span className="area-picker__place">{place(area)}</span>}
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status">
            {status}
          </p>
        </>
      )}
    </FieldFrame>
  );
}
