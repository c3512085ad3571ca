import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAreaObservations, reportObservation } from '../api/observations.ts';
import { LoadedPart } from '../forms/LoadedPart.tsx';
import { OBSERVATION_REPORT_REASONS, ReportForm } from '../forms/ReportForm.tsx';
import { useApiData } from '../use-api-data.ts';
import { ObservationForm } from './ObservationForm.tsx';
import type { T, VoicesArea } from './voices.ts';

/** How many observations show before "show all". */
const OBSERVATIONS_SHOWN = 8;

interface ObservationsSectionProps {
  area: VoicesArea;
  loggedIn: boolean;
}

export function ObservationsSection({ area, loggedIn }: ObservationsSectionProps) {
  const { t: translate } = useTranslation();
  const t = translate as T;
  const { state, retry } = useApiData(
    (signal) => getAreaObservations(area.type, area.code, signal),
    [area.type, area.code],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const all = state.status === 'ready' ? state.data : [];
  // Newest first; a busy wijk has dozens, so the first few and a button for the rest.
  const shown = showAll ? all : all.slice(0, OBSERVATIONS_SHOWN);
  const goesWell = all.filter((observation) => observation.kind === 'goes-well').length;

  return (
    <section className="voices__section" aria-labelledby="voices-observations">
      <h2 id="voices-observations">{t('voices.observationsHeading')}</h2>
      <LoadedPart state={state} onRetry={retry} loading={t('voices.loading')}>
        {(observations) =>
          observations.length === 0 ? (
            <p>{t('voices.noObservations', { wijk: area.name })}</p>
          ) : (
            <>
              <p className="voices__note">
                {t('voices.observationsCount', { goesWell, couldBeBetter: all.length - goesWell })}
              </p>
              <ul className="observations" aria-label={t('voices.observationsList', { wijk: area.name })}>
                {shown.map((observation) => (
                  <li key={observation.id} className={`observation observation--${observation.kind}`}>
                    {observation.thumbnailUrl !== null && (
                      <a href={observation.photoUrl ?? observation.thumbnailUrl} className="observation__photo">
                        <img
                          src={observation.thumbnailUrl}
                          alt={observation.body}
                          width={96}
                          height={96}
                          loading="lazy"
                        />
                      </a>
                    )}
                    <div>
                      <strong className="observation__kind">{t(`voices.kind-${observation.kind}`)}</strong>
                      <p>{observation.body}</p>
                      {loggedIn && (
                        <ReportForm
                          reasons={OBSERVATION_REPORT_REASONS}
                          send={({ reason, note }) => reportObservation(observation.id, { reason, note })}
                          authorName={null}
                          intro={t('report.introObservation')}
                          openLabel={t('voices.report')}
                          openLabelDetail={t('voices.reportDetail', { body: observation.body })}
                          onReported={() => setNotice(t('voices.reported'))}
                        />
                      )}
                    </div>
                  </li>
                ))}
              </ul>
              {all.length > OBSERVATIONS_SHOWN && (
                // Stays where it is (and keeps the focus) whether the list is long or short.
                <button
                  type="button"
                  className="button observations__more"
                  aria-expanded={showAll}
                  onClick={() => setShowAll(!showAll)}
                >
                  {showAll
                    ? t('voices.showNewestObservations', { count: OBSERVATIONS_SHOWN })
                    : t('voices.showAllObservations', { count: all.length })}
                </button>
              )}
            </>
          )
        }
      </LoadedPart>
      <p role="status" className="voices__status">
        {notice}
      </p>
      {loggedIn ? (
        <ObservationForm area={area} onAdded={retry} t={t} />
      ) : (
        <p className="voices__note">{t('voices.logInToAdd')}</p>
      )}
    </section>
  );
}
