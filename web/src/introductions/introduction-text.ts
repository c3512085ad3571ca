import type { TFunction } from 'i18next';
import type { Introduction } from '../api/introductions.ts';
import { askedBy, otherParties } from './parties.ts';

/** "Introduction with Ruud", or for a connector "Introduction: Ruud and Sanne". */
export function introductionTitle(
  t: TFunction<'translation'>,
  introduction: Pick<Introduction, 'parties' | 'myParty'>,
): string {
  const others = otherParties(introduction);
  if (others.length === 2) return t('introduction.titleBetween', { first: others[0]!.name, second: others[1]!.name });
  return others[0] === undefined ? t('introduction.titleFallback') : t('introduction.title', { name: others[0].name });
}

/** Who asked for it, in words. */
export function askedByText(
  t: TFunction<'translation'>,
  introduction: Pick<Introduction, 'askedByMe' | 'byConnector' | 'requestedBy'>,
): string {
  const asked = askedBy(introduction);
  return 'name' in asked ? t(`introductions.${asked.key}`, { name: asked.name }) : t(`introductions.${asked.key}`);
}
