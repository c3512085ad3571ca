import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getOrganisationSuggestions, type Suggestion } from '../api/suggestions.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { AskIntroduction, canBeIntroduced } from '../introductions/AskIntroduction.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { SuggestionCard } from './SuggestionCard.tsx';

interface OrganisationSuggestionsProps {
  organisationId: string;
  organisationName: string;
  /** Changes whenever the organisation or its items change: the suggestions are asked for again. */
  refreshKey?: number;
}

/** "Suggested for you" on an organisation's own page (members only): who nearby fits, and asking on its behalf. */
export function OrganisationSuggestions({
  organisationId,
  organisationName,
  refreshKey = 0,
}: OrganisationSuggestionsProps) {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(
    (signal) => getOrganisationSuggestions(organisationId, i18n.language, signal),
    [organisationId, i18n.language, refreshKey],
  );
  const [asked, setAsked] = useState<string | null>(null);
  const askedRef = useRef<HTMLParagraphElement>(null);

  function content() {
    if (state.status !== 'ready')
      return <PageLoadStatus state={state} onRetry={retry} loading={t('orgSuggestions.loading')} />;
    const answer = state.data;
    if (!answer.located) return <p>{t('orgSuggestions.noLocation')}</p>;
    if (answer.suggestions.length === 0) return <p>{t('orgSuggestions.none')}</p>;

    function showAsked(suggestion: Suggestion): void {
      replace({ ...answer, suggestions: answer.suggestions.filter((other) => other.key !== suggestion.key) });
      setAsked(t('ask.sent', { name: suggestion.candidate.name }));
      requestAnimationFrame(() => askedRef.current?.focus());
    }

    return (
      <ol className="suggestion-list" aria-label={t('orgSuggestions.listLabel', { name: organisationName })}>
        {answer.suggestions.map((suggestion) => (
          <SuggestionCard key={suggestion.key} suggestion={suggestion} headingLevel={3}>
            {canBeIntroduced(suggestion) && (
              <AskIntroduction suggestion={suggestion} fromOrganisation={organisationId} onAsked={showAsked} />
            )}
          </SuggestionCard>
        ))}
      </ol>
    );
  }

  return (
    <section className="section" aria-labelledby="organisation-suggestions-heading">
      <h2 id="organisation-suggestions-heading">{t('orgSuggestions.heading')}</h2>
      <p>{t('orgSuggestions.intro', { name: organisationName })}</p>
      <p ref={askedRef} className="form-status ask-sent" role="status" tabIndex={-1}>
        {asked !== null && (
          <>
            {asked} <Link to={PATHS.introductions}>{t('ask.toInbox')}</Link>
          </>
        )}
      </p>
      {content()}
    </section>
  );
}
