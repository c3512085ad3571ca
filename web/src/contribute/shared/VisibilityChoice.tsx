import { useId } from 'react';
import type { Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { VISIBILITIES } from '../../../../api/assets/asset-kinds.ts';

interface VisibilityRadiosProps {
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  legend?: string;
}

/** Who may see a new item: four choices, each with what it means in practice. */
export function VisibilityRadios({ value, onChange, legend }: VisibilityRadiosProps) {
  const { t } = useContributeTranslation();
  const name = useId();
  return (
    <fieldset className="field visibility-choice">
      <legend className="field__label">{legend ?? t('visibility.legend')}</legend>
      {VISIBILITIES.map((visibility) => {
        const id = `${name}-${visibility}`;
        return (
          <div key={visibility} className="visibility-choice__option">
            <input
              id={id}
              type="radio"
              name={name}
              value={visibility}
              checked={value === visibility}
              onChange={() => onChange(visibility)}
              aria-describedby={`${id}-explained`}
            />
            <label htmlFor={id}>{t(`visibility.${visibility}.label`)}</label>
            <p id={`${id}-explained`} className="visibility-choice__explained">
              {t(`visibility.${visibility}.explained`)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

interface VisibilitySelectProps {
  id: string;
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  disabled?: boolean;
}

/** Who sees an item already saved; the line under the choice says what it means. */
export function VisibilitySelect({ id, value, onChange, disabled = false }: VisibilitySelectProps) {
  const { t } = useContributeTranslation();
  return (
    <div className="visibility-select">
      <label htmlFor={id} className="visibility-select__label">
        {t('visibility.whoSees')}
      </label>
      <select
        id={id}
        className="field__control visibility-select__control"
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-explained`}
        onChange={(event) => onChange(event.target.value as Visibility)}
      >
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`visibility.${visibility}.label`)}
          </option>
        ))}
      </select>
      <p id={`${id}-explained`} className="visibility-select__explained">
        {t(`visibility.${value}.explained`)}
      </p>
    </div>
  );
}
