import type { Pool } from 'pg';
import type { Queryable } from '../shared/db.ts';
import type { Mailer } from '../shared/mailer.ts';
import { renderMail, type MailBlock, type RenderedMail } from '../shared/mail-layout.ts';
import { mailModes, unsubscribeParts } from '../shared/notification-mail.ts';
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

/** One followed buurt's news as a heading and its lines, or nothing when nothing is new there. */
function buurtSection(language: 'nl' | 'en', name: string, news: NewsRow[]): MailBlock[] {
  if (news.length === 0) return [];
  const lines: string[] = [];
  for (const what of Object.keys(WHAT[language]) as NewsRow['what'][]) {
    const rows = news.filter((row) => row.what === what);
    if (rows.length === 0) continue;
    const items = rows.map((row) => row.title);
    lines.push(`${WHAT[language][what]}: ${items.join(', ')}`);
  }
  return [
    { kind: 'heading', text: name },
    { kind: 'paragraph', text: lines.join('\n') },
  ];
}

/** The digest in the mail layout, or null when there is nothing new to tell. */
export function digestText(
  language: 'nl' | 'en',
  name: string,
  sections: MailBlock[][],
  suggestions: string[],
  urls: { map: string; suggestions: string; follows: string },
  footer: MailBlock[] = [],
): RenderedMail | null {
  const news = sections.filter((section) => section.length > 0);
  if (news.length === 0 && suggestions.length === 0) return null;
  const en = language === 'en';
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: en ? `Hello ${name},` : `Hallo ${name},` },
    {
      kind: 'paragraph',
      text: en ? 'This is what is new in the buurten you follow.' : 'Dit is er nieuw in de buurten die je volgt.',
    },
    ...news.flat(),
  ];
  if (suggestions.length > 0)
    blocks.push(
      { kind: 'heading', text: en ? 'Suggested for you' : 'Voor jou' },
      { kind: 'list', items: suggestions },
      { kind: 'action', label: en ? 'See your suggestions' : 'Bekijk je suggesties', url: urls.suggestions },
    );
  blocks.push(
    { kind: 'action', label: en ? 'See the map' : 'Bekijk de kaart', url: urls.map },
    { kind: 'action', label: en ? 'Stop following a buurt' : 'Een buurt niet meer volgen', url: urls.follows },
  );
  return renderMail({
    language,
    subject: en ? 'Krachtkaart: new in your buurt this week' : 'Krachtkaart: nieuw in je buurt deze week',
    blocks,
    footer,
  });
}

/**
 * Writes the weekly digest to everyone whose digest is due (a week after the last), one e-mail per person for all the
 * buurten they follow, each in one transaction with the bookkeeping. Whoever chose "never" for the digest gets none,
 * but their week moves on all the same (so turning it on again does not bring old news). Returns how many e-mails
 * were written.
 */
export async function sendDueDigests(
  pool: Pool,
  mailer: Mailer,
  publicUrl: string,
  now = new Date(),
  people: string[] | null = null,
): Promise<number> {
  let sent = 0;
  for (const due of await repository.dueDigests(pool, now, DIGESTS_PER_RUN, people)) {
    await inTransaction(pool, async (client) => {
      if ((await mailModes(client, due.user_id)).buurt_digest !== 'never') {
        const message = await composeDigest(client, due, publicUrl, now);
        if (message) {
          await mailer.send(
            { to: due.email, userId: due.user_id, kind: 'buurt_digest', language: due.language, ...message },
            client,
          );
          sent += 1;
        }
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

async function composeDigest(db: Queryable, due: DueDigest, publicUrl: string, now: Date) {
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
  if (sections.every((section) => section.length === 0) && suggestions.length === 0) return null;
  const unsubscribe = await unsubscribeParts(db, {
    userId: due.user_id,
    kind: 'buurt_digest',
    language: due.language,
    publicUrl,
    now,
  });
  const mail = digestText(
    due.language,
    due.display_name,
    sections,
    suggestions,
    { map: `${publicUrl}/`, suggestions: `${publicUrl}/voor-jou`, follows: `${publicUrl}/profiel` },
    unsubscribe.footer,
  );
  return mail && { ...mail, headers: unsubscribe.headers };
}
