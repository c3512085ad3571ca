import { Type } from '@sinclair/typebox';
import { MAIL_MODES_OF, NOTIFICATION_MAIL_KINDS, DAILY_SUMMARY } from '../shared/notification-mail.ts';

export type { MailMode, NotificationMailKind, UnsubscribeKind } from '../shared/notification-mail.ts';
import { LanguageSchema, StringEnum } from '../shared/schemas.ts';

const DESCRIPTIONS = {
  introduction_asked: 'Someone asks to meet me or my organisation',
  introduction_accepted: 'An introduction of mine goes ahead',
  connector_introduction: 'A buurtverbinder introduces me (or my organisation) to someone',
  thread_message: 'A new message in a conversation (at most one mail per conversation per hour)',
  agenda_status: 'An agenda item I support or pledged to changes status',
  buurt_digest: 'The weekly news of the buurten I follow ("immediate": every week when it is due)',
} as const;

/** Each kind with the modes it may have; "daily" is one mail a day at 07:00 Dutch time with all of that day. */
const modesOf = (required: boolean) =>
  Type.Object(
    Object.fromEntries(
      NOTIFICATION_MAIL_KINDS.map((kind) => {
        const schema = StringEnum(MAIL_MODES_OF[kind], { description: DESCRIPTIONS[kind] });
        return [kind, required ? schema : Type.Optional(schema)];
      }),
    ),
    { additionalProperties: false },
  );

export const NotificationPreferencesSchema = Type.Object(
  { modes: modesOf(true), defaults: modesOf(true) },
  { $id: 'NotificationPreferences', additionalProperties: false },
);

export const UpdateNotificationPreferencesBodySchema = Type.Object(
  { modes: modesOf(false) },
  { additionalProperties: false },
);

export const UnsubscribeQuerySchema = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

const UnsubscribeKindSchema = StringEnum([...NOTIFICATION_MAIL_KINDS, DAILY_SUMMARY], {
  description: 'The kind of mail the link stops (daily_summary: every kind set to daily)',
});

export const UnsubscribeLinkSchema = Type.Object({ kind: UnsubscribeKindSchema, language: LanguageSchema });

export const UnsubscribedSchema = Type.Object({ kind: UnsubscribeKindSchema });
