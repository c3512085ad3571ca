/** What takes part in an introduction, and what suggestions are for and of: a resident, an organisation or a place. */
export type PartyKind = 'resident' | 'organisation' | 'place';

/** Where an introduction stands. */
export type IntroductionStatus = 'asked' | 'accepted' | 'declined' | 'met';

/** When an introduction was asked for, answered (accepted or declined) and met, as stored. */
interface IntroductionTimesRow {
  created_at: Date;
  answered_at: Date | null;
  met_at: Date | null;
}

/** An introduction's times as the API answers them: ISO strings, null for what has not happened yet. */
export function introductionTimes(row: IntroductionTimesRow) {
  return {
    createdAt: row.created_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    metAt: row.met_at?.toISOString() ?? null,
  };
}
