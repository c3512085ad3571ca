import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { introduceParties, type AreaSuggestion } from '../api/connector.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { NOTE_MAX_LENGTH, NoteDisclosure } from '../introductions/NoteDisclosure.tsx';
import { describeIntroduceFailure } from './introduce-failures.ts';

interface IntroducePairProps {
  suggestion: AreaSuggestion;
  onIntroduced: (suggestion: AreaSuggestion) => void;
}

/**
 * "Introduce them": a button that opens a short form under the pair, the note already written from what they share.
 * Both sides read the note and choose; nothing happens without both saying yes.
 */
export function IntroducePair({ suggestion, onIntroduced }: IntroducePairProps) {
  const { t } = useTranslation();
  const [first, second] = suggestion.parties;
  const names = { a: first?.name ?? '', b: second?.name ?? '' };
  return (
    <NoteDisclosure
      initialNote={defaultNote(suggestion, t, currentLanguage())}
      texts={{
        open: t('connector.introduce'),
        openDetail: t('connector.pairTitle', names),
        heading: t('connector.introduceHeading', names),
        label: t('connector.note'),
        hint: t('connector.noteHint', { limit: NOTE_MAX_LENGTH }),
        submit: t('connector.submit'),
        cancel: t('connector.cancel'),
      }}
      send={async (note) => {
        if (first === undefined || second === undefined) return;
        await introduceParties(
          [
            { kind: first.kind, id: first.id },
            { kind: second.kind, id: second.id },
          ],
          note,
          suggestion.key,
        );
        onIntroduced(suggestion);
      }}
      describeFailure={(error) => describeIntroduceFailure(t, error, names)}
    />
  );
}

// i18next's own TFunction: the t of useTranslation, passed on, makes TypeScript too deep once the translations grow.
type Translate = TFunction;

/** A first note from what the two share ("koken en tuinieren"); the connector can rewrite it. */
function defaultNote(suggestion: AreaSuggestion, t: Translate, language: string): string {
  const labels = suggestion.matchedTags.map((tag) => tag.label.toLocaleLowerCase(language));
  if (labels.length === 0) return t('connector.defaultNoteNoTags');
  const tags = new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
  return t('connector.defaultNote', { tags }).slice(0, NOTE_MAX_LENGTH);
}
