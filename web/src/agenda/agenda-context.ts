import { createContext, useContext } from 'react';
import type { Agenda } from '../api/agendas.ts';
import type { Me } from '../api/me.ts';
import type { Language } from '../i18n/i18n.ts';

export interface AgendaContextValue {
  agenda: Agenda;
  language: Language;
  /** The logged-in visitor's account (their organisations), or null for a visitor without one. */
  me: Me | null;
  /** Loads the agenda again after a change and says what happened in the page's live region. */
  reload: (done: string) => Promise<void>;
}

export const AgendaContext = createContext<AgendaContextValue | null>(null);

export function useAgenda(): AgendaContextValue {
  const value = useContext(AgendaContext);
  if (value === null) throw new Error('useAgenda outside an AgendaPage');
  return value;
}
