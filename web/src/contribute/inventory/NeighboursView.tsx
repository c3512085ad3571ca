import type { ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/me.ts';
import { getBuurtSummary } from '../../api/areas.ts';
import { CELL_SIZE_M, COUNTED_ACCOUNT_MIN_AGE_DAYS, K_ANONYMITY } from '../../../../api/shared/policy.ts';
import { VISIBILITIES } from '../../../../api/assets/asset-kinds.ts';
import { PATHS } from '../../paths.ts';
import { useApiData } from '../../use-api-data.ts';
import type { Asset, TaxonomyDomain, Visibility } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { mapOfBuurt } from '../paths.ts';
import { TagList } from '../shared/TagPicker.tsx';
import { WizardStep } from './WizardStep.tsx';
import { INVENTORY_STEPS, stepIndexOfKind, type StepKey, type WizardPosition } from './steps.ts';

interface NeighboursViewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  me: Me;
  items: readonly Asset[];
  /** The things they lend out, which count on the map as the items do. */
  things: readonly Asset[];
  taxonomy: readonly TaxonomyDomain[];
  /** Steps with text typed but not added. */
  unsavedSteps: readonly StepKey[];
  onGo: (position: WizardPosition) => void;
}

/**
 * The items an audience sees: the visibilities are nested, from the narrowest to the widest (VISIBILITIES' order), so
 * an audience sees every item for it or for a wider one.
 */
function seenAt(items: readonly Asset[], audience: Visibility): Asset[] {
  const widths = VISIBILITIES.slice(VISIBILITIES.indexOf(audience));
  return items.filter((item) => widths.includes(item.visibility));
}

/**
 * The end of the inventory: what the person added and who sees each item, where they count on the map, and what each
 * audience sees, exactly as the API shows it to them (a name, a buurt, the item and its tags; never an address or a
 * point), so the person can judge each choice.
 */
export function NeighboursView({ headingRef, me, items, things, taxonomy, unsavedSteps, onGo }: NeighboursViewProps) {
  const { t } = useContributeTranslation();
  const countable = [...items, ...things];
  const forNeighbours = seenAt(items, 'neighbours');
  const forConnectorsOnly = withOnly(items, 'connectors');
  const counted = seenAt(items, 'public');
  const countedOnMap = seenAt(countable, 'public');
  const privateItems = withOnly(items, 'private');
  const homeBuurt = me.homeBuurt;
  const buurtName = homeBuurt?.name ?? t('summary.yourBuurt');
  const publicLabel = t('visibility.public.label');

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

  function counts(audience: string, yes: boolean) {
    return (
      <li>
        {audience} <strong>{yes ? t('summary.countYes') : t('summary.countNo')}</strong>
      </li>
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

      <section className="audience" aria-labelledby="summary-added">
        <h3 id="summary-added">{t('summary.addedHeading')}</h3>
        {items.length === 0 ? (
          <p className="field__hint">{t('summary.addedNone')}</p>
        ) : (
          <ul className="added-list">
            {items.map((item) => (
              <li key={item.id} className="added-list__item">
                <span className="preview-card__title">{item.title}</span>
                <span className="added-list__who">
                  {t('summary.seenBy', { who: t(`visibility.${item.visibility}.label`) })}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('summary.changeItem', { title: item.title })}
                  onClick={() => onGo({ at: 'step', index: Math.max(0, stepIndexOfKind(item.kind)) })}
                >
                  {t('summary.changeItemShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="audience" aria-labelledby="summary-count">
        <h3 id="summary-count">{t('summary.countHeading')}</h3>
        {homeBuurt === null ? (
          <p>{t('summary.countNoBuurt')}</p>
        ) : (
          <>
            <p>{t('summary.countWhere', { buurt: homeBuurt.name, cell: CELL_SIZE_M, k: K_ANONYMITY })}</p>
            <ul className="count-list">
              {counts(t('summary.countForPublic'), countedOnMap.length > 0)}
              {counts(t('summary.countForNeighbours'), seenAt(countable, 'neighbours').length > 0)}
              {counts(
                t('summary.countForConnectors', { buurt: homeBuurt.name }),
                seenAt(countable, 'connectors').length > 0,
              )}
            </ul>
            {countedOnMap.length === 0 && <p>{t('summary.countPublicHow', { who: publicLabel })}</p>}
            <BuurtCount code={homeBuurt.code} name={homeBuurt.name} />
            <AccountCounts me={me} />
          </>
        )}
        <p className="audience__explained">{t('summary.notAPoint', { cell: CELL_SIZE_M, k: K_ANONYMITY })}</p>
      </section>

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
        explained={t('summary.publicExplained', { buurt: buurtName, k: K_ANONYMITY })}
        nothing={counted.length === 0 && t('summary.nothingCounted', { who: publicLabel })}
      >
        <p>{t('summary.countedIn')}</p>
        <TitleList items={counted} />
      </AudienceSection>

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

function withOnly(items: readonly Asset[], visibility: Visibility): Asset[] {
  return items.filter((item) => item.visibility === visibility);
}

/** The buurt's number of residents as visitors without an account see it (the buurt card's), or "fewer than k". */
function BuurtCount({ code, name }: { code: string; name: string }) {
  const { t, language } = useContributeTranslation();
  const { state } = useApiData((signal) => getBuurtSummary(code, language, signal), [code, language]);
  if (state.status === 'loading') return <p role="status">{t('summary.countBuurtLoading')}</p>;
  if (state.status === 'error') return <p>{t('summary.countBuurtError')}</p>;
  const { residents } = state.data.counts;
  return (
    <p className="count-buurt">
      {residents === null
        ? t('summary.countBuurtFewer', { buurt: name, k: state.data.k })
        : t('summary.countBuurt', { buurt: name, k: state.data.k, count: residents })}
    </p>
  );
}

/** New or unconfirmed accounts count toward no number until confirmed and a week old (uncounted_residents). */
function AccountCounts({ me }: { me: Me }) {
  const { t, language } = useContributeTranslation();
  const from = new Date(Date.parse(me.createdAt) + COUNTED_ACCOUNT_MIN_AGE_DAYS * 24 * 60 * 60 * 1000);
  if (!me.emailVerified) return <p>{t('summary.countNotConfirmed', { days: COUNTED_ACCOUNT_MIN_AGE_DAYS })}</p>;
  if (from.getTime() <= Date.now()) return null;
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(from);
  return <p>{t('summary.countFrom', { days: COUNTED_ACCOUNT_MIN_AGE_DAYS, date })}</p>;
}
