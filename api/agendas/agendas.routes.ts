import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { profileRepository } from '../profile/profile.repository.ts';
import { errorResponses } from '../shared/errors.schemas.ts';
import { badRequest, conflict, forbidden, notFound } from '../shared/http-error.ts';
import {
  AreaCodeSchema,
  CreatedSchema,
  IdParamsSchema,
  isAreaCode,
  LangQuerySchema,
  LanguageSchema,
  StringEnum,
  UuidSchema,
} from '../shared/schemas.ts';
import { agendasRepository as repository } from './agendas.repository.ts';
import {
  AgendaSchema,
  AgendaSummarySchema,
  CreateAgendaBodySchema,
  EvidenceBodySchema,
  HistoryEntrySchema,
  ItemBodySchema,
  ItemVersionSchema,
  PartyBodySchema,
  PledgeBodySchema,
  PolicyLinkBodySchema,
  UpdateAgendaBodySchema,
  UpdateItemBodySchema,
} from './agendas.schemas.ts';
import { agendaTitle, itemChange, pledged, progressOf, readAgenda, visibleItem, visibleTo } from './agendas.service.ts';

const denied = { 401: errorResponses[401], 403: errorResponses[403] };
const writeErrors = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409], ...denied };
const tags = ['agenda'];
/** History entries whose actor is named only to those who take part: residents' support and words. */
const PARTICIPANTS_ONLY_ACTORS = new Set(['item.supported', 'item.support-withdrawn', 'item.commented']);

/**
 * The buurtagenda (issue 7): connectors of the area draft and edit; residents and organisations of the area comment,
 * support and join the table; owners pledge their assets; every write is one transaction that records itself in the
 * history. A draft is visible only to those who take part (anyone else gets a plain 404); a published one is public.
 */
const agendasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(AgendaSchema);
  const db = app.pg.pool;
  const languageOf = (request: FastifyRequest, query?: { lang?: 'nl' | 'en' }) => query?.lang ?? request.user?.language ?? 'nl';

  /** The agenda, if the viewer may see it (published, or a draft they take part in); else 404. */
  async function visibleAgenda(id: string, viewer: string | null) {
    const access = await repository.access(db, id, viewer);
    if (!access || !visibleTo(access)) throw notFound('names no agenda you can see', { field: 'params/id', rule: 'exists' });
    return access;
  }
  /** The agenda, if the viewer edits it (a connector of its area, an administrator). */
  async function editableAgenda(id: string, viewer: string) {
    const access = await visibleAgenda(id, viewer);
    if (!access.may_edit) throw forbidden('is an agenda only the connectors of its area edit', { field: 'params/id', rule: 'editor' });
    return access;
  }
  async function knownTheme(theme: string, field: string) {
    const themes = new Set((await profileRepository.indicators(db, 'nl')).map((indicator) => indicator.theme));
    if (!themes.has(theme)) throw badRequest(field, 'theme', `must be a theme of the kompas: ${[...themes].join(', ')}`);
  }
  async function knownCarriers(agendaId: string, carriers: string[] | undefined) {
    if (carriers && carriers.length > 0 && (await repository.countParties(db, agendaId, carriers)) !== carriers.length) {
      throw badRequest('body/carriers', 'party', 'must be parties at this agenda’s table');
    }
  }

  // The agenda itself

  app.post(
    '/api/agendas',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Start the agenda of a buurt or wijk for a year (connectors of the area, administrators)', body: CreateAgendaBodySchema, response: { 201: CreatedSchema, ...writeErrors } },
    },
    async (request, reply) => {
      const { areaType, areaCode, year } = request.body;
      if (!isAreaCode(areaType, areaCode)) throw badRequest('body/areaCode', 'pattern', `is not a ${areaType} code (e.g. ${areaType === 'buurt' ? 'BU08552001' : 'WK085520'})`);
      const area = await repository.areaForAgenda(db, areaType, areaCode, request.user!.id);
      if (!area?.exists) throw notFound(`names no ${areaType}`, { field: 'body/areaCode', rule: 'exists' });
      if (!area.may_edit) throw forbidden('is not an area you are connector for', { field: 'body/areaCode', rule: 'connector-area' });
      const id = await app.pg.transact(async (client) => {
        const created = await repository.insertAgenda(client, areaType, areaCode, year, request.user!.id);
        if (created) await repository.record(client, created, null, request.user!.id, 'agenda.created', { areaType, areaCode, year });
        return created;
      });
      if (!id) throw conflict(`already has an agenda for ${areaCode}: open that one`, { field: 'body/year', rule: 'unique' });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/agendas',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Agendas you can see (published, and drafts you take part in), of an area (a buurt’s with its wijk’s; a wijk’s with its buurten’s), with their progress',
        querystring: Type.Object(
          { area: Type.Optional(AreaCodeSchema), lang: Type.Optional(LanguageSchema) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AgendaSummarySchema), 400: errorResponses[400] },
      },
    },
    async (request) => {
      const rows = await repository.list(db, request.query.area ?? null, request.user?.id ?? null);
      const progress = new Map((await repository.progress(db, rows.map((row) => row.id))).map((row) => [row.id, row]));
      const language = languageOf(request, request.query);
      return rows.map((row) => ({
        id: row.id,
        area: { type: row.area_type, code: row.area_code, name: row.area_name },
        year: row.year,
        title: agendaTitle(row.area_name, row.year, language),
        status: row.status,
        publishedAt: row.published_at?.toISOString() ?? null,
        updatedAt: row.updated_at.toISOString(),
        progress: progressOf(progress.get(row.id)),
      }));
    },
  );

  app.get(
    '/api/agendas/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'An agenda with its seven building blocks: urgency, buurtscan (generated now), parties, stories, counting and telling, policy, items',
        params: IdParamsSchema,
        querystring: LangQuerySchema,
        response: { 200: Type.Ref(AgendaSchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const viewer = request.user?.id ?? null;
      const access = await visibleAgenda(request.params.id, viewer);
      return readAgenda(db, access, viewer, languageOf(request, request.query));
    },
  );

  app.patch(
    '/api/agendas/:id',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Edit the urgency and how counting and telling connect (editors)', params: IdParamsSchema, body: UpdateAgendaBodySchema, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const access = await editableAgenda(request.params.id, request.user!.id);
      const { urgency, countingTelling } = request.body;
      await app.pg.transact(async (client) => {
        await repository.update(client, access.id, urgency?.trim() ?? null, countingTelling?.trim() ?? null);
        await repository.record(client, access.id, null, request.user!.id, 'agenda.edited', { fields: Object.keys(request.body) });
      });
      return reply.status(204).send(null);
    },
  );

  for (const [action, status] of [['publish', 'published'], ['unpublish', 'draft']] as const) {
    app.post(
      `/api/agendas/:id/${action}`,
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: status === 'published' ? 'Publish the agenda: public from now on (editors)' : 'Take the agenda back to draft (editors)',
          params: IdParamsSchema,
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        const access = await editableAgenda(request.params.id, request.user!.id);
        await app.pg.transact(async (client) => {
          if (await repository.setStatus(client, access.id, status)) await repository.record(client, access.id, null, request.user!.id, `agenda.${action}ed`);
        });
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    '/api/agendas/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Who changed what and when, newest first (who supported or commented only for those who take part)',
        params: IdParamsSchema,
        response: { 200: Type.Array(HistoryEntrySchema), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request) => {
      const access = await visibleAgenda(request.params.id, request.user?.id ?? null);
      return (await repository.history(db, access.id, request.user?.id ?? null)).map((row) => ({
        at: row.at.toISOString(),
        // The public page counts supports and hides comments; its history does not name those residents either.
        actor: access.takes_part || !PARTICIPANTS_ONLY_ACTORS.has(row.action) ? row.actor : null,
        action: row.action,
        itemId: row.item_id,
        details: row.details,
      }));
    },
  );

  // Building block 6: municipal policy

  app.post(
    '/api/agendas/:id/policy-links',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Link municipal policy (editors)', params: IdParamsSchema, body: PolicyLinkBodySchema, response: { 201: CreatedSchema, ...writeErrors } },
    },
    async (request, reply) => {
      const access = await editableAgenda(request.params.id, request.user!.id);
      const { title, url, note } = request.body;
      const id = await app.pg.transact(async (client) => {
        const linkId = await repository.insertPolicyLink(client, access.id, title.trim(), url, note?.trim() ?? '');
        await repository.record(client, access.id, null, request.user!.id, 'policy-link.added', { title: title.trim(), url });
        return linkId;
      });
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/api/agendas/:id/policy-links/:linkId',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Remove a policy link (editors)', params: Type.Object({ id: UuidSchema, linkId: UuidSchema }), response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const access = await editableAgenda(request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        const removed = await repository.deletePolicyLink(client, access.id, request.params.linkId);
        if (!removed) throw notFound('names no policy link of this agenda', { field: 'params/linkId', rule: 'exists' });
        await repository.record(client, access.id, null, request.user!.id, 'policy-link.removed', removed);
      });
      return reply.status(204).send(null);
    },
  );

  // Building block 3: the parties around the table

  app.post(
    '/api/agendas/:id/parties',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Bring a party to the table: an organisation (by an editor or its members), yourself (`me`), or a named party not on the map (editors)',
        params: IdParamsSchema,
        body: PartyBodySchema,
        response: { 201: CreatedSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleAgenda(request.params.id, user);
      const { role, organisationId, name, me } = request.body;
      const given = [organisationId !== undefined, name !== undefined, me === true].filter(Boolean).length;
      if (given !== 1) throw badRequest('body', 'one-of', 'must name exactly one of organisationId, name or me');
      let party: { organisationId?: string; userId?: string; name?: string };
      let label: string;
      if (organisationId !== undefined) {
        const organisation = await repository.organisationForViewer(db, organisationId, user);
        if (!organisation) throw notFound('names no organisation', { field: 'body/organisationId', rule: 'exists' });
        if (!access.may_edit && !organisation.member) throw forbidden('is an organisation only its members or the agenda’s editors can bring to the table', { field: 'body/organisationId', rule: 'member' });
        party = { organisationId };
        label = organisation.name;
      } else if (name !== undefined) {
        if (!access.may_edit) throw forbidden('can be added by the agenda’s editors only', { field: 'body/name', rule: 'editor' });
        party = { name: name.trim() };
        label = name.trim();
      } else {
        if (role !== 'resident' && !access.may_edit) throw badRequest('body/role', 'resident', 'must be "resident" when you join yourself');
        if (!access.takes_part) throw forbidden('is for residents and organisations of the area', { field: 'body/me', rule: 'takes-part' });
        party = { userId: user };
        label = request.user!.displayName;
      }
      const id = await app.pg.transact(async (client) => {
        const partyId = await repository.insertParty(client, access.id, role, party, user);
        if (partyId) await repository.record(client, access.id, null, user, 'party.added', { role, name: label });
        return partyId;
      });
      if (!id) throw conflict('already sits at this table', { field: organisationId !== undefined ? 'body/organisationId' : 'body/me', rule: 'unique' });
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/api/agendas/:id/parties/:partyId',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Leave the table (yourself, your organisation) or remove a party (editors)', params: Type.Object({ id: UuidSchema, partyId: UuidSchema }), response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleAgenda(request.params.id, user);
      const party = await repository.findParty(db, access.id, request.params.partyId, user);
      if (!party) throw notFound('names no party at this table', { field: 'params/partyId', rule: 'exists' });
      if (!access.may_edit && party.user_id !== user && !party.member) throw forbidden('is not you or your organisation', { field: 'params/partyId', rule: 'own-party' });
      await app.pg.transact(async (client) => {
        await repository.deleteParty(client, party.id);
        await repository.record(client, access.id, null, user, 'party.removed', { role: party.role, name: party.name });
      });
      return reply.status(204).send(null);
    },
  );

  // Evidence (building block 4 without an item: the stories gathered)

  app.post(
    '/api/agendas/:id/evidence',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Ground an item (or gather a story for the agenda) in an indicator, a survey round, an observation or a story of the area (editors)',
        params: IdParamsSchema,
        body: EvidenceBodySchema,
        response: { 201: CreatedSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await editableAgenda(request.params.id, user);
      const { kind, ref, itemId, note } = request.body;
      if (kind !== 'indicator' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref)) throw badRequest('body/ref', 'format', `must be the id of the ${kind}`);
      if (itemId !== undefined && (await repository.itemAgenda(db, itemId)) !== access.id) throw notFound('names no item of this agenda', { field: 'body/itemId', rule: 'exists' });
      if (!(await repository.evidenceTargetExists(db, kind, ref, access.id))) {
        throw notFound(kind === 'indicator' ? 'names no indicator of the kompas' : `names no ${kind === 'survey' ? 'survey round that asked this area' : kind === 'observation' ? 'visible observation in this area' : 'public story in this area'}`, { field: 'body/ref', rule: 'in-area' });
      }
      const id = await app.pg.transact(async (client) => {
        const evidenceId = await repository.insertEvidence(client, access.id, itemId ?? null, kind, ref, note?.trim() ?? '', user);
        if (evidenceId) await repository.record(client, access.id, itemId ?? null, user, itemId ? 'evidence.added' : 'story.gathered', { kind, ref });
        return evidenceId;
      });
      if (!id) throw conflict('is linked here already', { field: 'body/ref', rule: 'unique' });
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    '/api/agendas/:id/evidence/:evidenceId',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Unlink evidence or a gathered story (editors)', params: Type.Object({ id: UuidSchema, evidenceId: UuidSchema }), response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const access = await editableAgenda(request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        const removed = await repository.deleteEvidence(client, access.id, request.params.evidenceId);
        if (!removed) throw notFound('names no evidence of this agenda', { field: 'params/evidenceId', rule: 'exists' });
        await repository.record(client, access.id, removed.item_id, request.user!.id, removed.item_id ? 'evidence.removed' : 'story.removed', { kind: removed.kind, ref: removed.ref });
      });
      return reply.status(204).send(null);
    },
  );

  // Building block 7: the items

  app.post(
    '/api/agendas/:id/items',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Add an item: an ambition with its theme, next step and carriers (editors)', params: IdParamsSchema, body: ItemBodySchema, response: { 201: CreatedSchema, ...writeErrors } },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await editableAgenda(request.params.id, user);
      const body = request.body;
      await knownTheme(body.theme, 'body/theme');
      await knownCarriers(access.id, body.carriers);
      const id = await app.pg.transact(async (client) => {
        const itemId = await repository.insertItem(
          client,
          access.id,
          { ambition: body.ambition.trim(), description: body.description?.trim() ?? '', theme: body.theme, nextStep: body.nextStep?.trim() ?? '', nextStepDate: body.nextStepDate ?? null },
          user,
        );
        if (body.carriers?.length) await repository.setCarriers(client, itemId, body.carriers);
        await repository.insertVersion(client, itemId, user);
        await repository.record(client, access.id, itemId, user, 'item.created', { ambition: body.ambition.trim() });
        return itemId;
      });
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/agenda-items/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Edit an item or move its status (idea → agreed → under way → done, or dropped with a reason); every change is a new version (editors)',
        params: IdParamsSchema,
        body: UpdateItemBodySchema,
        response: { 200: Type.Object({ version: Type.Integer() }), ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleItem(db, request.params.id, user);
      if (!access.may_edit) throw forbidden('is an item only the connectors of its area edit', { field: 'params/id', rule: 'editor' });
      if (request.body.theme !== undefined) await knownTheme(request.body.theme, 'body/theme');
      await knownCarriers(access.agenda_id, request.body.carriers);
      const version = await app.pg.transact(async (client) => {
        const current = (await repository.lockItem(client, request.params.id))!;
        const change = itemChange(current, request.body);
        if (change.changed.length === 0) return current.version;
        const next = await repository.updateItem(client, change.next);
        if (change.carriers !== null) await repository.setCarriers(client, current.id, change.carriers);
        await repository.insertVersion(client, current.id, user);
        const details: Record<string, unknown> = { changed: change.changed, version: next };
        if (change.changed.includes('status')) Object.assign(details, { from: current.status, to: change.next.status, reason: change.next.dropped_reason });
        await repository.record(client, access.agenda_id, current.id, user, change.changed.includes('status') ? 'item.status' : 'item.edited', details);
        return next;
      });
      return reply.status(200).send({ version });
    },
  );

  app.get(
    '/api/agenda-items/:id/versions',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Every version of an item, oldest first, to compare its text with an earlier one', params: IdParamsSchema, response: { 200: Type.Array(ItemVersionSchema), 400: errorResponses[400], 404: errorResponses[404] } },
    },
    async (request) => {
      await visibleItem(db, request.params.id, request.user?.id ?? null);
      return (await repository.versions(db, request.params.id)).map((row) => ({
        version: row.version,
        ambition: row.ambition,
        description: row.description,
        theme: row.theme,
        status: row.status,
        droppedReason: row.dropped_reason,
        nextStep: row.next_step,
        nextStepDate: row.next_step_date,
        editedBy: row.edited_by,
        editedAt: row.edited_at.toISOString(),
      }));
    },
  );

  // Support and comments: those who take part

  async function participant(itemId: string, user: string) {
    const access = await visibleItem(db, itemId, user);
    if (!access.takes_part) throw forbidden('is an item of an area you do not live or work in', { field: 'params/id', rule: 'takes-part' });
    return access;
  }

  app.put(
    '/api/agenda-items/:id/support',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Support an item (once per account; residents and organisations of the area)', params: IdParamsSchema, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const access = await participant(request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        if (await repository.insertSupport(client, request.params.id, request.user!.id)) await repository.record(client, access.agenda_id, request.params.id, request.user!.id, 'item.supported');
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/agenda-items/:id/support',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Withdraw your support', params: IdParamsSchema, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const access = await visibleItem(db, request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        if (await repository.deleteSupport(client, request.params.id, request.user!.id)) await repository.record(client, access.agenda_id, request.params.id, request.user!.id, 'item.support-withdrawn');
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/agenda-items/:id/comments',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Comment on an item (residents and organisations of the area; shown to them with your display name, not on the public page)',
        params: IdParamsSchema,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) }, { additionalProperties: false }),
        response: { 201: CreatedSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const access = await participant(request.params.id, request.user!.id);
      const id = await app.pg.transact(async (client) => {
        const commentId = await repository.insertComment(client, request.params.id, request.user!.id, request.body.body.trim());
        await repository.record(client, access.agenda_id, request.params.id, request.user!.id, 'item.commented');
        return commentId;
      });
      return reply.status(201).send({ id });
    },
  );

  // Pledges: owners only

  app.post(
    '/api/agenda-items/:id/pledges',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Pledge your own asset (or your organisation’s), or your organisation’s contribution, to an item',
        params: IdParamsSchema,
        body: PledgeBodySchema,
        response: { 201: CreatedSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleItem(db, request.params.id, user);
      const { assetId, organisationId, what } = request.body;
      if ((assetId === undefined) === (organisationId === undefined)) throw badRequest('body', 'one-of', 'must name exactly one of assetId or organisationId');
      if (assetId !== undefined) {
        const asset = await repository.assetForPledge(db, assetId, user);
        if (!asset) throw notFound('names no asset', { field: 'body/assetId', rule: 'exists' });
        if (!asset.owns) throw forbidden('is not yours to pledge: only its owner can', { field: 'body/assetId', rule: 'owner' });
        if (asset.visibility === 'private') throw badRequest('body/assetId', 'not-private', 'is private: show it to others first, then pledge it');
      } else {
        const organisation = await repository.organisationForViewer(db, organisationId!, user);
        if (!organisation) throw notFound('names no organisation', { field: 'body/organisationId', rule: 'exists' });
        if (!organisation.member) throw forbidden('is not an organisation you belong to', { field: 'body/organisationId', rule: 'owner' });
      }
      const id = await app.pg.transact(async (client) => {
        const pledgeId = await repository.insertPledge(client, request.params.id, { assetId: assetId ?? null, organisationId: organisationId ?? null, what: what.trim() }, user);
        // What was pledged by reference, not by title: the history names it only to those who may see it.
        await repository.record(client, access.agenda_id, request.params.id, user, 'pledge.made', { what: what.trim(), ...pledged(assetId ?? null, organisationId ?? null) });
        return pledgeId;
      });
      return reply.status(201).send({ id });
    },
  );

  async function ownPledge(pledgeId: string, user: string) {
    const pledge = await repository.pledgeAccess(db, pledgeId, user);
    if (!pledge) throw notFound('names no pledge', { field: 'params/id', rule: 'exists' });
    if (!pledge.mine && !pledge.may_edit) throw forbidden('is a pledge only its pledger or the agenda’s editors change', { field: 'params/id', rule: 'owner' });
    return pledge;
  }

  app.patch(
    '/api/agenda-pledges/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mark a pledge used (or not yet): the pledger or an editor',
        params: IdParamsSchema,
        body: Type.Object({ status: StringEnum(['pledged', 'used'] as const) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      const pledge = await ownPledge(request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        await repository.updatePledge(client, pledge.id, request.body.status);
        if (pledge.status !== request.body.status) await repository.record(client, pledge.agenda_id, pledge.item_id, request.user!.id, 'pledge.status', { what: pledge.what, to: request.body.status, ...pledged(pledge.asset_id, pledge.organisation_id) });
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/agenda-pledges/:id',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Take a pledge back (the pledger) or remove it (an editor)', params: IdParamsSchema, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const pledge = await ownPledge(request.params.id, request.user!.id);
      await app.pg.transact(async (client) => {
        await repository.deletePledge(client, pledge.id);
        await repository.record(client, pledge.agenda_id, pledge.item_id, request.user!.id, 'pledge.withdrawn', { what: pledge.what, ...pledged(pledge.asset_id, pledge.organisation_id) });
      });
      return reply.status(204).send(null);
    },
  );

  // Introductions made for an item

  const IntroductionParams = Type.Object({ id: UuidSchema, introductionId: UuidSchema });
  app.post(
    '/api/agenda-items/:id/introductions',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Link an introduction to the item it serves (the one who asked for it, or an editor for introductions in the area)',
        params: IdParamsSchema,
        body: Type.Object({ introductionId: UuidSchema }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleItem(db, request.params.id, user);
      const introduction = await repository.introductionForItem(db, request.body.introductionId, user, access.agenda_id);
      if (!introduction || (!introduction.mine && !(access.may_edit && introduction.in_area))) {
        throw notFound('names no introduction you asked for, or made in this area', { field: 'body/introductionId', rule: 'exists' });
      }
      await app.pg.transact(async (client) => {
        if (await repository.linkIntroduction(client, request.params.id, introduction.id, user)) {
          await repository.record(client, access.agenda_id, request.params.id, user, 'introduction.linked', { introductionId: introduction.id });
        }
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/agenda-items/:id/introductions/:introductionId',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'Unlink an introduction (whoever may link it)', params: IntroductionParams, response: { 204: Type.Null(), ...writeErrors } },
    },
    async (request, reply) => {
      const user = request.user!.id;
      const access = await visibleItem(db, request.params.id, user);
      const introduction = await repository.introductionForItem(db, request.params.introductionId, user, access.agenda_id);
      if (!introduction || (!introduction.mine && !access.may_edit)) throw notFound('names no introduction you may unlink', { field: 'params/introductionId', rule: 'exists' });
      await app.pg.transact(async (client) => {
        if (await repository.unlinkIntroduction(client, request.params.id, introduction.id)) {
          await repository.record(client, access.agenda_id, request.params.id, user, 'introduction.unlinked', { introductionId: introduction.id });
        }
      });
      return reply.status(204).send(null);
    },
  );
};

export default agendasRoutes;
