import type { Static } from '@sinclair/typebox';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { linkIntroductionToItem } from '../agendas/agendas.service.ts';
import { badRequest, conflict, forbidden, notFound, tooManyRequests } from '../shared/http-error.ts';
import type { Queryable } from '../shared/db.ts';
import { inTransaction } from '../shared/transaction.ts';
import { recordFeedback } from '../suggestions/suggestions.service.ts';
import {
  introductionsRepository as repository,
  type Answer,
  type IntroductionRow,
  type Party,
  type PartyRow,
} from './introductions.repository.ts';
import { introductionTimes, type IntroductionStatus as Status, type PartyKind } from '../shared/parties.ts';
import type {
  ConnectorIntroductionBodySchema,
  Introduction,
  IntroductionBodySchema,
  IntroductionDetailSchema,
  ReportBodySchema,
} from './introductions.schemas.ts';

/** How many introductions one account may ask for (or, as a connector, make) in 24 hours. */
export const DEFAULT_INTRODUCTIONS_PER_DAY = 10;

export interface PartyRef {
  kind: PartyKind;
  id: string;
}

/**
 * The state machine of an introduction, as a pure function: given both parties' answers, what is its status?
 * One decline closes it (quietly: nobody is notified); two acceptances open the thread. "met" comes only after
 * "accepted", by `markMet`.
 */
export function statusAfterAnswers(answers: [Answer, Answer]): Exclude<Status, 'met'> {
  if (answers.includes('declined')) return 'declined';
  return answers.every((answer) => answer === 'accepted') ? 'accepted' : 'asked';
}

const noIntroductionOfYours = () => notFound('names no introduction of yours', { field: 'params/id', rule: 'exists' });
const people = (parties: PartyRow[]) => [...new Set(parties.flatMap((party) => party.people))];
const samePerson = (a: Party, b: Party) =>
  (a.user_id !== null && a.user_id === b.user_id) ||
  (a.organisation_id !== null && a.organisation_id === b.organisation_id);

async function checkDailyLimit(db: Queryable, userId: string, perDay: number) {
  const today = await repository.countRequestedToday(db, userId);
  if (today.n >= perDay) {
    throw tooManyRequests(
      `asks for more than ${perDay} introductions in 24 hours; try again later`,
      today.seconds_left ?? 60,
      { field: 'body', rule: 'introductions-per-day' },
    );
  }
}

/** After a no, the same two are not introduced again for this long (by either of them, or by a connector). */
export const DECLINE_COOL_DOWN_DAYS = 90;

/** Refuses a new introduction between a and b while one stands between them: open, or declined recently. */
async function checkNoneStanding(db: Queryable, a: Party, b: Party, field: string) {
  const standing =
    (await repository.findStandingBetween(db, a, b, DECLINE_COOL_DOWN_DAYS)) ??
    (await repository.findStandingBetween(db, b, a, DECLINE_COOL_DOWN_DAYS));
  if (!standing) return;
  if (standing.status !== 'declined')
    throw conflict('already has an introduction that is open or accepted', { field: field, rule: 'unique' });
  const from = standing.askable_from!.toISOString().slice(0, 10);
  throw conflict(
    `had an introduction declined less than ${DECLINE_COOL_DOWN_DAYS} days ago; it can be asked again from ${from}`,
    { field: field, rule: 'declined-recently' },
  );
}

interface IntroductionRequest {
  requesterId: string;
  /** Ask for an organisation one is a member of, instead of for oneself. */
  fromOrganisationId: string | null;
  to: PartyRef;
  note: string;
  suggestionKey: string | null;
  perDay: number;
}

