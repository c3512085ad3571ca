import { useTranslation } from 'react-i18next';
import type { BuurtProperties } from '../api-client.ts';
import { squareMetresToHectares } from '../geo.ts';

interface BuurtInfoProps {
  buurt: BuurtProperties | null;
  onClose: () => void;
}

/** Facts about the chosen buurt. The live region stays mounted so screen readers announce each new choice. */
export function BuurtInfo({ buurt, onClose }: BuurtInfoProps) {
  const { t } = useTranslation();

  return (
    <div className="buurt-info-region" aria-live="polite">
      {buurt !== null && (
        <section className="buurt-info" aria-labelledby="buurt-info-name">
          <h2 id="buurt-info-name">{buurt.name}</h2>
          <dl>
            <dt>{t('info.wijk')}</dt>
            <dd>{buurt.wijkName}</dd>
            <dt>{t('info.area')}</dt>
            <dd>{t('info.areaValue', { hectares: squareMetresToHectares(buurt.areaM2) })}</dd>
            <dt>{t('info.code')}</dt>
            <dd>{buurt.code}</dd>
          </dl>
          <button type="button" className="buurt-info__close" onClick={onClose}>
            {t('info.close')}
          </button>
        </section>
      )}
    </div>
  );
}
