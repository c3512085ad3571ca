import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getIntroductions } from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { UserPage } from '../account/RequireUser.tsx';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { introductionPath, PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { askedByText, introductionTitle } from './introduction-text.ts';
import { StatusWord } from './StatusWord.tsx';
import './introductions.css';

/** My introductions: asked by me or of me, newest first, each with its status in words. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  return <UserPage title={t('introductions.title')}>{() => <IntroductionList />}</UserPage>;
}

function IntroductionList() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData(getIntroductions, []);

  if (state.status !== 'ready')
    return <PageLoadStatus state={state} onRetry={retry} loading={t('introductions.loading')} />;

  return (
    <>
      <p className="page-intro">{t('introductions.intro')}</p>
      {state.data.length === 0 ? (
        <p>
          {t('introductions.empty')} <Link to={PATHS.suggestions}>{t('introductions.toSuggestions')}</Link>
        </p>
      ) : (
        <ul className="introduction-list" aria-label={t('introductions.listLabel')}>
          {state.data.map((introduction) => (
            <li key={introduction.id} className="introduction-item" data-status={introduction.status}>
              <h2 className="introduction-item__title">
                <Link to={introductionPath(introduction.id)}>{introductionTitle(t, introduction)}</Link>
              </h2>
              <p className="introduction-item__facts">
                <StatusWord status={introduction.status} labelled />
                {introduction.canAnswer && (
                  <span className="badge badge--action">{t('introductions.waitingForYou')}</span>
                )}
                {introduction.unread > 0 && (
                  <span className="badge">{t('introductions.unread', { count: introduction.unread })}</span>
                )}
              </p>
              <p className="introduction-item__who">
                {askedByText(t, introduction)} ·{' '}
                <time dateTime={introduction.createdAt}>{formatDateTime(introduction.createdAt, i18n.language)}</time>
                {introduction.messageCount > 0 && (
                  <> · {t('introductions.messages', { count: introduction.messageCount })}</>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
