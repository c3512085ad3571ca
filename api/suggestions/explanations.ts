import { DISTANCE_BANDS_M } from '../shared/policy.ts';
import type { Language } from '../shared/schemas.ts';
import type { Role, RuleName } from './rules.ts';

/** A resident's distance band (see DISTANCE_BANDS_M): '<500' … '<3000', or 'same-buurt'. */
export function residentBand(metres: number, sameBuurt: boolean): string {
  // Also a neighbour who gave only their buurt (no home point: Infinity).
  if (sameBuurt && metres > DISTANCE_BANDS_M[0]) return 'same-buurt';
  return `<${DISTANCE_BANDS_M.find((limit) => metres < limit) ?? DISTANCE_BANDS_M.at(-1)!}`;
}

/** How far, in words. Residents: a band only (see DISTANCE_BANDS_M); places and organisations: rounded to 50 m. */
export function distanceText(
  metres: number,
  sameBuurt: boolean,
  resident: boolean,
  language: Language,
): { band: string; text: string } {
  if (resident) {
    const band = residentBand(metres, sameBuurt);
    if (band === 'same-buurt') return { band, text: language === 'en' ? 'in your buurt' : 'in je buurt' };
    const limit = Number(band.slice(1));
    return { band, text: limit >= 1000 ? `< ${limit / 1000} km` : `< ${limit} m` };
  }
  const rounded = Math.max(50, Math.round(metres / 50) * 50);
  return {
    band: 'exact',
    text:
      rounded >= 1000
        ? `${(rounded / 1000).toFixed(1).replace('.', language === 'nl' ? ',' : '.')} km`
        : `${rounded} m`,
  };
}

