import { useTranslation } from 'react-i18next';
import { askIntroduction } from '../api/introductions.ts';
import type { Suggestion } from '../api/suggestions.ts';
import { describeAskFailure } from './ask-failures.ts';
import { NOTE_MAX_LENGTH, NoteDisclosure } from './NoteDisclosure.tsx';

/** Only these can be introduced: a group is many people, each asked on their own. */
export type IntroducibleSuggestion = Suggestion & { candidate: { kind: 'resident' | 'organisation' | 'place' } };

export function canBeIntroduced(suggestion: Suggestion): suggestion is IntroducibleSuggestion {
  return suggestion.candidate.kind !== 'group';
}

interface AskIntroductionProps {
  suggestion: IntroducibleSuggestion;
  /** Ask for this organisation (its id) instead of for myself. */
  fromOrganisation?: string;
  onAsked: (suggestion: Suggestion) => void;
}

/**
 * "Ask for an introduction": a button that opens a short form under the suggestion, the note already written for the
 * one who reads it, in their language. The other side reads the note and chooses; nothing happens without their yes.
 */
export function AskIntroduction({ suggestion, fromOrganisation, onAsked }: AskIntroductionProps) {
  const { t } = useTranslation();
  const name = suggestion.candidate.name;
  return (
    <NoteDisclosure
      initialNote={suggestion.note}
      texts={{
        open: t('ask.open'),
        openDetail: name,
        heading: t('ask.heading', { name }),
        label: t('ask.note', { name }),
        hint: t('ask.noteHint', { name, limit: NOTE_MAX_LENGTH }),
        submit: t('ask.submit'),
        cancel: t('ask.cancel'),
      }}
      send={async (note) => {
        await askIntroduction({
          to: { kind: suggestion.candidate.kind, id: suggestion.candidate.id },
          ...(fromOrganisation === undefined ? {} : { fromOrganisation }),
          note,
          suggestion: suggestion.key,
        });
        onAsked(suggestion);
      }}
      describeFailure={(error) => describeAskFailure(t, error, name)}
    />
  );
}
