import type { Pool } from 'pg';
import type { Queryable } from '../shared/db.ts';
import type { Mailer } from '../shared/mailer.ts';
import { inTransaction } from '../shared/transaction.ts';
import { DEFAULT_RADIUS_M } from '../suggestions/rules.ts';
import { suggestionsFor } from '../suggestions/suggestions.service.ts';
import { followsRepository as repository, type DueDigest, type NewsRow } from './follows.repository.ts';

/** How many followers one run writes to; the next run (an hour later) takes the rest. */
const DIGESTS_PER_RUN = 500;
const SUGGESTIONS_IN_DIGEST = 3;

const WHAT = {
  nl: {
    talent: 'Nieuwe talenten',
    place: 'Nieuwe plekken',
    thing: 'Te leen',
    story: 'Nieuwe verhalen',
    organisation: 'Nieuwe organisaties',
  },
  en: {
    talent: 'New talents',
    place: 'New places',
    thing: 'To lend',
    story: 'New stories',
    organisation: 'New organisations',
  },
} as const;

function buurtSection(language: 'nl' | 'en', name: string, news: NewsRow[]): string {
  if (news.length === 0) return '';
  const lines = [`## ${name}`];
  for (const what of Object.keys(WHAT[language]) as NewsRow['what'][]) {
    const rows = news.filter((row) => row.what === what);
    if (rows.length === 0) continue;
    const items = rows.map((row) => row.title);
    lines.push(`${WHAT[language][what]}: ${items.join(', ')}`);
  }
  return lines.join('\n');
}

/** The digest's text, or null when there is nothing new to tell. */
export function digestText(
  language: 'nl' | 'en',
  name: string,
  sections: string[],
  suggestions: string[],
  urls: { map: string; suggestions: string; follows: string },
): { subject: string; body: string } | null {
  const news = sections.filter((section) => section.length > 0);
  if (news.length === 0 && suggestions.length === 0) return null;
  const en = language === 'en';
  const parts = [
    en ? `Hello ${name},` : `Hallo ${name},`,
    en ? 'This is what is new in the buurten you follow.' : 'Dit is er nieuw in de buurten die je volgt.',
  ];
  parts.push(...news);
  if (suggestions.length > 0)
    parts.push(
      (en ? '## Suggested for you\n' : '## Voor jou\n') +
        suggestions.map((text) => `- ${text}`).join('\n') +
        `\n${urls.suggestions}`,
    );
  parts.push(
    (en ? `See the map: ${urls.map}` : `Bekijk de kaart: ${urls.map}`) +
      '\n' +
      (en ? `Stop following a buurt: ${urls.follows}` : `Een buurt niet meer volgen: ${urls.follows}`),
  );
  return {
    subject: en ? 'Krachtkaart: new in your buurt this week' : 'Krachtkaart: nieuw in je buurt deze week',
    body: parts.join('\n\n'),
  };
}

/**
 * Writes the weekly digest to everyone whose digest is due (a week after the last), one e-mail per person for all the
 * buurten they follow, each in one transaction with the bookkeeping. Returns how many e-mails were written.
 */
export async function sendDueDigests(pool: Pool, mailer: Mailer, publicUrl: string, now = new Date()): Promise<number> {
  let sent = 0;
  for (const due of await repository.dueDigests(pool, now, DIGESTS_PER_RUN)) {
    await inTransaction(pool, async (client) => {
      const message = await composeDigest(client, due, publicUrl);
      if (message) {
        await mailer.send({ to: due.email, userId: due.user_id, kind: 'buurt_digest', ...message }, client);
        sent += 1;
      }
      await repository.markDigested(
        client,
        due.user_id,
        now,
        due.buurten.map((buurt) => buurt.code),
      );
    });
  }
  return sent;
}

async function composeDigest(db: Queryable, due: DueDigest, publicUrl: string) {
  const sections = [];
  for (const buurt of due.buurten)
    sections.push(
      buurtSection(due.language, buurt.name, await repository.buurtNews(db, buurt.code, buurt.since, due.language)),
    );
  const suggestions = (
    (
      await suggestionsFor(db, {
        subject: { kind: 'resident', id: due.user_id },
        viewerId: due.user_id,
        radiusM: DEFAULT_RADIUS_M,
        language: due.language,
        limit: SUGGESTIONS_IN_DIGEST,
      })
    )?.suggestions ?? []
  ).map((suggestion) => suggestion.reason);
  return digestText(due.language, due.display_name, sections, suggestions, {
    map: `${publicUrl}/`,
    suggestions: `${publicUrl}/voor-jou`,
    follows: `${publicUrl}/profiel`,
  });
}
