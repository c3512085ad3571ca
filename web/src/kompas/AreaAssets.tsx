import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getBuurtSummary, getWijkSummary, type ProfileAreaType } from '../api/areas.ts';
import { getAsset, getMapPage, type MapFeature } from '../api/assets.ts';
import { SummaryFigures, type SummaryFiguresProps } from '../map-page/BuurtSummary.tsx';
import { LoadedPart } from '../forms/LoadedPart.tsx';
import type { Language } from '../i18n/i18n.ts';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';

/** How many stories the profile shows; the rest are on the map, filtered to the area. */
const STORY_LIMIT = 12;

interface AreaAssetsProps {
  area: { type: ProfileAreaType; code: string; name: string };
  language: Language;
}

/**
 * What the buurt or wijk has, as the map counts it (residents only from k on, per buurt), and the stories told
 * there: the asset summary of the profile.
 */
export function AreaAssets({ area, language }: AreaAssetsProps) {
  const { t } = useTranslation();
  const summary = useApiData<SummaryFiguresProps['summary']>(
    (signal) =>
      area.type === 'buurt'
        ? getBuurtSummary(area.code, language, signal)
        : getWijkSummary(area.code, language, signal),
    [area.type, area.code, language],
  );
  const stories = useApiData(
    (signal) => getMapPage({ types: 'story', [area.type]: area.code, limit: STORY_LIMIT }, null, signal),
    [area.type, area.code],
  );
  const mapLink = `${PATHS.map}?types=story&${area.type}=${encodeURIComponent(area.code)}`;

  return (
    <div className="profile-assets">
      <section className="profile-assets__section" aria-labelledby="profile-assets-heading">
        <h2 id="profile-assets-heading">{t('profileAssets.heading', { name: area.name })}</h2>
        <LoadedPart state={summary.state} onRetry={summary.retry} loading={t('summary.loading')}>
          {(figures) => <SummaryFigures summary={figures} />}
        </LoadedPart>
      </section>
      <section className="profile-assets__section" aria-labelledby="profile-stories-heading">
        <h2 id="profile-stories-heading">{t('profileAssets.storiesHeading')}</h2>
        <LoadedPart state={stories.state} onRetry={stories.retry} loading={t('summary.loading')}>
          {(found) =>
            found.features.length === 0 ? (
              <p>{t('profileAssets.noStories', { name: area.name })}</p>
            ) : (
              <>
                <ul className="profile-stories">
                  {found.features.map((feature) => (
                    <Story key={feature.id} feature={feature} />
                  ))}
                </ul>
                {found.page.nextCursor !== null && (
                  <p>
                    <Link to={mapLink}>{t('profileAssets.moreStories')}</Link>
                  </p>
                )}
              </>
            )
          }
        </LoadedPart>
      </section>
    </div>
  );
}

/** A story by its title; opening it loads the story itself (and prints it, once opened). */
function Story({ feature }: { feature: MapFeature }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const story = useApiData(
    (signal) => (open ? getAsset(feature.id, signal) : Promise.resolve(null)),
    [open, feature.id],
  );
  return (
    <li>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{feature.properties.title}</summary>
        <LoadedPart state={story.state} onRetry={story.retry} loading={t('summary.loading')}>
          {(asset) =>
            asset !== null && (
              <div className="profile-stories__body">
                <p>{asset.description}</p>
                {asset.owner !== null && (
                  <p className="profile-stories__by">
                    {t('profileAssets.by', {
                      name: asset.owner.kind === 'resident' ? asset.owner.displayName : asset.owner.name,
                    })}
                  </p>
                )}
              </div>
            )
          }
        </LoadedPart>
      </details>
    </li>
  );
}
