import type { MailBlock } from '../shared/mail-layout.ts';
import type { Language } from '../shared/schemas.ts';
import type { NotificationMailKind } from '../shared/notification-mail.ts';

/** A notification as its mail may tell it: only what its recipient sees of it in the app. */
export interface MailableNotification {
  kind: 'introduction-asked' | 'introduction-accepted' | 'message' | 'agenda-status';
  mailKind: Exclude<NotificationMailKind, 'buurt_digest'>;
  introductionId: string | null;
  /** The other side, by the names the app shows (both sides for whoever made the introduction). */
  about: string | null;
  requestedByName: string | null;
  note: string | null;
  myOrganisation: string | null;
  mySideAsked: boolean;
  ambition: string | null;
  agendaId: string | null;
  detail: { from?: string; to?: string; reason?: string | null };
}

export interface NotificationText {
  subject: string;
  /** One line for the daily summary. */
  line: string;
  blocks: MailBlock[];
}

const STATUS = {
  nl: { idea: 'idee', agreed: 'afgesproken', 'under-way': 'onderweg', done: 'klaar', dropped: 'vervallen' },
  en: { idea: 'idea', agreed: 'agreed', 'under-way': 'under way', done: 'done', dropped: 'dropped' },
} as const;

const statusWord = (language: Language, status: string | undefined) =>
  STATUS[language][status as keyof (typeof STATUS)['nl']] ?? status ?? '';

/** The texts of one notification's mail, in the recipient's language, with the link to where it is in the app. */
export function notificationText(language: Language, item: MailableNotification, publicUrl: string): NotificationText {
  const en = language === 'en';
  const about = item.about ?? (en ? 'someone' : 'iemand');
  const asker = item.requestedByName ?? (en ? 'Someone' : 'Iemand');
  const you = item.myOrganisation ?? (en ? 'you' : 'jou');
  const introductionUrl = `${publicUrl}/kennismakingen/${encodeURIComponent(item.introductionId ?? '')}`;
  const open = (label: string, url = introductionUrl): MailBlock => ({ kind: 'action', label, url });
  const note = (): MailBlock[] =>
    item.note
      ? [
          { kind: 'paragraph', text: en ? `${asker} wrote:` : `${asker} schreef erbij:` },
          { kind: 'quote', text: item.note },
        ]
      : [];

  switch (item.mailKind) {
    case 'introduction_asked': {
      if (item.mySideAsked) {
        const text = en
          ? `${asker} asked, for ${you}, for an introduction to ${about}.`
          : `${asker} vroeg namens ${you} om een kennismaking met ${about}.`;
        return {
          subject: en ? `${you} asked to meet ${about}` : `${you} wil kennismaken met ${about}`,
          line: text,
          blocks: [
            { kind: 'paragraph', text },
            ...note(),
            open(en ? 'See the introduction' : 'Bekijk de kennismaking'),
          ],
        };
      }
      const text = en
        ? `${about} would like to meet ${you}. The introduction goes ahead only if you both say yes.`
        : `${about} wil graag kennismaken met ${you}. De kennismaking gaat alleen door als jullie allebei ja zeggen.`;
      return {
        subject: en ? `${about} would like to meet ${you}` : `${about} wil kennismaken met ${you}`,
        line: en ? `${about} would like to meet ${you}.` : `${about} wil kennismaken met ${you}.`,
        blocks: [{ kind: 'paragraph', text }, ...note(), open(en ? 'Answer' : 'Antwoord geven')],
      };
    }
    case 'connector_introduction': {
      const text = en
        ? `${asker}, a buurtverbinder, introduces ${you} to ${about}. The introduction goes ahead only if you both say yes.`
        : `${asker}, buurtverbinder, stelt ${you} voor aan ${about}. De kennismaking gaat alleen door als jullie allebei ja zeggen.`;
      return {
        subject: en ? `${asker} introduces ${you} to ${about}` : `${asker} stelt ${you} voor aan ${about}`,
        line: en ? `${asker} introduces ${you} to ${about}.` : `${asker} stelt ${you} voor aan ${about}.`,
        blocks: [{ kind: 'paragraph', text }, ...note(), open(en ? 'Answer' : 'Antwoord geven')],
      };
    }
    case 'introduction_accepted': {
      const text = en
        ? `The introduction with ${about} goes ahead: both sides said yes. You can now write to each other.`
        : `De kennismaking met ${about} gaat door: beide kanten zeiden ja. Jullie kunnen elkaar nu schrijven.`;
      return {
        subject: en ? `The introduction with ${about} goes ahead` : `De kennismaking met ${about} gaat door`,
        line: en ? `The introduction with ${about} goes ahead.` : `De kennismaking met ${about} gaat door.`,
        blocks: [{ kind: 'paragraph', text }, open(en ? 'Write a message' : 'Schrijf een bericht')],
      };
    }
    case 'thread_message': {
      const text = en
        ? `There is a new message in your conversation with ${about}.`
        : `Er is een nieuw bericht in je gesprek met ${about}.`;
      return {
        subject: en ? `New message: ${about}` : `Nieuw bericht: ${about}`,
        line: text,
        blocks: [{ kind: 'paragraph', text }, open(en ? 'Read the message' : 'Lees het bericht')],
      };
    }
    case 'agenda_status': {
      const ambition = item.ambition ?? '';
      const to = statusWord(language, item.detail.to);
      const text = en
        ? `"${ambition}" on the buurtagenda is now: ${to} (was: ${statusWord(language, item.detail.from)}).`
        : `"${ambition}" op de buurtagenda is nu: ${to} (was: ${statusWord(language, item.detail.from)}).`;
      const reason: MailBlock[] =
        item.detail.to === 'dropped' && item.detail.reason
          ? [
              { kind: 'paragraph', text: en ? 'The reason given:' : 'De reden:' },
              { kind: 'quote', text: item.detail.reason },
            ]
          : [];
      return {
        subject: en ? `Buurtagenda: "${ambition}" is now ${to}` : `Buurtagenda: "${ambition}" is nu ${to}`,
        line: text,
        blocks: [
          { kind: 'paragraph', text },
          ...reason,
          open(
            en ? 'See the agenda' : 'Bekijk de agenda',
            `${publicUrl}/agenda/${encodeURIComponent(item.agendaId ?? '')}`,
          ),
        ],
      };
    }
  }
}

/** The daily summary's texts around the lines of its notifications. */
export function dailySummaryText(language: Language, name: string, count: number) {
  const en = language === 'en';
  return {
    subject: en
      ? `Krachtkaart: ${count === 1 ? '1 notification' : `${count} notifications`} of the past day`
      : `Krachtkaart: ${count === 1 ? '1 melding' : `${count} meldingen`} van de afgelopen dag`,
    greeting: en ? `Hello ${name},` : `Hallo ${name},`,
    intro: en ? 'This is what happened for you on Krachtkaart:' : 'Dit is er voor jou gebeurd op Krachtkaart:',
    open: en ? 'Open Krachtkaart' : 'Open Krachtkaart',
  };
}

export const greeting = (language: Language, name: string) => (language === 'en' ? `Hello ${name},` : `Hallo ${name},`);
