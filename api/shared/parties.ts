/** What takes part in an introduction: a resident, an organisation or a place. */
export type PartyKind = 'resident' | 'organisation' | 'place';

/** Where an introduction stands. */
export type IntroductionStatus = 'asked' | 'accepted' | 'declined' | 'met';
