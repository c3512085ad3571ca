import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { getAsset, type Asset, type MapFeature } from '../api/assets.ts';
import { ApiError } from '../api/client.ts';
import { getOrganisation, type Organisation } from '../api/organisations.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { featureText, type Privacy } from './feature-text.ts';
import { RetryAlert } from './LoadStatus.tsx';
import { SymbolIcon } from './SymbolIcon.tsx';
import { kindLabel, symbolOf } from './symbols.ts';
import type { TaxonomyLabels } from './taxonomy.ts';

const HEADING_ID = 'detail-heading';

type Loaded =
  { kind: 'asset'; asset: Asset } | { kind: 'organisation'; organisation: Organisation } | { kind: 'people' };

interface DetailPanelProps {
  feature: MapFeature;
  privacy: Privacy;
  labels: TaxonomyLabels | null;
  onClose: () => void;
}

function loadDetails(feature: MapFeature, signal: AbortSignal): Promise<Loaded> {
  if (feature.properties.layer !== 'asset') return Promise.resolve({ kind: 'people' });
  if (feature.properties.assetType === 'organisation') {
    return getOrganisation(feature.id, signal).then((organisation) => ({ kind: 'organisation', organisation }));
  }
  return getAsset(feature.id, signal).then((asset) => ({ kind: 'asset', asset }));
}

/**
 * The details of one feature: an asset or organisation as the API gives them to this visitor, or a group of residents
 * with its count (and, for logged-in visitors, who is in it). Escape or the close button closes it.
 */
export function DetailPanel({ feature, privacy, labels, onClose }: DetailPanelProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state, retry } = useApiData((signal) => loadDetails(feature, signal), [feature]);
  const text = featureText(t, feature, privacy);
  const title = state.status === 'ready' && state.data.kind === 'asset' ? state.data.asset.title : text.title;

  useEffect(
    function focusHeadingOnOpen() {
      headingRef.current?.focus();
    },
    [feature.id],
  );

  function closeOnEscape(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  }

  return (
    <section className="detail-panel" aria-labelledby={HEADING_ID} onKeyDown={closeOnEscape} data-id={feature.id}>
      <div className="detail-panel__top">
        <span className="detail-panel__type">
          <SymbolIcon symbol={symbolOf(feature)} />
          <span>
            {text.symbol}
            {text.kind !== '' && <> · {text.kind}</>}
          </span>
        </span>
        <button type="button" className="detail-panel__close" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {state.status === 'loading' && (
        <p className="detail-panel__status" role="status">
          {t('detail.loading')}
        </p>
      )}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? (
          <p className="detail-panel__status">{t('detail.notFound')}</p>
        ) : (
          <RetryAlert
            className="detail-panel__status"
            message={t('detail.error')}
            retryLabel={t('detail.retry')}
            onRetry={retry}
          />
        ))}
      {state.status === 'ready' && state.data.kind === 'asset' && (
        <AssetDetails asset={state.data.asset} labels={labels} />
      )}
      {state.status === 'ready' && state.data.kind === 'organisation' && (
        <OrganisationDetails organisation={state.data.organisation} labels={labels} />
      )}
      {state.status === 'ready' && state.data.kind === 'people' && (
        <PeopleDetails feature={feature} privacy={privacy} labels={labels} />
      )}
    </section>
  );
}

function dateOf(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'long' }).format(new Date(iso));
}

interface FactProps {
  term: string;
  children: ReactNode;
}

function Fact({ term, children }: FactProps) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

interface TagListProps {
  tags: readonly { key: string; label?: string }[];
  labels: TaxonomyLabels | null;
}

function TagList({ tags, labels }: TagListProps) {
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag.key}>{labels?.tagLabel(tag.key) ?? tag.label ?? tag.key}</li>
      ))}
    </ul>
  );
}

function StillActiveNotice() {
  const { t } = useTranslation();
  return <p className="still-active">{t('detail.stillActive')}</p>;
}

interface AssetDetailsProps {
  asset: Asset;
  labels: TaxonomyLabels | null;
}

