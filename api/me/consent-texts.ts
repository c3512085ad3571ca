/**
 * The consent text shown before a home location is stored. A new wording gets a new version; the version a person
 * agreed to is recorded with the time, and the API accepts only the current one (they must have seen it).
 */
export const HOME_LOCATION_CONSENT = {
  purpose: 'home_location',
  version: '2026-11-28',
  nl:
    'Ik geef Krachtkaart mijn woonplek als punt op de kaart. Krachtkaart gebruikt dit punt alleen binnen de eigen ' +
    'database, om afstanden te berekenen (bijvoorbeeld: wie in de buurt deelt mijn interesse?). Niemand anders ziet het ' +
    'punt: anderen zien hooguit mijn buurt of een afstand in grove stappen. Ik kan het punt en deze toestemming altijd weer intrekken.',
  en:
    'I give Krachtkaart my home location as a point on the map. Krachtkaart uses this point only inside its own ' +
    'database, to calculate distances (for example: who nearby shares my interest?). Nobody else sees the point: others ' +
    'see at most my buurt or a distance in rough steps. I can withdraw the point and this consent at any time.',
} as const;

/** Consent for interview mode: a connector may record capacity-inventory items on this resident's behalf. */
export const INTERVIEW_CONSENT = {
  purpose: 'interview',
  version: '2026-11-28',
  nl:
    'Ik geef deze buurtverbinder toestemming om samen met mij mijn talenten, wensen en wat ik wil delen in Krachtkaart ' +
    'in te vullen, namens mij. Ik zie alles wat wordt ingevuld en kan het altijd wijzigen of verwijderen, en deze toestemming intrekken.',
  en:
    'I allow this connector to fill in my talents, wishes and what I would share in Krachtkaart together with me, on my ' +
    'behalf. I see everything that is filled in, can always change or delete it, and can withdraw this consent.',
} as const;
