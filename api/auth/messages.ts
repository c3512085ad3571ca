import type { Language } from './auth.repository.ts';

// E-mail texts in the recipient's language, in plain words (B1).
export interface MessageText {
  subject: string;
  body: string;
}

export function welcomeMessage(language: Language, name: string, verifyUrl: string): MessageText {
  return language === 'en'
    ? {
        subject: 'Welcome to Krachtkaart',
        body: `Hello ${name},\n\nWelcome to Krachtkaart. Please confirm your e-mail address by opening this link:\n${verifyUrl}\n\nThe link works for 7 days. Did you not sign up? Then you can ignore this message.`,
      }
    : {
        subject: 'Welkom bij Krachtkaart',
        body: `Hallo ${name},\n\nWelkom bij Krachtkaart. Bevestig je e-mailadres met deze link:\n${verifyUrl}\n\nDe link werkt 7 dagen. Heb je je niet aangemeld? Dan kun je dit bericht negeren.`,
      };
}

export function signupAttemptMessage(language: Language, resetUrl: string): MessageText {
  return language === 'en'
    ? {
        subject: 'Someone tried to sign up with your address',
        body: `Someone tried to create a Krachtkaart account with this e-mail address, but you already have one.\n\nForgot your password? Choose a new one here:\n${resetUrl}\n\nWas it not you? Then you can ignore this message.`,
      }
    : {
        subject: 'Iemand wilde zich aanmelden met jouw adres',
        body: `Iemand probeerde een Krachtkaart-account te maken met dit e-mailadres, maar je hebt al een account.\n\nWachtwoord vergeten? Kies hier een nieuw:\n${resetUrl}\n\nWas jij dit niet? Dan kun je dit bericht negeren.`,
      };
}

export function passwordResetMessage(language: Language, resetUrl: string): MessageText {
  return language === 'en'
    ? {
        subject: 'Choose a new password',
        body: `Open this link to choose a new password for Krachtkaart:\n${resetUrl}\n\nThe link works for 1 hour and only once. Did you not ask for this? Then you can ignore this message: your password stays the same.`,
      }
    : {
        subject: 'Kies een nieuw wachtwoord',
        body: `Open deze link om een nieuw wachtwoord voor Krachtkaart te kiezen:\n${resetUrl}\n\nDe link werkt 1 uur en maar één keer. Heb je hier niet om gevraagd? Dan kun je dit bericht negeren: je wachtwoord blijft hetzelfde.`,
      };
}

export function invitationMessage(organisation: string, inviter: string, acceptUrl: string): MessageText {
  // The invitee may have no account yet, so no language is known: both languages, Dutch first.
  return {
    subject: `Uitnodiging voor ${organisation} op Krachtkaart / Invitation`,
    body:
      `${inviter} nodigt je uit om lid te worden van ${organisation} op Krachtkaart.\nOpen deze link om de uitnodiging aan te nemen (14 dagen geldig):\n${acceptUrl}\n\n` +
      `${inviter} invites you to join ${organisation} on Krachtkaart.\nOpen this link to accept (valid for 14 days):\n${acceptUrl}`,
  };
}