function AssetDetails({ asset, labels }: AssetDetailsProps) {
  const { t } = useTranslation();
  const details = asset.details as {
    capacity?: number;
    stepFree?: boolean;
    accessibleToilet?: boolean;
    availability?: string;
  };
  const yesNo = (value: boolean) => (value ? t('detail.yes') : t('detail.no'));
  const owner =
    asset.owner === null ? null : asset.owner.kind === 'resident' ? asset.owner.displayName : asset.owner.name;

  return (
    <>
      {!asset.stillActive && <StillActiveNotice />}
      {asset.description !== '' && <p className="detail-panel__description">{asset.description}</p>}
      <dl className="detail-facts">
        <Fact term={t('detail.kind')}>{kindLabel(t, asset.type, asset.kind)}</Fact>
        {asset.buurt !== null && (
          <Fact term={t('detail.buurt')}>
            {asset.buurt.name}
            {asset.wijk !== null && <span className="detail-facts__note"> ({asset.wijk.name})</span>}
          </Fact>
        )}
        {owner !== null && <Fact term={t('detail.owner')}>{owner}</Fact>}
        {details.capacity !== undefined && (
          <Fact term={t('detail.capacity')}>{t('detail.capacityValue', { count: details.capacity })}</Fact>
        )}
        {details.stepFree !== undefined && <Fact term={t('detail.stepFree')}>{yesNo(details.stepFree)}</Fact>}
        {details.accessibleToilet !== undefined && (
          <Fact term={t('detail.accessibleToilet')}>{yesNo(details.accessibleToilet)}</Fact>
        )}
        {details.availability !== undefined && details.availability !== '' && (
          <Fact term={t('detail.availability')}>{details.availability}</Fact>
        )}
        {asset.tags.length > 0 && (
          <Fact term={t('detail.tags')}>
            <TagList tags={asset.tags} labels={labels} />
          </Fact>
        )}
        <Fact term={t('detail.lastConfirmed')}>{dateOf(asset.lastConfirmedAt)}</Fact>
      </dl>
    </>
  );
}

interface OrganisationDetailsProps {
  organisation: Organisation;
  labels: TaxonomyLabels | null;
}

function OrganisationDetails({ organisation, labels }: OrganisationDetailsProps) {
  const { t } = useTranslation();
  return (
    <>
      {!organisation.stillActive && <StillActiveNotice />}
      {organisation.description !== '' && <p className="detail-panel__description">{organisation.description}</p>}
      <dl className="detail-facts">
        <Fact term={t('detail.kind')}>{kindLabel(t, 'organisation', organisation.kind)}</Fact>
        {organisation.buurt !== null && <Fact term={t('detail.buurt')}>{organisation.buurt.name}</Fact>}
        <Fact term={t('detail.members')}>{organisation.memberCount}</Fact>
        {organisation.website !== null && (
          <Fact term={t('detail.website')}>
            {/* Typed by the organisation: no referrer, and search engines are told it is not our recommendation. */}
            <a href={organisation.website} rel="nofollow ugc noreferrer" target="_blank">
              {organisation.website}
            </a>
          </Fact>
        )}
        {organisation.tags.length > 0 && (
          <Fact term={t('detail.tags')}>
            <TagList tags={organisation.tags.map((key) => ({ key }))} labels={labels} />
          </Fact>
        )}
      </dl>
    </>
  );
}

interface PeopleDetailsProps {
  feature: MapFeature;
  privacy: Privacy;
  labels: TaxonomyLabels | null;
}

function PeopleDetails({ feature, privacy, labels }: PeopleDetailsProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const { people, members, buurtName } = feature.properties;
  const buurt = buurtName ?? '';
  const sentence =
    typeof people !== 'number'
      ? t('detail.peopleFewer', { k: privacy.k, buurt })
      : feature.properties.layer === 'people-cell'
        ? t('detail.peopleCell', { count: people, size: privacy.cellSizeMetres })
        : t('detail.peopleBuurt', { count: people, buurt });

  return (
    <>
      <p className="detail-panel__description">{sentence}</p>
      <p className="privacy-rule">{t('filters.privacy', { size: privacy.cellSizeMetres, k: privacy.k })}</p>
      {members !== undefined && members.length > 0 && (
        <>
          <h3>{t('detail.membersHeading')}</h3>
          <p className="detail-facts__note">{t('detail.membersNote')}</p>
          <ul className="member-list">
            {members.map((member, index) => (
              // Names are not unique; the order is the API's and stable for one answer.
              <li key={`${index}-${member.name}`}>
                <span className="member-list__name">{member.name}</span>
                {member.tags.length > 0 ? (
                  <TagList tags={member.tags.map((key) => ({ key }))} labels={labels} />
                ) : (
                  <span className="detail-facts__note"> {t('detail.nothingShared')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {user !== null && members === undefined && (
        <p className="detail-facts__note">{t('detail.membersZoomIn', { limit: privacy.membersLimit })}</p>
      )}
      {user === null && (
        <p>
          <Link to={withReturnPath(PATHS.login, `${location.pathname}${location.search}`)}>
            {t('detail.membersLogIn')}
          </Link>
        </p>
      )}
    </>
  );
}