/** A resident or an organisation member asks to be introduced; their own side has said yes by asking. */
async function requestIntroduction(client: ClientBase, request: IntroductionRequest): Promise<string> {
  await checkDailyLimit(client, request.requesterId, request.perDay);
  const from = await repository.findOwnParty(client, request.requesterId, request.fromOrganisationId);
  if (!from) throw badRequest('body/fromOrganisation', 'member', 'must be an organisation you are a member of');
  const to = await repository.resolveParty(client, request.to.kind, request.to.id, request.requesterId);
  // Someone who blocked the asker looks exactly like someone who is not there: the asker is not told.
  const unreachable = () =>
    notFound(`names no ${request.to.kind} you can be introduced to`, { field: 'body/to/id', rule: 'exists' });
  if (!to) throw unreachable();
  const fromPeople = await repository.partyPeople(client, from);
  const toPeople = await repository.partyPeople(client, to);
  if (samePerson(from, to) || toPeople.includes(request.requesterId))
    throw badRequest('body/to', 'not-self', 'is you or your own organisation');
  if (await repository.isBlocked(client, [request.requesterId], toPeople)) throw unreachable();
  await checkNoneStanding(client, from, to, 'body/to');
  const id = await repository.insert(
    client,
    {
      requestedBy: request.requesterId,
      byConnector: false,
      buurtCode: from.buurt_code ?? to.buurt_code,
      note: request.note,
      suggestionKey: request.suggestionKey,
    },
    [
      { party: from, acceptedBy: request.requesterId },
      { party: to, acceptedBy: null },
    ],
  );
  await repository.notify(client, toPeople, 'introduction-asked', id);
  // The other members of the asking organisation hear of it too; they need not answer.
  await repository.notify(
    client,
    fromPeople.filter((person) => person !== request.requesterId),
    'introduction-asked',
    id,
  );
  if (request.suggestionKey) {
    const subject = request.fromOrganisationId ? `organisation:${request.fromOrganisationId}` : 'me';
    await recordFeedback(client, request.requesterId, subject, request.suggestionKey, 'acted');
  }
  return id;
}

/** A connector introduces two parties of their areas to each other; both must accept. */
export async function connectorIntroduction(
  client: ClientBase,
  request: {
    connectorId: string;
    parties: [PartyRef, PartyRef];
    note: string;
    suggestionKey: string | null;
    perDay: number;
  },
): Promise<string> {
  await checkDailyLimit(client, request.connectorId, request.perDay);
  const resolved: { party: Party; people: string[] }[] = [];
  for (const [index, ref] of request.parties.entries()) {
    const party = await repository.resolveParty(client, ref.kind, ref.id, request.connectorId);
    if (!party)
      throw notFound(`names no ${ref.kind} you can see`, { field: `body/parties/${index}/id`, rule: 'exists' });
    if (!(await repository.connectorCovers(client, request.connectorId, party.buurt_code))) {
      throw forbidden('must live or be located in a buurt you are connector for', {
        field: `body/parties/${index}`,
        rule: 'connector-area',
      });
    }
    const partyPeopleList = await repository.partyPeople(client, party);
    if (partyPeopleList.includes(request.connectorId)) {
      throw badRequest(
        `body/parties/${index}`,
        'not-self',
        'is you or your own organisation: ask for an introduction for yourself instead',
      );
    }
    resolved.push({ party, people: partyPeopleList });
  }
  const [a, b] = resolved as [{ party: Party; people: string[] }, { party: Party; people: string[] }];
  if (samePerson(a.party, b.party) || a.people.some((person) => b.people.includes(person))) {
    throw badRequest('body/parties', 'distinct', 'must be two different parties with no one in common');
  }
  if (await repository.isBlocked(client, a.people, b.people))
    throw conflict('cannot be introduced to each other', { field: 'body/parties', rule: 'reachable' });
  await checkNoneStanding(client, a.party, b.party, 'body/parties');
  const id = await repository.insert(
    client,
    {
      requestedBy: request.connectorId,
      byConnector: true,
      buurtCode: a.party.buurt_code ?? b.party.buurt_code,
      note: request.note,
      suggestionKey: request.suggestionKey,
    },
    [
      { party: a.party, acceptedBy: null },
      { party: b.party, acceptedBy: null },
    ],
  );
  await repository.notify(client, [...a.people, ...b.people], 'introduction-asked', id);
  return id;
}

/** Lock the introduction and find the viewer's party; refusals name the rule. */
async function lockAsParty(client: ClientBase, id: string, viewerId: string) {
  const introduction = await repository.lock(client, id, viewerId);
  if (!introduction || (introduction.my_position === null && introduction.requested_by !== viewerId))
    throw noIntroductionOfYours();
  if (introduction.my_position === null)
    throw forbidden('is an introduction you made; only the two parties can do this', {
      field: 'params/id',
      rule: 'party',
    });
  return { introduction, position: introduction.my_position, parties: await repository.parties(client, id) };
}

