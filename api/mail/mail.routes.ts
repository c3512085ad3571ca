import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../shared/errors.schemas.ts';
import { UNSUBSCRIBE_PATH } from '../shared/notification-mail.ts';
import { route } from '../shared/routes.ts';
import {
  NotificationPreferencesSchema,
  UnsubscribedSchema,
  UnsubscribeLinkSchema,
  UnsubscribeQuerySchema,
  UpdateNotificationPreferencesBodySchema,
} from './mail.schemas.ts';
import { mailService } from './mail.service.ts';

/** Notification mail: each person's choice per kind, and the one-click unsubscribe of a mail's link (RFC 8058). */
const mailRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(NotificationPreferencesSchema);
  const service = mailService({ pool: app.pg.pool, publicUrl: app.settings.publicUrl });
  const preferencesResponse = { 200: Type.Ref(NotificationPreferencesSchema) };

  // A mail client posts `List-Unsubscribe=One-Click` as a form (RFC 8058 §3.2); the token in the URL is all that
  // counts, so the form's content is read and ignored. Registered here, it applies to this feature's routes only.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) =>
    done(null, undefined),
  );

  app.get(
    '/api/me/notification-preferences',
    route('user', {
      tags: ['mail'],
      summary: 'Which notification mails I get: per kind immediate, daily (a summary at 07:00) or never',
      response: { ...preferencesResponse, ...errors(401) },
    }),
    (request) => service.preferences(request.user!.id),
  );

  app.put(
    '/api/me/notification-preferences',
    route('user', {
      tags: ['mail'],
      summary: 'Change which notification mails I get (only the kinds named)',
      body: UpdateNotificationPreferencesBodySchema,
      response: { ...preferencesResponse, ...errors(400, 401) },
    }),
    (request) => service.updatePreferences(request.user!.id, request.body.modes),
  );

  app.get(
    UNSUBSCRIBE_PATH,
    route('public', {
      tags: ['mail'],
      summary: 'What an unsubscribe link is about (does not unsubscribe: mail scanners open links)',
      querystring: UnsubscribeQuerySchema,
      response: { 200: UnsubscribeLinkSchema, ...errors(400, 404, 410) },
    }),
    (request) => service.describeUnsubscribe(request.query.token),
  );

  app.post(
    UNSUBSCRIBE_PATH,
    route('public', {
      tags: ['mail'],
      summary:
        'One-click unsubscribe (RFC 8058): the link\'s kind of mail becomes "never"; no log-in, the token decides',
      querystring: UnsubscribeQuerySchema,
      response: { 200: UnsubscribedSchema, ...errors(400, 404, 410) },
    }),
    (request) => service.unsubscribe(request.query.token),
  );
};

export default mailRoutes;
