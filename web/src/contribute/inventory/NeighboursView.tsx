import type { RefObject } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/me.ts';
import { PATHS } from '../../paths.ts';
import type { Asset, TaxonomyDomain, Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { mapOfBuurt } from '../paths.ts';
import { TagList } from '../shared/TagPicker.tsx';
import { INVENTORY_STEPS, type StepKey, type WizardPosition } from './steps.ts';

interface NeighboursViewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  me: Me;
  items: readonly Asset[];
  taxonomy: readonly TaxonomyDomain[];
  /** Steps with text typed but not added. */
  unsavedSteps: readonly StepKey[];
  onGo: (position: WizardPosition) => void;
}

function withVisibility(items: readonly Asset[], ...visibilities: Visibility[]): Asset[] {
  return items.filter((item) => visibilities.includes(item.visibility));
}

/**
 * The end of the inventory: what each audience sees, exactly as the API shows it to them (a name, a buurt, the item
 * and its tags; never an address or a point), so the person can judge each choice.
 */
export function NeighboursView({ headingRef, me, items, taxonomy, unsavedSteps, onGo }: NeighboursViewProps) {
  const { t } = useContributeTranslation();
  // Registered users see 'neighbours' and 'public' items; the buurt's connectors also see 'connectors' ones.
  const forNeighbours = withVisibility(items, 'neighbours', 'public');
  const forConnectorsOnly = withVisibility(items, 'connectors');
  const counted = withVisibility(items, 'public');
  const privateItems = withVisibility(items, 'private');
  const homeBuurt = me.homeBuurt;

  // The buurt stored with the item (the home buurt when it was added), as the API shows it to others.
  function buurtNameOf(item: Asset): string {
    return item.buurt?.name ?? t('summary.noBuurt');
  }

  function previews(list: readonly Asset[]) {
    return (
      <ul className="preview-list">
        {list.map((item) => (
          <li key={item.id} className="preview-card">
            <p className="preview-card__who">
              {me.displayName} · {buurtNameOf(item)}
            </p>
            <p className="preview-card__title">{item.title}</p>
            {item.description !== '' && <p className="preview-card__description">{item.description}</p>}
            <TagList tags={item.tags} taxonomy={taxonomy} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="wizard-step summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
        {t('summary.heading')}
      </h2>
      <p>{t('summary.intro')}</p>
      <p className="privacy-note">{t('summary.neverAddress')}</p>
      {unsavedSteps.length > 0 && (
        <div className="form-alert" role="alert">
          {t('summary.unsaved')}{' '}
          {unsavedSteps.map((key, position) => (
            <span key={key}>
              {position > 0 && ', '}
              <button
                type="button"
                className="link-button"
                onClick={() => onGo({ at: 'step', index: INVENTORY_STEPS.findIndex((step) => step.key === key) })}
              >
                {t(`steps.${key}.short`)}
              </button>
            </span>
          ))}
        </div>
      )}

      <section className="audience" aria-labelledby="audience-neighbours">
        <h3 id="audience-neighbours">{t('summary.neighboursHeading')}</h3>
        <p className="audience__explained">{t('summary.neighboursExplained')}</p>
        {forNeighbours.length === 0 ? <p className="field__hint">{t('summary.nothing')}</p> : previews(forNeighbours)}
      </section>

      <section className="audience" aria-labelledby="audience-connectors">
        <h3 id="audience-connectors">{t('summary.connectorsHeading')}</h3>
        <p className="audience__explained">
          {t('summary.connectorsExplained', { buurt: homeBuurt?.name ?? t('summary.yourBuurt') })}
        </p>
        {forConnectorsOnly.length === 0 ? (
          <p className="field__hint">{t('summary.nothing')}</p>
        ) : (
          previews(forConnectorsOnly)
        )}
      </section>

      <section className="audience" aria-labelledby="audience-public">
        <h3 id="audience-public">{t('summary.publicHeading')}</h3>
        <p className="audience__explained">
          {t('summary.publicExplained', { buurt: homeBuurt?.name ?? t('summary.yourBuurt') })}
        </p>
        {counted.length === 0 ? (
          <p className="field__hint">{t('summary.nothingCounted')}</p>
        ) : (
          <>
            <p>{t('summary.countedIn')}</p>
            <ul className="plain-list">
              {counted.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="audience audience--private" aria-labelledby="audience-private">
        <h3 id="audience-private">{t('summary.privateHeading')}</h3>
        {privateItems.length === 0 ? (
          <p className="field__hint">{t('summary.nothing')}</p>
        ) : (
          <ul className="plain-list">
            {privateItems.map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
        )}
      </section>

      <ul className="page-links">
        {homeBuurt === null ? (
          <li>
            <Link to={PATHS.profile}>{t('summary.setBuurt')}</Link>
          </li>
        ) : (
          <li>
            <Link to={mapOfBuurt(homeBuurt.code)}>{t('summary.toMap', { buurt: homeBuurt.name })}</Link>
          </li>
        )}
        <li>
          <button type="button" className="link-button" onClick={() => onGo({ at: 'step', index: 0 })}>
            {t('summary.change')}
          </button>
        </li>
      </ul>
      <div className="wizard-nav">
        <button
          type="button"
          className="button"
          onClick={() => onGo({ at: 'step', index: INVENTORY_STEPS.length - 1 })}
        >
          {t('nav.back')}
        </button>
      </div>
    </section>
  );
}
