import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { nextDailySummaryAt, notificationJobs } from '../../api/mail/notification-mails.service.ts';
import type { ScheduledJob } from '../../api/shared/scheduler.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import { settle } from '../helpers/assets.ts';
import { tokenIn } from '../helpers/outbox.ts';

// Notification mails: what the jobs write to the outbox, per each person's choice, and the one-click unsubscribe.
// A wijk and buurt no other test uses. The jobs run for this file's people only (other files share the database).
const WIJK = 'WK085549';
const BUURT = 'BU08554901';
const PUBLIC_URL = 'http://localhost:3000';
const app = useTestApp({}, { introductionsPerDay: 100 });

let admin: TestAccount;
let anna: TestAccount;
let olga: TestAccount;
let piet: TestAccount;
let conny: TestAccount;
let club: string;
let otherClub: string;
const people: string[] = [];
let jobs: Record<string, ScheduledJob>;

interface Mail {
  id: string;
  kind: string;
  subject: string;
  body: string;
  html: string | null;
  language: string;
  headers: Record<string, string>;
  expires_at: Date | null;
}

async function mailsTo(account: TestAccount, kind?: string): Promise<Mail[]> {
  const { rows } = await app.pg.query<Mail>(
    `SELECT id, kind, subject, body, html, language, headers, expires_at FROM outbox_messages
     WHERE to_address = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at`,
    [account.email, kind ?? null],
  );
  return rows;
}

/** A moment after everything made so far: the jobs see what was made "before" it. */
const later = (minutes = 1) => new Date(Date.now() + minutes * 60_000);
const runFrequent = (now = later()) => jobs['notification-mails']!.run(app.pg.pool, now);
const runDaily = (now = later()) => jobs['notification-daily-summary']!.run(app.pg.pool, now);

async function person(name: string): Promise<TestAccount> {
  const account = await signUpAndLogIn(app, { displayName: name });
  await settle(app, account);
  people.push(account.id);
  return account;
}

async function setModes(account: TestAccount, modes: Record<string, string>) {
  const response = await account.client.put('/api/me/notification-preferences', { modes });
  expect(response.statusCode, response.body).toBe(200);
}

