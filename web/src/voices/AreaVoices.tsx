import './voices.css';
import { getMe, type Me } from '../api/me.ts';
import { useSession } from '../account/session.tsx';
import type { Language } from '../i18n/i18n.ts';
import { useApiData } from '../use-api-data.ts';
import { ObservationsSection } from './ObservationsSection.tsx';
import { SurveySection } from './SurveySection.tsx';
import type { VoicesArea } from './voices.ts';

interface AreaVoicesProps {
  area: VoicesArea;
  /** The wijk itself, or the wijk the buurt lies in. */
  wijkCode: string;
  language: Language;
}

/**
 * What residents say about the buurt or wijk: the latest survey that asked the whole area (the municipality's, its
 * wijk's or its own), and what goes well or could be better.
 */
export function AreaVoices({ area, wijkCode, language }: AreaVoicesProps) {
  const { user } = useSession();
  const me = useApiData<Me | null>((signal) => (user === null ? Promise.resolve(null) : getMe(signal)), [user?.id]);
  const meData = me.state.status === 'ready' ? me.state.data : null;
  return (
    <div className="voices">
      <SurveySection area={area} wijkCode={wijkCode} language={language} me={meData} />
      <ObservationsSection area={area} loggedIn={user !== null} />
    </div>
  );
}
