import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../account/format.ts';
import { getFollows, unfollowBuurt, type FollowedBuurt } from '../api/follows.ts';
import { NO_FILTERS, searchWithFilters } from '../map-page/map-filters.ts';
import { RemovableList } from '../forms/RemovableList.tsx';
import { PATHS } from '../paths.ts';

/** The map showing one buurt, as a link. */
function buurtOnMap(code: string): string {
  return `${PATHS.map}?${searchWithFilters(new URLSearchParams(), { ...NO_FILTERS, buurt: code }).toString()}`;
}

/** "Neighbourhoods you follow" on the profile: each with since when, a link to it on the map, and Stop following. */
export function FollowedBuurten() {
  const { t, i18n } = useTranslation();
  return (
    <RemovableList<FollowedBuurt>
      headingId="follows-heading"
      heading={t('follow.heading')}
      intro={t('follow.intro')}
      load={getFollows}
      remove={(buurt) => unfollowBuurt(buurt.code)}
      keyOf={(buurt) => buurt.code}
      nameOf={(buurt) => buurt.name}
      label={(buurt) => (
        <Link className="session__device" to={buurtOnMap(buurt.code)}>
          {buurt.name}
        </Link>
      )}
      detail={(buurt) => t('follow.since', { date: formatDate(buurt.since, i18n.language) })}
      texts={{
        empty: t('follow.none'),
        remove: t('follow.unfollow'),
        failed: t('follow.failed'),
        removed: (buurt) => t('follow.unfollowed', { buurt: buurt.name }),
      }}
    />
  );
}