export async function answerIntroduction(
  client: ClientBase,
  id: string,
  viewerId: string,
  answer: 'accept' | 'decline',
): Promise<Status> {
  const { introduction, position, parties } = await lockAsParty(client, id, viewerId);
  if (introduction.status !== 'asked')
    throw conflict(`is ${introduction.status} already, so it takes no answer`, { field: 'params/id', rule: 'status' });
  const mine = parties.find((party) => party.position === position)!;
  if (mine.answer !== 'pending')
    throw conflict(`was given already (${mine.answer})`, { field: 'body/answer', rule: 'already-answered' });
  const given = answer === 'accept' ? 'accepted' : 'declined';
  await repository.answer(client, id, position, given, viewerId);
  mine.answer = given;
  const status = statusAfterAnswers([parties[0]!.answer, parties[1]!.answer]);
  if (status !== 'asked') await repository.setStatus(client, id, status);
  await repository.readNotifications(client, viewerId, id);
  if (status === 'accepted') {
    const everyone = [...people(parties), ...(introduction.requested_by ? [introduction.requested_by] : [])];
    await repository.notify(
      client,
      [...new Set(everyone)].filter((person) => person !== viewerId),
      'introduction-accepted',
      id,
    );
  }
  return status;
}

/** One of the parties confirms they met; that is what the connector's figures count as "met". */
export async function markMet(client: ClientBase, id: string, viewerId: string): Promise<void> {
  const { introduction } = await lockAsParty(client, id, viewerId);
  if (introduction.status !== 'accepted' && introduction.status !== 'met') {
    throw conflict(`is ${introduction.status}: only an accepted introduction can be marked as met`, {
      field: 'params/id',
      rule: 'status',
    });
  }
  await repository.setStatus(client, id, 'met');
}

export async function postMessage(client: ClientBase, id: string, senderId: string, body: string) {
  const { introduction, position, parties } = await lockAsParty(client, id, senderId);
  if (introduction.status !== 'accepted' && introduction.status !== 'met') {
    throw conflict(`is ${introduction.status}: you can write once both sides have accepted`, {
      field: 'params/id',
      rule: 'status',
    });
  }
  const others = parties.find((party) => party.position !== position)!.people;
  if (await repository.isBlocked(client, [senderId], others))
    throw forbidden('is a conversation that a block has closed', { field: 'params/id', rule: 'blocked' });
  const message = await repository.insertMessage(client, id, senderId, body);
  await repository.notify(
    client,
    people(parties).filter((person) => person !== senderId),
    'message',
    id,
  );
  await repository.readNotifications(client, senderId, id);
  return message;
}

async function findIntroduction(db: Queryable, id: string, viewerId: string): Promise<IntroductionRow> {
  const [row] = await repository.list(db, viewerId, id);
  if (!row) throw noIntroductionOfYours();
  return row;
}

async function reportIntroduction(
  client: ClientBase,
  viewerId: string,
  report: { introductionId: string; messageId: string | null; reason: string; note: string; block: boolean },
): Promise<string> {
  const [introduction] = await repository.list(client, viewerId, report.introductionId);
  if (!introduction) throw notFound('names no introduction of yours', { field: 'body/introductionId', rule: 'exists' });
  // Who asked, unless it was the reporter (or an account since deleted).
  let reported: string | null = introduction.requested_by_id;
  let quoted = introduction.note;
  if (report.messageId) {
    const message = await repository.findMessage(client, report.messageId, report.introductionId);
    if (!message) throw notFound('names no message of this introduction', { field: 'body/messageId', rule: 'exists' });
    reported = message.sender_id;
    quoted = message.body;
  }
  if (reported === viewerId)
    throw badRequest(report.messageId ? 'body/messageId' : 'body/introductionId', 'not-self', 'is your own');
  const id = await repository.insertReport(client, {
    reporterId: viewerId,
    reportedUserId: reported,
    introductionId: report.introductionId,
    messageId: report.messageId,
    reason: report.reason,
    note: report.note,
    quoted,
  });
  if (report.block && reported) await repository.block(client, viewerId, reported);
  return id;
}

function toIntroduction(row: IntroductionRow): Introduction {
  const mine = row.parties.find((party) => party.position === row.my_position);
  const open = row.status === 'accepted' || row.status === 'met';
  return {
    id: row.id,
    status: row.status,
    note: row.note,
    byConnector: row.by_connector,
    requestedBy: row.requested_by_name,
    requestedById: row.requested_by_id,
    askedByMe: row.asked_by_me,
    myParty: row.my_position,
    canAnswer: row.status === 'asked' && mine?.answer === 'pending',
    canWrite: open && row.my_position !== null,
    parties: row.parties,
    suggestion: row.suggestion_key,
    buurtCode: row.buurt_code,
    ...introductionTimes(row),
    messageCount: row.message_count,
    unread: row.unread,
  };
}

type IntroductionBody = Static<typeof IntroductionBodySchema>;
type ConnectorIntroductionBody = Static<typeof ConnectorIntroductionBodySchema>;
type ReportBody = Static<typeof ReportBodySchema>;
type IntroductionDetail = Static<typeof IntroductionDetailSchema>;

