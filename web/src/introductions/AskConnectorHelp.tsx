import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session.tsx';
import { getBuurtConnectors } from '../api/connector.ts';
import { askIntroduction } from '../api/introductions.ts';
import { getMe } from '../api/me.ts';
import type { Suggestion } from '../api/suggestions.ts';
import { useApiData } from '../use-api-data.ts';
import { describeAskFailure } from './ask-failures.ts';
import { NOTE_MAX_LENGTH, NoteDisclosure } from './NoteDisclosure.tsx';

interface AskConnectorHelpProps {
  suggestion: Suggestion;
  /** After the ask: the name of the connector asked. */
  onAsked: (suggestion: Suggestion, asked: string[]) => void;
}

/**
 * "Start a group" with help: the connectors (buurtverbinders) of the resident's own buurt, each one note away. The
 * note goes as a request to get acquainted, which the connector accepts or not; then they talk in its messages. Shown
 * only to a resident with a buurt that has connectors (other than themselves).
 */
export function AskConnectorHelp({ suggestion, onAsked }: AskConnectorHelpProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { state } = useApiData(async (signal) => {
    const me = await getMe(signal);
    return me.homeBuurt === null ? [] : getBuurtConnectors(me.homeBuurt.code, signal);
  }, []);
  if (state.status !== 'ready') return null;
  const connectors = state.data.filter((connector) => connector.id !== user?.id);
  if (connectors.length === 0) return null;
  const what = suggestion.candidate.name.toLowerCase();
  return (
    <div className="ask-connector">
      <p className="ask-connector__lead">{t('askConnector.lead')}</p>
      {connectors.map((connector) => (
        <NoteDisclosure
          key={connector.id}
          secondary
          initialNote={t('askConnector.defaultNote', { name: connector.displayName, what }).slice(0, NOTE_MAX_LENGTH)}
          texts={{
            open: t('askConnector.open', { name: connector.displayName }),
            openDetail: suggestion.candidate.name,
            heading: t('askConnector.heading', { what }),
            label: t('askConnector.note', { name: connector.displayName }),
            hint: t('askConnector.noteHint', { name: connector.displayName, limit: NOTE_MAX_LENGTH }),
            submit: t('askConnector.submit'),
            cancel: t('ask.cancel'),
          }}
          send={async (note) => {
            await askIntroduction({
              to: { kind: 'resident', id: connector.id },
              note,
              suggestion: suggestion.key,
            });
            onAsked(suggestion, [connector.displayName]);
          }}
          describeFailure={(error) => describeAskFailure(t, error, connector.displayName)}
        />
      ))}
    </div>
  );
}
