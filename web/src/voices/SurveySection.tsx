import { useTranslation } from 'react-i18next';
import type { ProfileAreaType } from '../api/areas.ts';
import type { Me } from '../api/me.ts';
import { getSurveyResults, getSurveyRounds, type SurveyAreaResult, type SurveyGradeKey } from '../api/surveys.ts';
import { LoadedPart } from '../forms/LoadedPart.tsx';
import type { Language } from '../i18n/i18n.ts';
import { formatNumber } from '../kompas/kompas-view.ts';
import { useApiData } from '../use-api-data.ts';
import { SurveyForm } from './SurveyForm.tsx';
import { GRADE_KEYS, type T, type VoicesArea } from './voices.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

interface SurveySectionProps {
  area: VoicesArea;
  wijkCode: string;
  language: Language;
  me: Me | null;
}

export function SurveySection({ area, wijkCode, language, me }: SurveySectionProps) {
  const { t: translate } = useTranslation();
  const t = translate as T;
  const { state, retry } = useApiData(
    async (signal) => {
      const rounds = await getSurveyRounds(null, signal);
      // Newest first: the latest round that asked the whole area, municipality-wide, for its wijk or for the buurt itself.
      const latest = rounds.find(
        (round) =>
          round.areaType === 'municipality' ||
          (round.areaType === 'wijk' && round.areaCode === wijkCode) ||
          (round.areaType === 'buurt' && round.areaType === area.type && round.areaCode === area.code),
      );
      if (latest === undefined) return null;
      const results = await getSurveyResults(latest.id, signal);
      return {
        round: results.round,
        row: results.results.find((row) => row.areaType === area.type && row.areaCode === area.code) ?? null,
      };
    },
    [area.type, area.code, wijkCode],
  );
  const home = me?.homeBuurt ?? null;
  const homeBuurt =
    home !== null && (area.type === 'buurt' ? home.code === area.code : home.wijkCode === wijkCode) ? home.code : null;
  const open = useApiData(
    async (signal) =>
      homeBuurt === null ? null : ((await getSurveyRounds(homeBuurt, signal)).find((round) => round.open) ?? null),
    [homeBuurt],
  );

  return (
    <section className="voices__section" aria-labelledby="voices-survey">
      <h2 id="voices-survey">{t('voices.surveyHeading')}</h2>
      <LoadedPart state={state} onRetry={retry} loading={t('voices.loading')}>
        {(latest) =>
          latest === null ? (
            <p>{t('voices.noRound')}</p>
          ) : (
            <SurveyResult
              title={latest.round.title}
              row={latest.row}
              areaName={area.name}
              areaType={area.type}
              language={language}
              t={t}
            />
          )
        }
      </LoadedPart>
      {open.state.status === 'ready' && open.state.data !== null && (
        <SurveyForm roundId={open.state.data.id} roundTitle={open.state.data.title} onAnswered={retry} t={t} />
      )}
    </section>
  );
}

interface SurveyResultProps {
  title: string;
  row: SurveyAreaResult | null;
  areaName: string;
  areaType: ProfileAreaType;
  language: Language;
  t: T;
}

function SurveyResult({ title, row, areaName, areaType, language, t }: SurveyResultProps) {
  if (row === null || row.reliability === 'hidden' || row.grades === null) {
    return (
      <p className="voices__note">
        {t('voices.round', { title })} {t(areaType === 'buurt' ? 'voices.tooFewBuurt' : 'voices.tooFew')}
      </p>
    );
  }
  const grades = row.grades;
  const change = row.change;
  const columns: TableColumn<SurveyGradeKey>[] = [
    { key: 'topic', heading: t('voices.colTopic'), rowHeader: true, cell: (key) => t(`voices.grade-${key}`) },
    {
      key: 'grade',
      heading: t('voices.colGrade'),
      cell: (key) => (
        <>
          <span className="voices-grades__bar" aria-hidden="true">
            <span style={{ width: `${grades[key] * 10}%` }} />
          </span>
          {formatNumber(grades[key], language)}
        </>
      ),
    },
    {
      key: 'change',
      heading: t('voices.colChange'),
      cell: (key) => <GradeChange change={change?.[key]} t={t} language={language} />,
    },
  ];
  return (
    <>
      <p className="voices__note">
        {t('voices.round', { title })} {t('voices.answers', { count: row.responses ?? 0 })}
        {row.reliability === 'indicative' && <strong className="voices__indicative"> {t('voices.indicative')}</strong>}
      </p>
      <DataTable
        className="voices-grades"
        caption={t('voices.gradesCaption', { wijk: areaName })}
        region={{ label: t('voices.gradesRegion') }}
        columns={columns}
        rows={GRADE_KEYS}
        rowKey={(key) => key}
      />
      {row.trend !== null && (
        <p>{t('voices.trend', { better: row.trend.better, same: row.trend.same, worse: row.trend.worse })}</p>
      )}
      {row.comments.length > 0 && (
        <>
          <h3>{t('voices.commentsHeading')}</h3>
          <ul className="voices__comments">
            {row.comments.map((comment, index) => (
              <li key={index}>
                <blockquote>{comment}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface GradeChangeProps {
  change: NonNullable<SurveyAreaResult['change']>[SurveyGradeKey] | undefined;
  language: Language;
  t: T;
}

function GradeChange({ change, language, t }: GradeChangeProps) {
  if (change === undefined) return '–';
  return (
    <>
      <span aria-hidden="true">{change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '='}</span>{' '}
      <span className="visually-hidden">{t(`voices.change-${change.direction}`)}</span>
      {change.direction !== 'same' && formatNumber(Math.abs(change.delta), language)}
    </>
  );
}
