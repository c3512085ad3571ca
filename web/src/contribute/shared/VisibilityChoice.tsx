import { useId } from 'react';
import type { Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { VISIBILITIES } from '../../../../api/assets/asset-kinds.ts';
import { RadioChoices } from './RadioChoices.tsx';

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
    <RadioChoices
      block="visibility-choice"
      name={name}
      legend={legend ?? t('visibility.legend')}
      choices={VISIBILITIES.map((visibility) => ({
        value: visibility,
        label: t(`visibility.${visibility}.label`),
        explained: t(`visibility.${visibility}.explained`),
      }))}
      chosen={value}
      onChoose={onChange}
    />
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
