import type { Introduction, IntroductionParty } from '../api/introductions.ts';

/** The side(s) I am introduced to: the other party, or both when I made the introduction as a connector. */
export function otherParties(introduction: Pick<Introduction, 'parties' | 'myParty'>): IntroductionParty[] {
  return introduction.parties.filter((party) => party.position !== introduction.myParty);
}

/** The one other resident I could block from here (an organisation cannot be blocked, only its people). */
export function blockableResident(
  introduction: Pick<Introduction, 'parties' | 'myParty'> &
    Partial<Pick<Introduction, 'byConnector' | 'requestedBy' | 'requestedById'>>,
): IntroductionParty | null {
  if (introduction.myParty === null) return null;
  const [other] = otherParties(introduction);
  if (other?.kind === 'resident') return other;
  // An organisation asked: the person who asked for it can be blocked.
  if (other && !introduction.byConnector && introduction.requestedById && introduction.requestedBy) {
    return { ...other, kind: 'resident', id: introduction.requestedById, name: introduction.requestedBy };
  }
  return null;
}

export type AskedByText =
  | { key: 'askedByMe' }
  | { key: 'viaConnector' | 'askedBy'; name: string }
  | { key: 'viaConnectorGone' | 'askedByGone' };

/** Who asked for it, as the inbox says it: me, someone by name, or "via connector X". */
export function askedBy(introduction: Pick<Introduction, 'askedByMe' | 'byConnector' | 'requestedBy'>): AskedByText {
  if (introduction.askedByMe) return { key: 'askedByMe' };
  if (introduction.byConnector)
    return introduction.requestedBy === null
      ? { key: 'viaConnectorGone' }
      : { key: 'viaConnector', name: introduction.requestedBy };
  return introduction.requestedBy === null
    ? { key: 'askedByGone' }
    : { key: 'askedBy', name: introduction.requestedBy };
}