async function askClub(
  from: TestAccount,
  to = club,
  note = 'Wij koken graag <samen> & delen "recepten"',
): Promise<string> {
  const response = await from.client.post('/api/introductions', { to: { kind: 'organisation', id: to }, note });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function organisation(owner: TestAccount, name: string): Promise<string> {
  const created = await owner.client.post('/api/organisations', { name, kind: 'association' });
  expect(created.statusCode, created.body).toBe(201);
  await app.pg.query('UPDATE organisations SET buurt_code = $2 WHERE id = $1', [created.json().id, BUURT]);
  return created.json().id;
}

beforeAll(async () => {
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  anna = await person('Anna');
  olga = await person('Olga');
  piet = await person('Piet');
  conny = await person('Conny');
  for (const account of [anna, olga, piet, conny])
    expect((await account.client.patch('/api/me', { homeBuurtCode: BUURT })).statusCode).toBe(200);
  await app.pg.query(`UPDATE users SET home_location = NULL WHERE id = ANY ($1::uuid[])`, [people]);
  expect(
    (await admin.client.post(`/api/admin/users/${conny.id}/connector-areas`, { areaCode: BUURT })).statusCode,
  ).toBe(201);
  club = await organisation(olga, 'Kookclub Noord');
  otherClub = await organisation(piet, 'Fietsclub Noord');
  jobs = Object.fromEntries(
    notificationJobs({ mailer: app.mailer, publicUrl: PUBLIC_URL, people }).map((job) => [job.name, job]),
  );
}, 60_000);

describe('notification preferences', () => {
  it('have defaults defined once, change per kind, and refuse a mode a kind does not have, naming the field', async () => {
    const fresh = await person('Fenna');
    const read = await fresh.client.get('/api/me/notification-preferences');
    expect(read.statusCode).toBe(200);
    expect(read.json().modes).toEqual({
      introduction_asked: 'immediate',
      introduction_accepted: 'immediate',
      connector_introduction: 'immediate',
      thread_message: 'immediate',
      agenda_status: 'daily',
      buurt_digest: 'immediate',
    });
    const changed = await fresh.client.put('/api/me/notification-preferences', { modes: { thread_message: 'daily' } });
    expect(changed.json().modes).toMatchObject({ thread_message: 'daily', introduction_asked: 'immediate' });
    const daily = await fresh.client.put('/api/me/notification-preferences', { modes: { buurt_digest: 'daily' } });
    expect(daily.statusCode).toBe(400);
    expect(daily.json().errors[0].field).toBe('body/modes/buurt_digest');
    const unknown = await fresh.client.put('/api/me/notification-preferences', { modes: { weather: 'never' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toContain('body/modes');
    expect((await new TestClient(app).get('/api/me/notification-preferences')).statusCode).toBe(401);
    // Part of "my data".
    expect((await fresh.client.get('/api/me/export')).json().notificationPreferences).toMatchObject([
      { kind: 'thread_message', mode: 'daily' },
    ]);
  });
});

describe('notification mails', () => {
  it('mails an introduction asked of an organisation to its members at once, in their language, with unsubscribe', async () => {
    await olga.client.patch('/api/me', { language: 'en' });
    const id = await askClub(anna);
    expect(await runFrequent()).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = await mailsTo(olga, 'introduction_asked');
    expect(more).toHaveLength(0);
    expect(mail!.language).toBe('en');
    expect(mail!.subject).toContain('Anna would like to meet Kookclub Noord');
    // The note as its writer wrote it, escaped in the HTML.
    expect(mail!.body).toContain('Wij koken graag <samen> & delen "recepten"');
    expect(mail!.html).toContain('Wij koken graag &lt;samen&gt; &amp; delen &quot;recepten&quot;');
    expect(mail!.html).not.toContain('<samen>');
    expect(mail!.body).toContain(`${PUBLIC_URL}/kennismakingen/${id}`);
    expect(mail!.body).toContain(`${PUBLIC_URL}/profiel#meldingen`);
    expect(mail!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/mail/unsubscribe\\?token=[A-Za-z0-9_-]+>$`),
    );
    expect(mail!.body).toContain(`${PUBLIC_URL}/afmelden?token=`);
    // Never twice, however often the job runs.
    await runFrequent();
    expect(await mailsTo(olga, 'introduction_asked')).toHaveLength(1);
    await olga.client.patch('/api/me', { language: 'nl' });
  });

  it('says no more than the app: no other person’s address, no coordinates', async () => {
    await anna.client.put('/api/me/home-location', { location: { lng: 5.0912345, lat: 51.5612345 } });
    const id = await askClub(piet, club, 'Hoi');
    await runFrequent();
    const mails = await mailsTo(olga);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      for (const text of [mail.body, mail.html ?? '']) {
        for (const other of [anna.email, piet.email, conny.email]) expect(text).not.toContain(other);
        expect(text).not.toMatch(/5\.09|51\.56|\d+\.\d{4,}/);
      }
    }
    expect(id).toBeTruthy();
  });

  it('accepted: mailed to the asker at once; never: nothing, daily: only in the daily summary, once', async () => {
    const id = await askClub(anna, otherClub, 'Fietsen?');
    await setModes(anna, { introduction_accepted: 'never' });
    expect((await piet.client.post(`/api/introductions/${id}/answer`, { answer: 'accept' })).statusCode).toBe(200);
    await runFrequent();
    await runDaily();
    expect(await mailsTo(anna, 'introduction_accepted')).toHaveLength(0);

    await setModes(piet, { thread_message: 'daily' });
    const sent = await anna.client.post(`/api/introductions/${id}/messages`, { body: 'Zullen we zaterdag fietsen?' });
    expect(sent.statusCode, sent.body).toBe(201);
    await runFrequent();
    expect(await mailsTo(piet, 'thread_message')).toHaveLength(0);
    await runDaily();
    const summaries = await mailsTo(piet, 'daily_summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body).toContain('Anna');
    expect(summaries[0]!.html).toContain('<li>');
    expect(summaries[0]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // The message itself is not in the mail: the app shows it.
    expect(summaries[0]!.body).not.toContain('zaterdag');
    await runDaily(later(60 * 24));
    expect(await mailsTo(piet, 'daily_summary')).toHaveLength(1);

    const bea = await person('Bea');
    const again = await askClub(bea, club, 'Nog een keer');
    expect((await olga.client.post(`/api/introductions/${again}/answer`, { answer: 'accept' })).statusCode).toBe(200);
    await runFrequent();
    expect(await mailsTo(anna, 'introduction_accepted')).toHaveLength(0);
    const accepted = await mailsTo(bea, 'introduction_accepted');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.subject).toContain('Kookclub Noord');
  });

  it('batches a thread: two messages within the hour make one mail, a message after the hour another', async () => {
    const kees = await person('Kees');
    const id = await askClub(kees, club, 'Samen koken?');
    expect((await olga.client.post(`/api/introductions/${id}/answer`, { answer: 'accept' })).statusCode).toBe(200);
    const before = (await mailsTo(kees, 'thread_message')).length;
    const start = later();
    await olga.client.post(`/api/introductions/${id}/messages`, { body: 'Eerste bericht' });
    await runFrequent(start);
    await olga.client.post(`/api/introductions/${id}/messages`, { body: 'Tweede bericht' });
    await runFrequent(new Date(start.getTime() + 10 * 60_000));
    expect(await mailsTo(kees, 'thread_message')).toHaveLength(before + 1);
    await runFrequent(new Date(start.getTime() + 61 * 60_000));
    const mails = await mailsTo(kees, 'thread_message');
    expect(mails).toHaveLength(before + 2);
    expect(mails.at(-1)!.subject).toContain('Kookclub Noord');
  });

  it('mails a connector’s introduction as such, to both sides', async () => {
    const response = await conny.client.post('/api/connector/introductions', {
      parties: [
        { kind: 'organisation', id: club },
        { kind: 'organisation', id: otherClub },
      ],
      note: 'Koken en fietsen: een mooie tocht met picknick?',
    });
    expect(response.statusCode, response.body).toBe(201);
    await runFrequent();
    for (const [member, other] of [
      [olga, 'Fietsclub Noord'],
      [piet, 'Kookclub Noord'],
    ] as const) {
      const [mail] = await mailsTo(member, 'connector_introduction');
      expect(mail!.subject).toBe(
        `Conny stelt ${member === olga ? 'Kookclub Noord' : 'Fietsclub Noord'} voor aan ${other}`,
      );
      expect(mail!.body).toContain('Koken en fietsen: een mooie tocht met picknick?');
    }
  });
});

describe('agenda status', () => {
  it('tells supporters and pledgers of a change of status, in the same transaction, and not others', async () => {
    await admin.client.post(`/api/admin/users/${conny.id}/connector-areas`, { areaCode: WIJK });
    // One agenda per area and year: a year this wijk has none for yet (a server database keeps earlier runs').
    const { rows: free } = await app.pg.query<{ year: number }>(
      `SELECT y AS year FROM generate_series(2000, 2100) y
       WHERE NOT EXISTS (SELECT 1 FROM agendas a WHERE a.wijk_code = $1 AND a.year = y) ORDER BY y DESC LIMIT 1`,
      [WIJK],
    );
    const agenda = await conny.client.post('/api/agendas', { areaType: 'wijk', areaCode: WIJK, year: free[0]!.year });
    expect(agenda.statusCode, agenda.body).toBe(201);
    const agendaId = agenda.json().id;
    expect((await conny.client.post(`/api/agendas/${agendaId}/publish`)).statusCode).toBe(204);
    const item = await conny.client.post(`/api/agendas/${agendaId}/items`, {
      ambition: 'Een moestuin voor iedereen',
      theme: 'associations',
    });
    expect(item.statusCode, item.body).toBe(201);
    const itemId = item.json().id;
    expect((await anna.client.put(`/api/agenda-items/${itemId}/support`)).statusCode).toBe(204);
    const pledge = await olga.client.post(`/api/agenda-items/${itemId}/pledges`, {
      organisationId: club,
      what: 'Twee kookworkshops',
    });
    expect(pledge.statusCode, pledge.body).toBe(201);
    await setModes(olga, { agenda_status: 'immediate' });

    expect((await conny.client.patch(`/api/agenda-items/${itemId}`, { status: 'agreed' })).statusCode).toBe(200);
    const bell = (await anna.client.get('/api/me/notifications')).json();
    expect(bell.items[0]).toMatchObject({
      kind: 'agenda-status',
      agendaId,
      agendaStatus: 'agreed',
      about: 'Een moestuin voor iedereen',
    });
    await runFrequent();
    const [mail] = await mailsTo(olga, 'agenda_status');
    expect(mail!.body).toContain('"Een moestuin voor iedereen" op de buurtagenda is nu: afgesproken');
    expect(mail!.body).toContain(`${PUBLIC_URL}/agenda/${agendaId}`);
    // Anna has the default (daily): in her summary only.
    expect(await mailsTo(anna, 'agenda_status')).toHaveLength(0);
    await runDaily();
    expect((await mailsTo(anna, 'daily_summary')).at(-1)!.body).toContain('Een moestuin voor iedereen');
    // Neither the one who changed it nor anyone else.
    const { rows } = await app.pg.query(`SELECT user_id FROM notifications WHERE agenda_item_id = $1`, [itemId]);
    expect(rows.map((row) => row.user_id).sort()).toEqual([anna.id, olga.id].sort());
  });
});

describe('one-click unsubscribe', () => {
  it('a GET does not unsubscribe; a POST without log-in or CSRF token sets the kind to never, once', async () => {
    const member = await person('Mira');
    await app.pg.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [
      club,
      member.id,
    ]);
    await askClub(await person('Eerste'), club, 'Eerste');
    await runFrequent();
    const [mail] = await mailsTo(member, 'introduction_asked');
    const token = tokenIn(mail!.headers['List-Unsubscribe']!);
    const url = `/api/mail/unsubscribe?token=${token}`;

    const looked = await app.inject({ method: 'GET', url });
    expect(looked.statusCode).toBe(200);
    expect(looked.json()).toEqual({ kind: 'introduction_asked', language: 'nl' });
    expect((await member.client.get('/api/me/notification-preferences')).json().modes.introduction_asked).toBe(
      'immediate',
    );

    const posted = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toEqual({ kind: 'introduction_asked' });
    expect((await member.client.get('/api/me/notification-preferences')).json().modes.introduction_asked).toBe('never');

    await askClub(await person('Tweede'), club, 'Tweede');
    await runFrequent();
    expect(await mailsTo(member, 'introduction_asked')).toHaveLength(1);

    const twice = await app.inject({ method: 'POST', url });
    expect(twice.statusCode).toBe(410);
    expect(twice.json().errors[0]).toMatchObject({ field: 'querystring/token', rule: 'single-use' });
    expect(twice.json().message).toContain(`${PUBLIC_URL}/profiel#meldingen`);
    const unknown = await app.inject({ method: 'POST', url: `/api/mail/unsubscribe?token=${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
    // Other unsafe routes still want their CSRF token.
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(403);
  });

  it('an expired link does not unsubscribe; the daily summary’s link stops every daily kind', async () => {
    const dora = await person('Dora');
    await setModes(dora, { thread_message: 'daily', agenda_status: 'daily' });
    const id = await askClub(dora, club, 'Verlopen?');
    await olga.client.post(`/api/introductions/${id}/answer`, { answer: 'accept' });
    await olga.client.post(`/api/introductions/${id}/messages`, { body: 'Hallo Dora' });
    await runDaily();
    const summary = (await mailsTo(dora, 'daily_summary')).at(-1)!;
    const token = tokenIn(summary.body);
    await app.pg.query(
      `UPDATE unsubscribe_tokens SET expires_at = now() - interval '1 minute'
       WHERE user_id = $1 AND kind = 'daily_summary' AND used_at IS NULL`,
      [dora.id],
    );
    const expired = await app.inject({ method: 'POST', url: `/api/mail/unsubscribe?token=${token}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().errors[0].rule).toBe('not-expired');
    await app.pg.query(
      `UPDATE unsubscribe_tokens SET expires_at = now() + interval '60 days' WHERE user_id = $1 AND kind = 'daily_summary'`,
      [dora.id],
    );
    expect((await app.inject({ method: 'POST', url: `/api/mail/unsubscribe?token=${token}` })).statusCode).toBe(200);
    const modes = (await dora.client.get('/api/me/notification-preferences')).json().modes;
    expect(modes).toMatchObject({ thread_message: 'never', agenda_status: 'never', introduction_asked: 'immediate' });
  });
});

describe('the weekly buurt digest', () => {
  it('has the layout, HTML and unsubscribe, is sent once a week, and not to whoever chose never', async () => {
    for (const account of [olga, piet]) {
      expect((await account.client.put(`/api/me/follows/${BUURT}`)).statusCode).toBe(204);
    }
    await app.pg.query(
      `UPDATE buurt_follows SET last_digest_at = now() - interval '8 days' WHERE user_id = ANY ($1::uuid[])`,
      [[olga.id, piet.id]],
    );
    await organisation(anna, 'Buurtmoestuin Noord');
    await setModes(piet, { buurt_digest: 'never' });
    const digests = jobs['buurt-digests']!;
    await digests.run(app.pg.pool, later());
    await digests.run(app.pg.pool, later(60));
    const [digest, ...more] = await mailsTo(olga, 'buurt_digest');
    expect(more).toHaveLength(0);
    expect(digest!.body).toContain('Buurtmoestuin Noord');
    expect(digest!.html).toContain('Buurtmoestuin Noord');
    expect(digest!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(await mailsTo(piet, 'buurt_digest')).toHaveLength(0);
  });
});

describe('transactional mails', () => {
  it('carry their language, HTML and the lifetime of their link', async () => {
    const client = new TestClient(app);
    const email = `nieuw-${Date.now()}@example.org`;
    await client.post('/api/auth/signup', {
      email,
      password: 'een lange zin als wachtwoord',
      displayName: 'Nieuw <b>',
      language: 'en',
    });
    await client.post('/api/auth/password-reset', { email });
    const { rows } = await app.pg.query<Mail & { created_at: Date }>(
      `SELECT kind, language, html, headers, expires_at, created_at FROM outbox_messages WHERE to_address = $1 ORDER BY created_at`,
      [email],
    );
    expect(rows.map((row) => row.kind)).toEqual(['welcome', 'password_reset']);
    for (const row of rows) {
      expect(row.language).toBe('en');
      expect(row.html).toContain('<!DOCTYPE html>');
      expect(row.headers).toEqual({});
    }
    expect(rows[0]!.html).toContain('Nieuw &lt;b&gt;');
    const lifetime = (row: { expires_at: Date | null; created_at: Date }) =>
      (row.expires_at!.getTime() - row.created_at.getTime()) / 3_600_000;
    expect(lifetime(rows[0]!)).toBeCloseTo(7 * 24, 0);
    expect(lifetime(rows[1]!)).toBeCloseTo(1, 1);
  });
});

describe('the daily summary', () => {
  it('goes out at 07:00 Dutch time, in winter and in summer', () => {
    expect(nextDailySummaryAt(new Date('2026-12-07T05:59:00Z')).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    expect(nextDailySummaryAt(new Date('2026-12-07T06:00:00Z')).toISOString()).toBe('2026-12-08T06:00:00.000Z');
    expect(nextDailySummaryAt(new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-02T05:00:00.000Z');
  });
});