/**
 * Warm introductions by double opt-in, their message threads, the bell, blocks and reports; every write is one
 * transaction. `perDay` is read per request: the setting belongs to the app.
 */
export function introductionsService(pool: Pool, perDay: () => number) {
  /** Links the new introduction to the agenda item it serves, in its transaction: a refusal undoes both. */
  async function linkToItem(client: PoolClient, itemId: string | undefined, introductionId: string, userId: string) {
    if (itemId) await linkIntroductionToItem(client, itemId, introductionId, userId, 'body/forAgendaItem');
  }

  return {
    async list(viewerId: string): Promise<Introduction[]> {
      return (await repository.list(pool, viewerId)).map(toIntroduction);
    },

    async request(
      requesterId: string,
      { to, fromOrganisation, note, suggestion, forAgendaItem }: IntroductionBody,
    ): Promise<string> {
      return inTransaction(pool, async (client) => {
        const introductionId = await requestIntroduction(client, {
          requesterId,
          fromOrganisationId: fromOrganisation ?? null,
          to,
          note: note.trim(),
          suggestionKey: suggestion ?? null,
          perDay: perDay(),
        });
        await linkToItem(client, forAgendaItem, introductionId, requesterId);
        return introductionId;
      });
    },

    async introduce(
      connectorId: string,
      { parties, note, suggestion, forAgendaItem }: ConnectorIntroductionBody,
    ): Promise<string> {
      return inTransaction(pool, async (client) => {
        const request = {
          connectorId,
          parties,
          note: note.trim(),
          suggestionKey: suggestion ?? null,
          perDay: perDay(),
        };
        const introductionId = await connectorIntroduction(client, request);
        await linkToItem(client, forAgendaItem, introductionId, connectorId);
        return introductionId;
      });
    },

    /** One introduction with its thread; reading it marks its notifications read. */
    async detail(id: string, viewerId: string): Promise<IntroductionDetail> {
      const row = await findIntroduction(pool, id, viewerId);
      const thread = row.my_position !== null && (row.status === 'accepted' || row.status === 'met');
      const messages = thread ? await repository.messages(pool, row.id) : [];
      await repository.readNotifications(pool, viewerId, row.id);
      return {
        ...toIntroduction(row),
        unread: 0,
        messages: messages.map((message) => ({
          id: message.id,
          senderId: message.sender_id,
          senderName: message.sender_name,
          mine: message.sender_id === viewerId,
          body: message.body,
          createdAt: message.created_at.toISOString(),
        })),
      };
    },

    answer: (id: string, viewerId: string, answer: 'accept' | 'decline') =>
      inTransaction(pool, (client) => answerIntroduction(client, id, viewerId, answer)),

    markMet: (id: string, viewerId: string) => inTransaction(pool, (client) => markMet(client, id, viewerId)),

    async postMessage(id: string, senderId: string, body: string): Promise<string> {
      return (await inTransaction(pool, (client) => postMessage(client, id, senderId, body.trim()))).id;
    },

    report: (reporterId: string, { introductionId, messageId, reason, note, block }: ReportBody) =>
      inTransaction(pool, (client) =>
        reportIntroduction(client, reporterId, {
          introductionId,
          messageId: messageId ?? null,
          reason,
          note: note?.trim() ?? '',
          block: block ?? false,
        }),
      ),

    async blocks(viewerId: string) {
      return (await repository.blocks(pool, viewerId)).map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.created_at.toISOString(),
      }));
    },

    async block(viewerId: string, userId: string): Promise<void> {
      if (userId === viewerId) throw badRequest('params/userId', 'not-self', 'is you: you cannot block yourself');
      if (!(await repository.block(pool, viewerId, userId)))
        throw notFound('names no account', { field: 'params/userId', rule: 'exists' });
    },

    unblock: (viewerId: string, userId: string) => repository.unblock(pool, viewerId, userId),

    async notifications(viewerId: string) {
      const rows = await repository.notifications(pool, viewerId);
      return {
        unread: rows[0]?.unread ?? 0,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          introductionId: row.introduction_id,
          agendaId: row.agenda_id,
          agendaStatus: row.agenda_status,
          about: row.about,
          createdAt: row.created_at.toISOString(),
          read: row.read_at !== null,
        })),
      };
    },

    readNotifications: (viewerId: string, introductionId: string | null) =>
      repository.readNotifications(pool, viewerId, introductionId),
  };
}
