import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../account/format.ts';
import { getFollows, unfollowBuurt, type FollowedBuurt } from '../api-client.ts';
import { NO_FILTERS, searchWithFilters } from '../assets-map/map-filters.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';

const HEADING_ID = 'follows-heading';

/** The map showing one buurt, as a link. */
function buurtOnMap(code: string): string {
  return `${PATHS.map}?${searchWithFilters(new URLSearchParams(), { ...NO_FILTERS, buurt: code }).toString()}`;
}

/** "Neighbourhoods you follow" on the profile: each with since when, a link to it on the map, and Stop following. */
export function FollowedBuurten() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getFollows, []);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function unfollow(buurt: FollowedBuurt, rest: FollowedBuurt[]): Promise<void> {
    setProblem(null);
    try {
      await unfollowBuurt(buurt.code);
    } catch {
      setProblem(t('follow.failed'));
      return;
    }
    replace(rest);
    setAnnouncement(t('follow.unfollowed', { buurt: buurt.name }));
    // Its button is gone: the keyboard goes back to the section's heading.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function content() {
    if (state.status === 'loading') return <p role="status">{t('form.loading')}</p>;
    if (state.status === 'error') return <LoadProblem onRetry={retry} />;
    if (state.data.length === 0) return <p>{t('follow.none')}</p>;
    const follows = state.data;
    return (
      <ul className="sessions" aria-labelledby={HEADING_ID}>
        {follows.map((buurt) => (
          <li key={buurt.code} className="session">
            <Link className="session__device" to={buurtOnMap(buurt.code)}>
              {buurt.name}
            </Link>
            <span className="session__times">{t('follow.since', { date: formatDate(buurt.since, i18n.language) })}</span>
            <button type="button" className="button" onClick={() => void unfollow(buurt, follows.filter((other) => other.code !== buurt.code))}>
              {t('follow.unfollow')}
              <span className="visually-hidden"> ({buurt.name})</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
        {t('follow.heading')}
      </h2>
      <p>{t('follow.intro')}</p>
      <p className="form-status" role="status">
        {announcement}
      </p>
      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {content()}
    </section>
  );
}
