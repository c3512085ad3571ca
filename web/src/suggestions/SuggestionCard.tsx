import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../api/suggestions.ts';
import './suggestions.css';

interface SuggestionCardProps {
  suggestion: Suggestion;
  /** 3 inside a section that has its own h2. */
  headingLevel?: 2 | 3;
  /** What can be done with it: ask for an introduction, hide it. */
  children?: ReactNode;
}

/** One suggestion as a list item: who or what, why, how far (in bands for residents), and the next step. */
export function SuggestionCard({ suggestion, headingLevel = 2, children }: SuggestionCardProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <li className="suggestion">
      <SuggestionName as={Heading} className="suggestion__name" rule={suggestion.rule}>
        {suggestion.candidate.name}
      </SuggestionName>
      <p className="suggestion__reason">{suggestion.reason}</p>
      {suggestion.group && suggestion.group.members.length > 0 && (
        <p className="suggestion__members">
          {t('suggestions.members')} {suggestion.group.members.map((member) => member.name).join(', ')}
        </p>
      )}
      <p className="suggestion__facts">
        <span>{t('suggestions.distance', { distance: suggestion.distance.text })}</span>
        {[...suggestion.matchedTags, ...suggestion.matchedDomains].map((tag) => (
          <span key={tag.key} className="tag-chip">
            {tag.label}
          </span>
        ))}
      </p>
      <p className="suggestion__next">{suggestion.nextStep}</p>
      {children !== undefined && <div className="suggestion__actions">{children}</div>}
    </li>
  );
}

interface SuggestionNameProps {
  as: 'p' | 'h2' | 'h3';
  className: string;
  rule: Suggestion['rule'];
  /** The name: who or what is suggested, or the pair. */
  children: ReactNode;
}

/** A suggestion's name, followed by the rule that suggests it, in words. */
export function SuggestionName({ as: Name, className, rule, children }: SuggestionNameProps) {
  const { t } = useTranslation();
  return (
    <Name className={className}>
      {children}
      <span className="suggestion__rule"> · {t(`suggestions.rule-${rule}`)}</span>
    </Name>
  );
}