/** A list in words: "a, b and c" / "a, b en c". */
export function listText(items: string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'en'} ${items.at(-1)}`;
}

interface Facts {
  rule: RuleName;
  /** The candidate's role (what they bring). */
  role: Role;
  name: string;
  title: string;
  distance: string;
  what: string;
}

/** Why this suggestion, in plain words (B1), and what could happen next. */
export function explain(facts: Facts, language: Language): { reason: string; nextStep: string } {
  const { name, title, distance, what } = facts;
  const en = language === 'en';
  const ask = en ? 'Ask for an introduction.' : 'Vraag een kennismaking aan.';
  switch (facts.rule) {
    case 'teach-learn':
      return facts.role === 'learn'
        ? {
            reason: en
              ? `${name} (${distance}) would like to learn ${what}: something you can do.`
              : `${name} (${distance}) wil ${what} leren: dat kun jij.`,
            nextStep: ask,
          }
        : {
            reason: en
              ? `${name} (${distance}) can do ${what}, which you would like to learn.`
              : `${name} (${distance}) kan ${what}, en dat wil jij leren.`,
            nextStep: ask,
          };
    case 'shared-passion':
      return {
        reason: en
          ? `${name} (${distance}) shares your passion for ${what}.`
          : `${name} (${distance}) deelt je passie voor ${what}.`,
        nextStep: ask,
      };
    case 'volunteer':
      return facts.role === 'volunteers-wanted'
        ? {
            reason: en
              ? `${name} (${distance}) looks for volunteers: “${title}”. You can do ${what}.`
              : `${name} (${distance}) zoekt vrijwilligers: “${title}”. Jij kunt ${what}.`,
            nextStep: en
              ? 'Offer your help: ask for an introduction.'
              : 'Bied je hulp aan: vraag een kennismaking aan.',
          }
        : {
            reason: en
              ? `${name} (${distance}) can do ${what}: your volunteers’ work.`
              : `${name} (${distance}) kan ${what}: werk voor jullie vrijwilligers.`,
            nextStep: ask,
          };
    case 'space':
      return facts.role === 'space-offered'
        ? {
            reason: en
              ? `${name} (${distance}) has room: “${title}”.`
              : `${name} (${distance}) heeft ruimte: “${title}”.`,
            nextStep: en ? 'Ask whether you can use it.' : 'Vraag of jullie er terecht kunnen.',
          }
        : {
            reason: en
              ? `${name} (${distance}) looks for space: “${title}”.`
              : `${name} (${distance}) zoekt ruimte: “${title}”.`,
            nextStep: en
              ? 'Offer your room: ask for an introduction.'
              : 'Bied jullie ruimte aan: vraag een kennismaking aan.',
          };
    case 'partners':
      return facts.role === 'organisation'
        ? {
            reason: en
              ? `${name} (${distance}) also works on ${what}.`
              : `${name} (${distance}) werkt ook aan ${what}.`,
            nextStep: en ? 'Get to know each other as partners.' : 'Maak kennis als partners.',
          }
        : {
            reason: en
              ? `${name} (${distance}): “${title}”, on ${what}.`
              : `${name} (${distance}): “${title}”, over ${what}.`,
            nextStep: ask,
          };
    case 'lend-share':
      return facts.role === 'lend'
        ? {
            reason: en
              ? `${name} (${distance}) lends “${title}”, for ${what}.`
              : `${name} (${distance}) leent “${title}” uit, voor ${what}.`,
            nextStep: en ? 'Ask to borrow it.' : 'Vraag of je het mag lenen.',
          }
        : {
            reason: en
              ? `${name} (${distance}) is looking for “${title}”: you could lend it.`
              : `${name} (${distance}) zoekt “${title}”: jij kunt het uitlenen.`,
            nextStep: ask,
          };
  }
}

/**
 * The first note of an introduction, written for the one who reads it (the candidate), in their language: what the
 * asker brings and why they ask. The asker sees it before sending and can change it. The reason above is written for
 * the asker; sent as it was, it told its reader what they themselves offer.
 */
export function noteFor(facts: Omit<Facts, 'distance'>, language: Language): string {
  const { name, title, what } = facts;
  const en = language === 'en';
  const meet = en ? 'Shall we meet?' : 'Zullen we kennismaken?';
  switch (facts.rule) {
    case 'teach-learn':
      return facts.role === 'learn'
        ? en
          ? `Hi ${name}, I can do ${what}, and I saw you would like to learn it. ${meet}`
          : `Hoi ${name}, ik kan ${what} en zag dat jij dat wilt leren. ${meet}`
        : en
          ? `Hi ${name}, you can do ${what}, and I would love to learn it. ${meet}`
          : `Hoi ${name}, jij kunt ${what} en dat wil ik graag leren. ${meet}`;
    case 'shared-passion':
      return en
        ? `Hi ${name}, I share your passion for ${what}. ${meet}`
        : `Hoi ${name}, ik deel je passie voor ${what}. ${meet}`;
    case 'volunteer':
      return facts.role === 'volunteers-wanted'
        ? en
          ? `Hello ${name}, I saw you are looking for volunteers: “${title}”. I can do ${what} and would like to help.`
          : `Hallo ${name}, ik zag dat jullie vrijwilligers zoeken: “${title}”. Ik kan ${what} en help graag mee.`
        : en
          ? `Hi ${name}, we are looking for volunteers, and you can do ${what}. Would you like to meet?`
          : `Hoi ${name}, wij zoeken vrijwilligers en jij kunt ${what}. Wil je kennismaken?`;
    case 'space':
      return facts.role === 'space-offered'
        ? en
          ? `Hello ${name}, we are looking for space and saw “${title}”. Could we use it?`
          : `Hallo ${name}, wij zoeken ruimte en zagen “${title}”. Kunnen we daar terecht?`
        : en
          ? `Hello ${name}, you are looking for space: “${title}”. We have room. ${meet}`
          : `Hallo ${name}, jullie zoeken ruimte: “${title}”. Wij hebben ruimte. ${meet}`;
    case 'partners':
      return facts.role === 'organisation'
        ? en
          ? `Hello ${name}, we also work on ${what}. Shall we meet as partners?`
          : `Hallo ${name}, wij werken ook aan ${what}. Zullen we als partners kennismaken?`
        : en
          ? `Hello ${name}, we saw “${title}”, on ${what}. ${meet}`
          : `Hallo ${name}, we zagen “${title}”, over ${what}. ${meet}`;
    case 'lend-share':
      return facts.role === 'lend'
        ? en
          ? `Hi ${name}, may I borrow “${title}”? I need it for ${what}.`
          : `Hoi ${name}, mag ik “${title}” van je lenen? Ik zoek het voor ${what}.`
        : en
          ? `Hi ${name}, you are looking for “${title}”: I can lend it to you.`
          : `Hoi ${name}, je zoekt “${title}”: ik kan het je lenen.`;
  }
}

/** Three or more people with the same passion nearby: start a group, perhaps at a place nearby. */
export function explainGroup(
  facts: { people: number; what: string; place: { name: string; distance: string } | null },
  language: Language,
): { reason: string; nextStep: string } {
  const en = language === 'en';
  const where = facts.place
    ? en
      ? ` It could meet at ${facts.place.name} (${facts.place.distance}).`
      : ` Jullie kunnen samenkomen in ${facts.place.name} (${facts.place.distance}).`
    : '';
  return {
    reason: en
      ? `You and ${facts.people - 1} neighbours share a passion for ${facts.what}.${where}`
      : `Jij en ${facts.people - 1} buren delen een passie voor ${facts.what}.${where}`,
    nextStep: en ? 'Start a group: ask for introductions.' : 'Begin een groep: vraag kennismakingen aan.',
  };
}
