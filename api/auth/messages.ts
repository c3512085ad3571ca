import { renderMail, type MailBlock, type RenderedMail } from '../shared/mail-layout.ts';
import type { Language } from './auth.repository.ts';

// E-mail texts in the recipient's language, in plain words (B1), as plain text and HTML in the one mail layout.
export type MessageText = RenderedMail;

const mail = (language: Language, subject: string, blocks: MailBlock[]) => renderMail({ language, subject, blocks });

export function welcomeMessage(language: Language, name: string, verifyUrl: string): MessageText {
  return language === 'en'
    ? mail(language, 'Welcome to Krachtkaart', [
        { kind: 'paragraph', text: `Hello ${name},` },
        { kind: 'paragraph', text: 'Welcome to Krachtkaart. Please confirm your e-mail address by opening this link:' },
        { kind: 'action', label: 'Confirm my e-mail address', url: verifyUrl },
        {
          kind: 'paragraph',
          text: 'The link works for 7 days. Did you not sign up? Then you can ignore this message.',
        },
      ])
    : mail(language, 'Welkom bij Krachtkaart', [
        { kind: 'paragraph', text: `Hallo ${name},` },
        { kind: 'paragraph', text: 'Welkom bij Krachtkaart. Bevestig je e-mailadres met deze link:' },
        { kind: 'action', label: 'Bevestig mijn e-mailadres', url: verifyUrl },
        { kind: 'paragraph', text: 'De link werkt 7 dagen. Heb je je niet aangemeld? Dan kun je dit bericht negeren.' },
      ]);
}

export function signupAttemptMessage(language: Language, resetUrl: string): MessageText {
  return language === 'en'
    ? mail(language, 'Someone tried to sign up with your address', [
        {
          kind: 'paragraph',
          text: 'Someone tried to create a Krachtkaart account with this e-mail address, but you already have one.',
        },
        { kind: 'paragraph', text: 'Forgot your password? Choose a new one here:' },
        { kind: 'action', label: 'Choose a new password', url: resetUrl },
        { kind: 'paragraph', text: 'The link works for 1 hour. Was it not you? Then you can ignore this message.' },
      ])
    : mail(language, 'Iemand wilde zich aanmelden met jouw adres', [
        {
          kind: 'paragraph',
          text: 'Iemand probeerde een Krachtkaart-account te maken met dit e-mailadres, maar je hebt al een account.',
        },
        { kind: 'paragraph', text: 'Wachtwoord vergeten? Kies hier een nieuw:' },
        { kind: 'action', label: 'Kies een nieuw wachtwoord', url: resetUrl },
        { kind: 'paragraph', text: 'De link werkt 1 uur. Was jij dit niet? Dan kun je dit bericht negeren.' },
      ]);
}

export function passwordResetMessage(language: Language, resetUrl: string): MessageText {
  return language === 'en'
    ? mail(language, 'Choose a new password', [
        { kind: 'paragraph', text: 'Open this link to choose a new password for Krachtkaart:' },
        { kind: 'action', label: 'Choose a new password', url: resetUrl },
        {
          kind: 'paragraph',
          text: 'The link works for 1 hour and only once. Did you not ask for this? Then you can ignore this message: your password stays the same.',
        },
      ])
    : mail(language, 'Kies een nieuw wachtwoord', [
        { kind: 'paragraph', text: 'Open deze link om een nieuw wachtwoord voor Krachtkaart te kiezen:' },
        { kind: 'action', label: 'Kies een nieuw wachtwoord', url: resetUrl },
        {
          kind: 'paragraph',
          text: 'De link werkt 1 uur en maar één keer. Heb je hier niet om gevraagd? Dan kun je dit bericht negeren: je wachtwoord blijft hetzelfde.',
        },
      ]);
}

export function invitationMessage(organisation: string, inviter: string, acceptUrl: string): MessageText {
  // The invitee may have no account yet, so no language is known: both languages, Dutch first.
  return mail('nl', `Uitnodiging voor ${organisation} op Krachtkaart / Invitation`, [
    { kind: 'paragraph', text: `${inviter} nodigt je uit om lid te worden van ${organisation} op Krachtkaart.` },
    { kind: 'action', label: 'Uitnodiging aannemen (14 dagen geldig)', url: acceptUrl },
    { kind: 'paragraph', text: `${inviter} invites you to join ${organisation} on Krachtkaart.` },
    { kind: 'action', label: 'Accept the invitation (valid for 14 days)', url: acceptUrl },
  ]);
}
