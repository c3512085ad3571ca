import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifySchema, preHandlerAsyncHookHandler } from 'fastify';
import { errors } from '../shared/errors.schemas.ts';
import { noContent, route } from '../shared/routes.ts';
import { rateLimit } from '../shared/rate-limit.ts';
import {
  AcceptedSchema,
  CsrfTokenSchema,
  EmailBodySchema,
  LoginBodySchema,
  PasswordResetConfirmBodySchema,
  SessionSchema,
  SignupBodySchema,
  TokenBodySchema,
} from './auth.schemas.ts';
import { authService } from './auth.service.ts';
import { logIn } from '../plugins/auth.ts';

// Small bodies only: nothing here needs more than a few hundred bytes.
const AUTH_BODY_LIMIT = 8 * 1024;
const CHECK_YOUR_INBOX = 'If this address can be used, a message is on its way to it. Check your inbox.';
const tags = ['auth'];

/** A route that takes a body: public, small bodies only, and a rate limit before the handler where one is given. */
function withBody<S extends FastifySchema>(schema: S, limit?: preHandlerAsyncHookHandler) {
  return route('public', { tags, ...schema }, { bodyLimit: AUTH_BODY_LIMIT, ...(limit && { preHandler: limit }) });
}

/** A route that mails an address and answers 202 (see checkYourInbox), rate-limited per address and per client. */
function mailing<B extends TSchema>(summary: string, body: B, limit: preHandlerAsyncHookHandler) {
  return withBody({ summary, body, response: { 202: AcceptedSchema, ...errors(400, 429) } }, limit);
}

/** The answer that does not tell whether an address has an account: 202, once the change is done. */
async function checkYourInbox(reply: FastifyReply, change: Promise<unknown>) {
  await change;
  return reply.status(202).send({ message: CHECK_YOUR_INBOX });
}

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(SessionSchema);
  const service = authService({ pg: app.pg, mailer: app.mailer, publicUrl: app.settings.publicUrl });
  const limits = app.settings.rateLimits;
  const emailInBody = (request: { body: unknown }) => (request.body as { email?: string } | undefined)?.email;

  app.get(
    '/api/auth/csrf-token',
    route('public', {
      tags,
      summary: 'A token to send as x-csrf-token with every POST, PUT, PATCH and DELETE',
      response: { 200: CsrfTokenSchema },
    }),
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get(
    '/api/auth/session',
    route('public', {
      tags,
      summary: 'Who is logged in (user is null when nobody is)',
      response: { 200: Type.Ref(SessionSchema) },
    }),
    async (request) => ({ user: request.user }),
  );

  app.post(
    '/api/auth/signup',
    mailing(
      'Create an account; the answer is the same whether or not the address already has one',
      SignupBodySchema,
      rateLimit('signup', limits.signup, emailInBody),
    ),
    async (request, reply) =>
      checkYourInbox(reply, service.signup({ ...request.body, language: request.body.language ?? 'nl' })),
  );

  app.post(
    '/api/auth/login',
    withBody(
      {
        summary: 'Log in; sets the session cookie',
        body: LoginBodySchema,
        response: { 200: Type.Ref(SessionSchema), ...errors(400, 401, 429) },
      },
      rateLimit('login', limits.login, emailInBody),
    ),
    async (request) => {
      const user = await service.login(request.body.email, request.body.password);
      await logIn(app, request, user.id);
      return { user };
    },
  );

  app.post(
    '/api/auth/logout',
    route('public', { tags, summary: 'Log out: ends this session', response: { 204: Type.Null() } }),
    async (request, reply) => noContent(reply, request.session.destroy()),
  );

  app.post(
    '/api/auth/password-reset',
    mailing(
      'Send a password reset link; the answer is the same whether or not the address has an account',
      EmailBodySchema,
      rateLimit('password-reset', limits.passwordReset, emailInBody),
    ),
    async (request, reply) => checkYourInbox(reply, service.requestPasswordReset(request.body.email)),
  );

  app.post(
    '/api/auth/password-reset/confirm',
    withBody(
      {
        summary: 'Choose a new password with the token from the reset link; ends all sessions of the account',
        body: PasswordResetConfirmBodySchema,
        response: { 204: Type.Null(), ...errors(400) },
      },
      rateLimit('password-reset', limits.passwordReset, () => undefined),
    ),
    async (request, reply) => noContent(reply, service.resetPassword(request.body.token, request.body.password)),
  );

  app.post(
    '/api/auth/verify-email',
    withBody({
      summary: 'Confirm an e-mail address with the token from the welcome message',
      body: TokenBodySchema,
      response: { 204: Type.Null(), ...errors(400) },
    }),
    async (request, reply) => noContent(reply, service.verifyEmail(request.body.token)),
  );
};

export default authRoutes;
