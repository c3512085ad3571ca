import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { askIntroduction } from '../api/introductions.ts';
import type { Suggestion } from '../api/suggestions.ts';
import { describeAskFailure } from './ask-failures.ts';
import { NOTE_MAX_LENGTH, NoteDisclosure } from './NoteDisclosure.tsx';

export type GroupSuggestion = Suggestion & { group: NonNullable<Suggestion['group']> };

export function isGroup(suggestion: Suggestion): suggestion is GroupSuggestion {
  return suggestion.candidate.kind === 'group' && suggestion.group !== undefined && suggestion.group.members.length > 0;
}

interface AskGroupProps {
  suggestion: GroupSuggestion;
  /** After the asks: the names of those asked (all, or as many as the daily limit allowed). */
  onAsked: (suggestion: Suggestion, asked: string[]) => void;
}

/**
 * "Start a group": one note to the neighbours who share the passion, sent as an introduction to each of them (each
 * says yes or no on their own), and the nearest meeting place on the map.
 */
export function AskGroup({ suggestion, onAsked }: AskGroupProps) {
  const { t } = useTranslation();
  const { members, place } = suggestion.group;
  const what = suggestion.candidate.name.toLowerCase();
  const names = members.map((member) => member.name).join(', ');
  const initialNote = [
    t('askGroup.defaultNote', { what }),
    place === null ? '' : ` ${t('askGroup.defaultPlace', { place: place.name })}`,
  ].join('');
  return (
    <>
      <NoteDisclosure
        initialNote={initialNote.slice(0, NOTE_MAX_LENGTH)}
        texts={{
          open: t('askGroup.open', { count: members.length }),
          openDetail: suggestion.candidate.name,
          heading: t('askGroup.heading', { what }),
          label: t('askGroup.note', { names }),
          hint: t('askGroup.noteHint', { limit: NOTE_MAX_LENGTH }),
          submit: t('askGroup.submit'),
          cancel: t('ask.cancel'),
        }}
        send={async (note) => {
          const asked: string[] = [];
          for (const member of members) {
            try {
              await askIntroduction({ to: { kind: 'resident', id: member.id }, note, suggestion: suggestion.key });
              asked.push(member.name);
            } catch (error) {
              // Already asked, or a recent no: the others are still asked. The daily limit stops the rest.
              if (error instanceof ApiError && error.status === 409) continue;
              if (asked.length > 0) break;
              throw error;
            }
          }
          onAsked(suggestion, asked);
        }}
        describeFailure={(error) => describeAskFailure(t, error, names)}
      />
      {place !== null && (
        <p className="suggestion__place">
          <Link to={`/?q=${encodeURIComponent(place.name)}`}>{t('askGroup.toPlace', { place: place.name })}</Link> (
          {place.distance})
        </p>
      )}
    </>
  );
}
