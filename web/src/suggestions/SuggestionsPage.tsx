import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dismissSuggestion, getMySuggestions, type Suggestion } from '../api/suggestions.ts';
import { UserPage } from '../account/RequireUser.tsx';
import { CONTRIBUTE_PATHS } from '../contribute/paths.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { AskGroup, isGroup } from '../introductions/AskGroup.tsx';
import { AskConnectorHelp } from '../introductions/AskConnectorHelp.tsx';
import { AskIntroduction, canBeIntroduced } from '../introductions/AskIntroduction.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { SuggestionCard } from './SuggestionCard.tsx';
import './suggestions.css';

/** "Suggested for you": who and what nearby fits my inventory, with the reasons, best first. */
export function SuggestionsPage() {
  const { t } = useTranslation();
  return <UserPage title={t('suggestions.title')}>{() => <SuggestionList />}</UserPage>;
}

function SuggestionList() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData((signal) => getMySuggestions(i18n.language, signal), [i18n.language]);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const askedRef = useRef<HTMLParagraphElement>(null);

  if (state.status !== 'ready')
    return <PageLoadStatus state={state} onRetry={retry} loading={t('suggestions.loading')} />;
  const answer = state.data;

  async function dismiss(suggestion: Suggestion, index: number): Promise<void> {
    setProblem(null);
    setAsked(null);
    try {
      await dismissSuggestion('me', suggestion.key);
    } catch {
      setProblem(t('suggestions.dismissFailed'));
      return;
    }
    const rest = answer.suggestions.filter((other) => other.key !== suggestion.key);
    replace({ ...answer, suggestions: rest });
    setAnnouncement(t('suggestions.dismissed', { name: suggestion.candidate.name }));
    // Keep the keyboard where it was: on the next suggestion's button, or on the list when none is left.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.suggestion__dismiss');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      if (next) next.focus();
      else listRef.current?.focus();
    });
  }

  function showAsked(suggestion: Suggestion, groupAsked?: string[]): void {
    replace({ ...answer, suggestions: answer.suggestions.filter((other) => other.key !== suggestion.key) });
    setAnnouncement('');
    setAsked(
      groupAsked === undefined
        ? t('ask.sent', { name: suggestion.candidate.name })
        : groupAsked.length === 0
          ? t('askGroup.sentNone')
          : t('askGroup.sent', { names: groupAsked.join(', ') }),
    );
    // The form and its button are gone: the keyboard goes to the message that says what happened.
    requestAnimationFrame(() => askedRef.current?.focus());
  }

  return (
    <>
      <p className="page-intro">{t('suggestions.intro', { radius: answer.radiusMetres / 1000 })}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p ref={askedRef} className="form-status ask-sent" role="status" tabIndex={-1}>
        {asked !== null && (
          <>
            {asked} <Link to={PATHS.introductions}>{t('ask.toInbox')}</Link>
          </>
        )}
      </p>
      {problem && (
        <p className="suggestion-problem" role="alert">
          {problem}
        </p>
      )}
      {!answer.located ? (
        <p>
          {t('suggestions.noHome')} <Link to={PATHS.profile}>{t('suggestions.toProfile')}</Link>
        </p>
      ) : answer.suggestions.length === 0 ? (
        <p>
          {t('suggestions.none')} <Link to={CONTRIBUTE_PATHS.inventory}>{t('suggestions.toInventory')}</Link>
        </p>
      ) : (
        <ol className="suggestion-list" ref={listRef} tabIndex={-1} aria-label={t('suggestions.listLabel')}>
          {answer.suggestions.map((suggestion, index) => (
            <SuggestionCard key={suggestion.key} suggestion={suggestion}>
              {canBeIntroduced(suggestion) && <AskIntroduction suggestion={suggestion} onAsked={showAsked} />}
              {isGroup(suggestion) && <AskGroup suggestion={suggestion} onAsked={showAsked} />}
              {suggestion.candidate.kind === 'group' && (
                <AskConnectorHelp suggestion={suggestion} onAsked={showAsked} />
              )}
              <button
                type="button"
                className="button suggestion__dismiss"
                onClick={() => void dismiss(suggestion, index)}
              >
                {t('suggestions.dismiss')}
                <span className="visually-hidden"> ({suggestion.candidate.name})</span>
              </button>
            </SuggestionCard>
          ))}
        </ol>
      )}
    </>
  );
}
