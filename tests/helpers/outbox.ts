import type { App } from '../../api/app.ts';

/** The newest outbox message to an address, as the admin page would show it. */
export async function latestMessageTo(
  app: App,
  email: string,
): Promise<{ kind: string; subject: string; body: string } | undefined> {
  const { rows } = await app.pg.query<{ kind: string; subject: string; body: string }>(
    'SELECT kind, subject, body FROM outbox_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
    [email.toLowerCase()],
  );
  return rows[0];
}

/** The token in the link of a message (…?token=XYZ). */
export function tokenIn(body: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`no link with a token in:\n${body}`);
  return match[1]!;
}
