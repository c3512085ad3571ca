import type { ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/me.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../../../../api/shared/policy.ts';
import { PATHS } from '../../paths.ts';
import type { Asset, TaxonomyDomain, Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { mapOfBuurt } from '../paths.ts';
import { TagList } from '../shared/TagPicker.tsx';
import { WizardStep } from './WizardStep.tsx';
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
  const buurtName = homeBuurt?.name ?? t('summary.yourBuurt');

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
    <WizardStep className="summary" headingId="summary-heading" headingRef={headingRef} heading={t('summary.heading')}>
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

      <AudienceSection
        audience="neighbours"
        explained={t('summary.neighboursExplained')}
        nothing={forNeighbours.length === 0 && t('summary.nothing')}
      >
        {previews(forNeighbours)}
      </AudienceSection>

      <AudienceSection
        audience="connectors"
        explained={t('summary.connectorsExplained', { buurt: buurtName })}
        nothing={forConnectorsOnly.length === 0 && t('summary.nothing')}
      >
        {previews(forConnectorsOnly)}
      </AudienceSection>

      <AudienceSection
        audience="public"
        explained={t('summary.publicExplained', { buurt: buurtName })}
        nothing={counted.length === 0 && t('summary.nothingCounted')}
      >
        <p>{t('summary.countedIn')}</p>
        <TitleList items={counted} />
      </AudienceSection>
      <p className="audience__explained">{t('summary.notAPoint', { cell: CELL_SIZE_M, k: K_ANONYMITY })}</p>

      <AudienceSection audience="private" nothing={privateItems.length === 0 && t('summary.nothing')}>
        <TitleList items={privateItems} />
      </AudienceSection>

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
    </WizardStep>
  );
}

interface AudienceSectionProps {
  audience: 'neighbours' | 'connectors' | 'public' | 'private';
  /** Who they are and what they see; the person themselves needs no explaining. */
  explained?: string;
  /** Said instead of the items when there are none (false when there are). */
  nothing: string | false;
  children: ReactNode;
}

/** What one audience sees of the person's items. */
function AudienceSection({ audience, explained, nothing, children }: AudienceSectionProps) {
  const { t } = useContributeTranslation();
  const headingId = `audience-${audience}`;
  return (
    <section className={audience === 'private' ? 'audience audience--private' : 'audience'} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`summary.${audience}Heading`)}</h3>
      {explained !== undefined && <p className="audience__explained">{explained}</p>}
      {nothing === false ? children : <p className="field__hint">{nothing}</p>}
    </section>
  );
}

/** Items by their title alone. */
function TitleList({ items }: { items: readonly Asset[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>{item.title}</li>
      ))}
    </ul>
  );
}
