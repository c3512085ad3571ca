import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityChoice } from './municipality-choice.ts';

const SELECT_ID = 'municipality-choice';

/** "Gemeente: [Tilburg ▾]": which of the loaded municipalities a page shows; nothing where only one is loaded. */
export function MunicipalityControl({ choice }: { choice: MunicipalityChoice }) {
  const { t } = useTranslation();
  if (!choice.several || choice.chosen === null) return null;

  function choose(event: ChangeEvent<HTMLSelectElement>): void {
    choice.choose(event.target.value);
  }

  return (
    <div className="filter-field municipality-control">
      <label htmlFor={SELECT_ID}>{t('map.municipalityLabel')}</label>
      <select id={SELECT_ID} value={choice.chosen.code} onChange={choose}>
        {choice.municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </select>
    </div>
  );
}
