import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/auth.service.ts';
import { errors } from '../shared/errors.schemas.ts';
import { created, noContent, route } from '../shared/routes.ts';
import {
  AreaCodeSchema,
  MunicipalityCodeSchema,
  CreatedSchema,
  IdParamsSchema,
  LangQuerySchema,
  LanguageSchema,
  StringEnum,
  UuidSchema,
} from '../shared/schemas.ts';
import {
  AgendaSchema,
  AgendaSummarySchema,
  CreateAgendaBodySchema,
  EvidenceBodySchema,
  HistoryEntrySchema,
  ItemBodySchema,
  ItemEditedSchema,
  ItemVersionSchema,
  PartyBodySchema,
  PledgeBodySchema,
  PolicyLinkBodySchema,
  UpdateAgendaBodySchema,
  UpdateItemBodySchema,
} from './agendas.schemas.ts';
import { agendasService } from './agendas.service.ts';

const writeErrors = errors(400, 404, 409, 401, 403);
const readErrors = errors(400, 404);
const nothing = { 204: Type.Null(), ...writeErrors };
const tags = ['agenda'];

/** What anyone may read of an agenda or an item (of a draft, those who take part): the answer, or 400 or 404. */
function reading<R extends TSchema>(summary: string, answer: R) {
  return route('public', { tags, summary, params: IdParamsSchema, response: { 200: answer, ...readErrors } });
}

/** Adding to an agenda or an item (editors, or those who take part): the body, answered with the new id. */
function adding<B extends TSchema>(summary: string, body: B) {
  return route('user', {
    tags,
    summary,
    params: IdParamsSchema,
    body,
    response: { 201: CreatedSchema, ...writeErrors },
  });
}

/** A change answered with 204 once done: `params` name the agenda, item or pledge, and the part it changes, if any. */
function changing<S extends { params: TSchema; body?: TSchema }>(summary: string, schema: S) {
  return route('user', { tags, summary, ...schema, response: nothing });
}

/** The buurtagenda's routes; who may do what, and every write's transaction, are in agendas.service.ts. */
const agendasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addSchema(AgendaSchema);
  const service = agendasService(app.pg.pool);
  const languageOf = (request: FastifyRequest, query?: { lang?: 'nl' | 'en' }) =>
    query?.lang ?? request.user?.language ?? 'nl';
  const viewerOf = (request: FastifyRequest) => request.user?.id ?? null;

  /**
   * A list an agenda keeps (policy links, parties, evidence): added with a POST to `/api/agendas/:id/<path>`, answered
   * with the new id, and removed with a DELETE to `/api/agendas/:id/<path>/:<key>`.
   */
  function agendaList<B extends TSchema>(list: {
    path: string;
    key: string;
    add: [summary: string, body: B];
    adds: (id: string, user: SessionUser, body: Static<B>) => Promise<string>;
    remove: string;
    removes: (id: string, entryId: string, user: string) => Promise<void>;
  }) {
    app.post(`/api/agendas/:id/${list.path}`, adding(...list.add), async (request, reply) =>
      created(reply, list.adds(request.params.id, request.user!, request.body as Static<B>)),
    );
    app.delete(
      `/api/agendas/:id/${list.path}/:${list.key}`,
      changing(list.remove, {
        params: Type.Object({ id: UuidSchema, [list.key]: UuidSchema }),
      }),
      async (request, reply) =>
        noContent(reply, list.removes(request.params.id!, request.params[list.key]!, request.user!.id)),
    );
  }

  /** A change the signed-in account makes to the item or pledge that `:id` names, answered with 204 once done. */
  function changeById(
    method: 'PUT' | 'DELETE',
    url: string,
    summary: string,
    change: (id: string, userId: string) => Promise<unknown>,
  ) {
    app.route({
      method,
      url,
      ...changing(summary, { params: IdParamsSchema }),
      handler: async (request, reply) => noContent(reply, change(request.params.id, request.user!.id)),
    });
  }

  // The agenda itself

  app.post(
    '/api/agendas',
    route('user', {
      tags,
      summary: 'Start the agenda of a buurt or wijk for a year (connectors of the area, administrators)',
      body: CreateAgendaBodySchema,
      response: { 201: CreatedSchema, ...writeErrors },
    }),
    async (request, reply) => created(reply, service.create(request.body, request.user!.id)),
  );

  app.get(
    '/api/agendas',
    route('public', {
      tags,
      summary:
        'Agendas you can see (published, and drafts you take part in), of an area (a buurt’s with its wijk’s; a wijk’s with its buurten’s) or of a municipality, with their progress',
      querystring: Type.Object(
        {
          area: Type.Optional(AreaCodeSchema),
          municipality: Type.Optional(MunicipalityCodeSchema),
          lang: Type.Optional(LanguageSchema),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Array(AgendaSummarySchema), ...errors(400) },
    }),
    async (request) =>
      service.list(
        { area: request.query.area ?? null, municipality: request.query.municipality ?? null },
        viewerOf(request),
        languageOf(request, request.query),
      ),
  );

  app.get(
    '/api/agendas/:id',
    route('public', {
      tags,
      summary:
        'An agenda with its seven building blocks: urgency, buurtscan (generated now), parties, stories, counting and telling, policy, items',
      params: IdParamsSchema,
      querystring: LangQuerySchema,
      response: { 200: Type.Ref(AgendaSchema), ...readErrors },
    }),
    async (request) => service.read(request.params.id, viewerOf(request), languageOf(request, request.query)),
  );

  app.patch(
    '/api/agendas/:id',
    changing('Edit the urgency and how counting and telling connect (editors)', {
      params: IdParamsSchema,
      body: UpdateAgendaBodySchema,
    }),
    async (request, reply) => noContent(reply, service.update(request.params.id, request.user!.id, request.body)),
  );

  for (const action of ['publish', 'unpublish'] as const) {
    app.post(
      `/api/agendas/:id/${action}`,
      changing(
        action === 'publish'
          ? 'Publish the agenda: public from now on (editors)'
          : 'Take the agenda back to draft (editors)',
        { params: IdParamsSchema },
      ),
      async (request, reply) => noContent(reply, service.setStatus(request.params.id, request.user!.id, action)),
    );
  }

  app.get(
    '/api/agendas/:id/history',
    reading(
      'Who changed what and when, newest first (who supported or commented only for those who take part)',
      Type.Array(HistoryEntrySchema),
    ),
    async (request) => service.history(request.params.id, viewerOf(request)),
  );

  // Building block 6: municipal policy

  agendaList({
    path: 'policy-links',
    key: 'linkId',
    add: ['Link municipal policy (editors)', PolicyLinkBodySchema],
    adds: (id, user, body) => service.addPolicyLink(id, user.id, body),
    remove: 'Remove a policy link (editors)',
    removes: service.removePolicyLink,
  });

  // Building block 3: the parties around the table

  agendaList({
    path: 'parties',
    key: 'partyId',
    add: [
      'Bring a party to the table: an organisation (by an editor or its members), yourself (`me`), or a named party not on the map (editors)',
      PartyBodySchema,
    ],
    adds: service.addParty,
    remove: 'Leave the table (yourself, your organisation) or remove a party (editors)',
    removes: service.removeParty,
  });

  // Evidence (building block 4 without an item: the stories gathered)

  agendaList({
    path: 'evidence',
    key: 'evidenceId',
    add: [
      'Ground an item (or gather a story for the agenda) in an indicator, a survey round, an observation or a story of the area (editors)',
      EvidenceBodySchema,
    ],
    adds: (id, user, body) => service.addEvidence(id, user.id, body),
    remove: 'Unlink evidence or a gathered story (editors)',
    removes: service.removeEvidence,
  });

  // Building block 7: the items

  app.post(
    '/api/agendas/:id/items',
    adding('Add an item: an ambition with its theme, next step and carriers (editors)', ItemBodySchema),
    async (request, reply) => created(reply, service.addItem(request.params.id, request.user!.id, request.body)),
  );

  app.patch(
    '/api/agenda-items/:id',
    route('user', {
      tags,
      summary:
        'Edit an item or move its status (idea → agreed → under way → done, or dropped with a reason); every change is a new version (editors)',
      params: IdParamsSchema,
      body: UpdateItemBodySchema,
      response: { 200: ItemEditedSchema, ...writeErrors },
    }),
    async (request) => ({ version: await service.updateItem(request.params.id, request.user!.id, request.body) }),
  );

  app.get(
    '/api/agenda-items/:id/versions',
    reading(
      'Every version of an item, oldest first, to compare its text with an earlier one',
      Type.Array(ItemVersionSchema),
    ),
    async (request) => service.versions(request.params.id, viewerOf(request)),
  );

  // Support and comments: those who take part

  changeById(
    'PUT',
    '/api/agenda-items/:id/support',
    'Support an item (once per account; residents and organisations of the area)',
    (id, userId) => service.support(id, userId),
  );
  changeById('DELETE', '/api/agenda-items/:id/support', 'Withdraw your support', (id, userId) =>
    service.withdrawSupport(id, userId),
  );

  app.post(
    '/api/agenda-items/:id/comments',
    adding(
      'Comment on an item (residents and organisations of the area; shown to them with your display name, not on the public page)',
      Type.Object(
        { body: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) },
        { additionalProperties: false },
      ),
    ),
    async (request, reply) => created(reply, service.comment(request.params.id, request.user!.id, request.body.body)),
  );

  // Pledges: owners only

  app.post(
    '/api/agenda-items/:id/pledges',
    adding(
      'Pledge your own asset (or your organisation’s), or your organisation’s contribution, to an item',
      PledgeBodySchema,
    ),
    async (request, reply) => created(reply, service.pledge(request.params.id, request.user!.id, request.body)),
  );

  app.patch(
    '/api/agenda-pledges/:id',
    changing('Mark a pledge used (or not yet): the pledger or an editor', {
      params: IdParamsSchema,
      body: Type.Object({ status: StringEnum(['pledged', 'used'] as const) }, { additionalProperties: false }),
    }),
    async (request, reply) =>
      noContent(reply, service.setPledgeStatus(request.params.id, request.user!.id, request.body.status)),
  );

  changeById(
    'DELETE',
    '/api/agenda-pledges/:id',
    'Take a pledge back (the pledger) or remove it (an editor)',
    (id, userId) => service.withdrawPledge(id, userId),
  );

  // Introductions made for an item

  app.post(
    '/api/agenda-items/:id/introductions',
    changing(
      'Link an introduction to the item it serves (the one who asked for it, or an editor for introductions in the area)',
      { params: IdParamsSchema, body: Type.Object({ introductionId: UuidSchema }, { additionalProperties: false }) },
    ),
    async (request, reply) =>
      noContent(reply, service.linkIntroduction(request.params.id, request.body.introductionId, request.user!.id)),
  );

  app.delete(
    '/api/agenda-items/:id/introductions/:introductionId',
    changing('Unlink an introduction (whoever may link it)', {
      params: Type.Object({ id: UuidSchema, introductionId: UuidSchema }),
    }),
    async (request, reply) =>
      noContent(reply, service.unlinkIntroduction(request.params.id, request.params.introductionId, request.user!.id)),
  );
};

export default agendasRoutes;
