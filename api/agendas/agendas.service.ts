import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import type { SessionUser } from '../auth/auth.service.ts';
import type { Queryable } from '../shared/db.ts';
import { badRequest, conflict, forbidden, notFound } from '../shared/http-error.ts';
import { AREA_CODE_EXAMPLES, isAreaCode } from '../shared/schemas.ts';
import { inTransaction } from '../shared/transaction.ts';
import { meanOf, RESULT_THRESHOLDS, surveyDisclosures } from '../shared/survey-disclosure.ts';
import { labelOf, THEMES } from '../kompas/labels.ts';
import { areaKompas, kompasThemes } from '../kompas/kompas.service.ts';
import {
  agendasRepository as repository,
  type AgendaAccess,
  type ItemRow,
  type ProgressRow,
} from './agendas.repository.ts';
import {
  ITEM_STATUSES,
  type Agenda,
  type AgendaProgress,
  type AgendaSummary,
  type CreateAgendaBodySchema,
  type EvidenceBodySchema,
  type HistoryEntry,
  type ItemBody,
  type ItemVersion,
  type PartyBodySchema,
  type PledgeBodySchema,
  type PolicyLinkBodySchema,
  type ScanEntry,
  type UpdateAgendaBodySchema,
  type UpdateItemBody,
} from './agendas.schemas.ts';

/** How many indicators the generated buurtscan lists. */
const SCAN_SIZE = 8;

type Kompas = NonNullable<Awaited<ReturnType<typeof areaKompas>>>;

/**
 * Building block 2, the buurtscan, generated from the area's kompas: the indicators that deviate most from the
 * municipal mean, measured in mean absolute deviations of all areas (so a figure and a grade compare fairly), largest
 * first; what is average or missing is left out. Composition counts too: it is not judged, but it is the urgency's
 * context (many children, many elderly).
 */
export function buurtscan(kompas: Kompas, size = SCAN_SIZE): ScanEntry[] {
  const entries: ScanEntry[] = [];
  for (const quarter of kompas.quarters) {
    for (const theme of quarter.themes) {
      for (const indicator of theme.indicators) {
        if (
          indicator.value === null ||
          indicator.reference === null ||
          indicator.deviation === null ||
          indicator.class === null
        )
          continue;
        if (indicator.class === 'average') continue;
        entries.push({
          key: indicator.key,
          family: indicator.family,
          label: indicator.label,
          theme: theme.key,
          themeLabel: theme.label,
          unit: indicator.unit,
          value: indicator.value,
          reference: indicator.reference,
          index: indicator.index,
          deviation: indicator.deviation,
          class: indicator.class,
          assessment: indicator.assessment,
          source: `${indicator.source.title}${indicator.source.title.includes(indicator.source.publisher) ? '' : `, ${indicator.source.publisher}`}`,
          year: indicator.source.year,
        });
      }
    }
  }
  return entries
    .sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation) || a.key.localeCompare(b.key))
    .slice(0, size);
}

export interface ItemChange {
  next: Omit<ItemRow, 'agenda_id' | 'version' | 'carriers'>;
  /** The fields whose value changed, for the history; empty: nothing to save. */
  changed: string[];
  carriers: string[] | null;
}

/**
 * What an edit makes of an item: its next state and what changed. The rules: "dropped" needs a reason (given with the
 * change, or kept from before); a reason only goes with "dropped"; leaving "dropped" forgets the reason.
 */
export function itemChange(current: ItemRow, body: UpdateItemBody): ItemChange {
  const status = body.status ?? current.status;
  if (body.droppedReason !== undefined && status !== 'dropped') {
    throw badRequest('body/droppedReason', 'only-when-dropped', 'goes only with the status "dropped"');
  }
  const droppedReason = status === 'dropped' ? (body.droppedReason?.trim() ?? current.dropped_reason) : null;
  if (status === 'dropped' && !droppedReason) {
    throw badRequest('body/droppedReason', 'required', 'is required when the status becomes "dropped": say why');
  }
  const next = {
    id: current.id,
    ambition: body.ambition?.trim() ?? current.ambition,
    description: body.description?.trim() ?? current.description,
    theme: body.theme ?? current.theme,
    status,
    dropped_reason: droppedReason,
    next_step: body.nextStep?.trim() ?? current.next_step,
    next_step_date: body.nextStepDate === undefined ? current.next_step_date : body.nextStepDate,
  };
  const fields = [
    'ambition',
    'description',
    'theme',
    'status',
    'dropped_reason',
    'next_step',
    'next_step_date',
  ] as const;
  const changed: string[] = fields.filter((field) => next[field] !== current[field]);
  const carriers = body.carriers === undefined ? null : [...body.carriers].sort();
  if (carriers !== null && carriers.join(',') !== [...current.carriers].sort().join(',')) changed.push('carriers');
  return { next, changed, carriers };
}

function progressOf(row: ProgressRow | undefined): AgendaProgress {
  const items = Object.fromEntries(
    ITEM_STATUSES.map((status) => [status, row?.items?.[status] ?? 0]),
  ) as AgendaProgress['items'];
  return {
    items,
    pledges: { pledged: row?.pledged ?? 0, used: row?.used ?? 0 },
    introductions: { made: row?.introductions ?? 0, accepted: row?.accepted ?? 0, met: row?.met ?? 0 },
    supports: row?.supports ?? 0,
  };
}

function agendaTitle(areaName: string, year: number, language: 'nl' | 'en'): string {
  return language === 'en' ? `Neighbourhood agenda ${areaName} ${year}` : `Buurtagenda ${areaName} ${year}`;
}

/** An indicator's unit after a number, in words of the language ("2,4 personen", "0,5 per 1.000"). */
const UNIT_WORDS: Record<string, { nl: string; en: string }> = {
  '%': { nl: '%', en: '%' },
  persons: { nl: ' personen', en: ' persons' },
  cars: { nl: ' auto’s', en: ' cars' },
  grade: { nl: '', en: '' },
  'per km²': { nl: ' per km²', en: ' per km²' },
  'per 1,000': { nl: ' per 1.000', en: ' per 1,000' },
  'per 10,000': { nl: ' per 10.000', en: ' per 10,000' },
  'thousand euros': { nl: ' duizend euro', en: ' thousand euros' },
  km: { nl: ' km', en: ' km' },
};
export function unitWords(unit: string, language: 'nl' | 'en'): string {
  return UNIT_WORDS[unit]?.[language] ?? ` ${unit}`;
}

function formatNumber(value: number, language: 'nl' | 'en'): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
}

/** An agenda as viewer `viewer` may read it: every section, the scan generated now, the items with all they carry. */
async function readAgenda(
  db: Queryable,
  access: AgendaAccess,
  viewer: string | null,
  language: 'nl' | 'en',
): Promise<Agenda> {
  const id = access.id;
  const [kompas, parties, links, items, evidence, pledges, comments, [progress]] = await Promise.all([
    areaKompas(db, access.area_type, access.area_code, language),
    repository.parties(db, id, viewer),
    repository.policyLinks(db, id),
    repository.items(db, id, viewer),
    repository.evidence(db, id, language),
    repository.pledges(db, id, viewer),
    // Residents' words stay among those who take part; the public page shows the plan, not the conversation.
    access.takes_part ? repository.comments(db, id, viewer) : Promise.resolve([]),
    repository.progress(db, [id]),
  ]);
  const indicators = new Map(
    (kompas?.quarters ?? [])
      .flatMap((quarter) => quarter.themes.flatMap((theme) => theme.indicators))
      .map((indicator) => [indicator.key, indicator]),
  );
  const partyById = new Map(
    parties.map((party) => [
      party.id,
      {
        id: party.id,
        role: party.role,
        kind: party.kind,
        name: party.name,
        organisationId: party.organisation_id,
        mine: party.mine,
      },
    ]),
  );

  const roundIds = [...new Set(evidence.filter((row) => row.kind === 'survey').map((row) => row.ref))];
  const surveys = await surveyDisclosures(db, roundIds);

  const shownEvidence = evidence.map((row) => {
    const base = {
      id: row.id,
      kind: row.kind,
      ref: row.ref,
      note: row.note,
      title: row.title ?? '',
      detail: '',
      source: null as string | null,
      year: null as number | null,
      link: null as string | null,
    };
    if (row.kind === 'indicator') {
      const indicator = indicators.get(row.ref);
      if (indicator) {
        const unit = unitWords(indicator.unit, language);
        const municipality = kompas!.municipality.name;
        base.detail =
          indicator.value === null
            ? language === 'en'
              ? 'no data'
              : 'geen gegevens'
            : // As the kompas shows it: a ratio of so few things is their count, never compared.
              indicator.smallCount
              ? language === 'en'
                ? `${indicator.count} counted: too few to compare with ${municipality}`
                : `${indicator.count} geteld: te weinig om met ${municipality} te vergelijken`
              : `${formatNumber(indicator.value, language)}${unit} (${municipality} ${indicator.reference === null ? '–' : formatNumber(indicator.reference, language)}${unit})${indicator.index === null ? '' : `, index ${Math.round(indicator.index)}`}`;
        base.source = indicator.source.title.includes(indicator.source.publisher)
          ? indicator.source.title
          : `${indicator.source.title}, ${indicator.source.publisher}`;
        base.year = indicator.source.year;
      }
      base.link = `/${access.area_type}/${access.area_code}`;
    } else if (row.kind === 'survey') {
      // The agenda's area as the survey's own results show it: hidden there, hidden here.
      const survey = surveys.get(row.ref)?.cell(access.area_type, access.area_code);
      base.detail =
        survey === undefined || !survey.shown
          ? language === 'en'
            ? 'too few answers to show'
            : 'te weinig antwoorden om te tonen'
          : `${survey.responses} ${language === 'en' ? 'answers' : 'antwoorden'}, ${language === 'en' ? 'overall grade' : 'rapportcijfer'} ${formatNumber(Math.round(meanOf(survey, 'overall') * 10) / 10, language)}${survey.responses < RESULT_THRESHOLDS.indicative ? (language === 'en' ? ' (indicative)' : ' (indicatief)') : ''}`;
      base.source = language === 'en' ? 'Krachtkaart survey' : 'Krachtkaart-peiling';
      base.year = row.round_year;
      base.link = `/${access.area_type}/${access.area_code}`;
    } else if (row.kind === 'observation') {
      base.detail = row.title
        ? row.observation_kind === 'goes-well'
          ? language === 'en'
            ? 'goes well'
            : 'gaat goed'
          : language === 'en'
            ? 'could be better'
            : 'kan beter'
        : '';
      base.link = row.observation_buurt ? `/buurt/${row.observation_buurt}` : null;
    } else {
      base.detail = row.title ? (language === 'en' ? 'story' : 'verhaal') : '';
      base.link = row.title ? `/?types=story&buurt=${row.story_buurt}` : null;
    }
    return { ...base, itemId: row.item_id };
  });
  const strip = ({ itemId: _itemId, ...rest }: (typeof shownEvidence)[number]) => rest;

  return {
    id,
    area: { type: access.area_type, code: access.area_code, name: access.area_name },
    municipality: { code: access.municipality_code, name: access.municipality_name },
    year: access.year,
    title: agendaTitle(access.area_name, access.year, language),
    status: access.status,
    publishedAt: access.published_at?.toISOString() ?? null,
    updatedAt: access.updated_at.toISOString(),
    progress: progressOf(progress),
    urgency: access.urgency,
    countingTelling: access.counting_telling,
    scan: kompas ? buurtscan(kompas) : [],
    parties: [...partyById.values()],
    stories: shownEvidence.filter((row) => row.itemId === null).map(strip),
    policyLinks: links,
    items: items.map((item) => ({
      id: item.id,
      ambition: item.ambition,
      description: item.description,
      theme: item.theme,
      themeLabel: labelOf(THEMES, item.theme, language),
      status: item.status,
      droppedReason: item.dropped_reason,
      nextStep: item.next_step,
      nextStepDate: item.next_step_date,
      version: item.version,
      updatedAt: item.updated_at.toISOString(),
      carriers: item.carriers.flatMap((partyId) => partyById.get(partyId) ?? []),
      evidence: shownEvidence.filter((row) => row.itemId === item.id).map(strip),
      pledges: pledges
        .filter((pledge) => pledge.item_id === item.id)
        .map((pledge) => ({
          id: pledge.id,
          what: pledge.what,
          status: pledge.status,
          asset: pledge.asset_id
            ? { id: pledge.asset_id, title: pledge.asset_title ?? '', type: pledge.asset_type ?? '' }
            : null,
          organisation: pledge.organisation_id
            ? { id: pledge.organisation_id, name: pledge.organisation_name ?? '' }
            : null,
          pledgedBy: pledge.pledged_by,
          mine: pledge.mine,
          createdAt: pledge.created_at.toISOString(),
        })),
      supports: item.supports,
      supportedByMe: item.supported_by_me,
      comments: comments
        .filter((comment) => comment.item_id === item.id)
        .map((comment) => ({
          id: comment.id,
          body: comment.body,
          author: comment.author,
          mine: comment.mine,
          createdAt: comment.created_at.toISOString(),
        })),
      introductions: { made: item.introductions, accepted: item.accepted, met: item.met },
    })),
    you: { mayEdit: access.may_edit, takesPart: access.takes_part },
  };
}

/** What a pledge's history entry refers to: its title is looked up when read, for those who may see the item. */
export function pledged(
  assetId: string | null,
  organisationId: string | null,
): { assetId: string } | { organisationId: string } | Record<string, never> {
  return assetId ? { assetId } : organisationId ? { organisationId } : {};
}

/** Whether a viewer sees an agenda: a published one anyone, a draft only those who take part. */
function visibleTo(access: { status: 'draft' | 'published'; takes_part: boolean }): boolean {
  return access.status === 'published' || access.takes_part;
}

/** Item `itemId` and its agenda as `viewer` may act on them; a 404 naming `field` when they cannot see it. */
async function visibleItem(db: Queryable, itemId: string, viewer: string | null, field = 'params/id') {
  const access = await repository.accessByItem(db, itemId, viewer);
  if (!access || !visibleTo(access))
    throw notFound('names no agenda item you can see', { field: field, rule: 'exists' });
  return access;
}

/**
 * Links an introduction just asked for (by `userId`) to the agenda item it serves, in the caller's transaction: the
 * item must be one the asker can see. A refusal rolls the introduction back too.
 */
export async function linkIntroductionToItem(
  db: Queryable,
  itemId: string,
  introductionId: string,
  userId: string,
  field: string,
): Promise<void> {
  const access = await visibleItem(db, itemId, userId, field);
  if (await repository.linkIntroduction(db, itemId, introductionId, userId)) {
    await repository.record(db, access.agenda_id, itemId, userId, 'introduction.linked', { introductionId });
  }
}

type CreateAgendaBody = Static<typeof CreateAgendaBodySchema>;
type UpdateAgendaBody = Static<typeof UpdateAgendaBodySchema>;
type PolicyLinkBody = Static<typeof PolicyLinkBodySchema>;
type PartyBody = Static<typeof PartyBodySchema>;
type EvidenceBody = Static<typeof EvidenceBodySchema>;
type PledgeBody = Static<typeof PledgeBodySchema>;
type Language = 'nl' | 'en';

/** History entries whose actor is named only to those who take part: residents' support and words. */
const PARTICIPANTS_ONLY_ACTORS = new Set(['item.supported', 'item.support-withdrawn', 'item.commented']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The buurtagenda: connectors of the area draft and edit; residents and organisations of the area comment, support and
 * join the table; owners pledge their assets. Every write is one transaction that records itself in the history. A
 * draft is visible only to those who take part (anyone else gets a plain 404); a published one is public.
 */
export function agendasService(pool: Pool) {
  /** The agenda, if the viewer may see it (published, or a draft they take part in); else 404. */
  async function visibleAgenda(id: string, viewer: string | null) {
    const access = await repository.access(pool, id, viewer);
    if (!access || !visibleTo(access))
      throw notFound('names no agenda you can see', { field: 'params/id', rule: 'exists' });
    return access;
  }
  /** The agenda, if the viewer edits it (a connector of its area, an administrator). */
  async function editableAgenda(id: string, viewer: string) {
    const access = await visibleAgenda(id, viewer);
    if (!access.may_edit) {
      throw forbidden('is an agenda only the connectors of its area edit', { field: 'params/id', rule: 'editor' });
    }
    return access;
  }
  async function knownTheme(theme: string, field: string) {
    const themes = await kompasThemes(pool);
    if (!themes.has(theme))
      throw badRequest(field, 'theme', `must be a theme of the kompas: ${[...themes].join(', ')}`);
  }
  async function knownCarriers(agendaId: string, carriers: string[] | undefined) {
    if (
      carriers &&
      carriers.length > 0 &&
      (await repository.countParties(pool, agendaId, carriers)) !== carriers.length
    ) {
      throw badRequest('body/carriers', 'party', 'must be parties at this agenda’s table');
    }
  }
  /** The item, if the viewer takes part in its area (lives or works there, or sits at the table). */
  async function participant(itemId: string, user: string) {
    const access = await visibleItem(pool, itemId, user);
    if (!access.takes_part) {
      throw forbidden('is an item of an area you do not live or work in', { field: 'params/id', rule: 'takes-part' });
    }
    return access;
  }
  /** The pledge, if the viewer made it or edits its agenda. */
  async function ownPledge(pledgeId: string, user: string) {
    const pledge = await repository.pledgeAccess(pool, pledgeId, user);
    if (!pledge) throw notFound('names no pledge', { field: 'params/id', rule: 'exists' });
    if (!pledge.mine && !pledge.may_edit) {
      throw forbidden('is a pledge only its pledger or the agenda’s editors change', {
        field: 'params/id',
        rule: 'owner',
      });
    }
    return pledge;
  }

  return {
    async create({ areaType, areaCode, year }: CreateAgendaBody, user: string): Promise<string> {
      if (!isAreaCode(areaType, areaCode)) {
        throw badRequest(
          'body/areaCode',
          'pattern',
          `is not a ${areaType} code (e.g. ${AREA_CODE_EXAMPLES[areaType]})`,
        );
      }
      const area = await repository.areaForAgenda(pool, areaType, areaCode, user);
      if (!area?.exists) throw notFound(`names no ${areaType}`, { field: 'body/areaCode', rule: 'exists' });
      if (!area.may_edit) {
        throw forbidden('is not an area you are connector for', { field: 'body/areaCode', rule: 'connector-area' });
      }
      const id = await inTransaction(pool, async (client) => {
        const created = await repository.insertAgenda(client, areaType, areaCode, year, user);
        if (created)
          await repository.record(client, created, null, user, 'agenda.created', { areaType, areaCode, year });
        return created;
      });
      if (!id)
        throw conflict(`already has an agenda for ${areaCode}: open that one`, { field: 'body/year', rule: 'unique' });
      return id;
    },

    async list(
      of: { area: string | null; municipality: string | null },
      viewer: string | null,
      language: Language,
    ): Promise<AgendaSummary[]> {
      const rows = await repository.list(pool, of, viewer);
      const progress = new Map(
        (
          await repository.progress(
            pool,
            rows.map((row) => row.id),
          )
        ).map((row) => [row.id, row]),
      );
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

    async read(id: string, viewer: string | null, language: Language): Promise<Agenda> {
      return readAgenda(pool, await visibleAgenda(id, viewer), viewer, language);
    },

    async update(id: string, user: string, body: UpdateAgendaBody): Promise<void> {
      const access = await editableAgenda(id, user);
      await inTransaction(pool, async (client) => {
        await repository.update(client, access.id, body.urgency?.trim() ?? null, body.countingTelling?.trim() ?? null);
        await repository.record(client, access.id, null, user, 'agenda.edited', { fields: Object.keys(body) });
      });
    },

    async setStatus(id: string, user: string, action: 'publish' | 'unpublish'): Promise<void> {
      const access = await editableAgenda(id, user);
      await inTransaction(pool, async (client) => {
        if (await repository.setStatus(client, access.id, action === 'publish' ? 'published' : 'draft')) {
          await repository.record(client, access.id, null, user, `agenda.${action}ed`);
        }
      });
    },

    async history(id: string, viewer: string | null): Promise<HistoryEntry[]> {
      const access = await visibleAgenda(id, viewer);
      return (await repository.history(pool, access.id, viewer)).map((row) => ({
        at: row.at.toISOString(),
        // The public page counts supports and hides comments; its history does not name those residents either.
        actor: access.takes_part || !PARTICIPANTS_ONLY_ACTORS.has(row.action) ? row.actor : null,
        action: row.action,
        itemId: row.item_id,
        details: row.details,
      }));
    },

    async addPolicyLink(id: string, user: string, { title, url, note }: PolicyLinkBody): Promise<string> {
      const access = await editableAgenda(id, user);
      return inTransaction(pool, async (client) => {
        const linkId = await repository.insertPolicyLink(client, access.id, title.trim(), url, note?.trim() ?? '');
        await repository.record(client, access.id, null, user, 'policy-link.added', { title: title.trim(), url });
        return linkId;
      });
    },

    async removePolicyLink(id: string, linkId: string, user: string): Promise<void> {
      const access = await editableAgenda(id, user);
      await inTransaction(pool, async (client) => {
        const removed = await repository.deletePolicyLink(client, access.id, linkId);
        if (!removed) throw notFound('names no policy link of this agenda', { field: 'params/linkId', rule: 'exists' });
        await repository.record(client, access.id, null, user, 'policy-link.removed', removed);
      });
    },

    /** Brings an organisation, the viewer, or a named party not on the map to the table. */
    async addParty(id: string, user: SessionUser, { role, organisationId, name, me }: PartyBody): Promise<string> {
      const access = await visibleAgenda(id, user.id);
      const given = [organisationId !== undefined, name !== undefined, me === true].filter(Boolean).length;
      if (given !== 1) throw badRequest('body', 'one-of', 'must name exactly one of organisationId, name or me');
      let party: { organisationId?: string; userId?: string; name?: string };
      let label: string;
      if (organisationId !== undefined) {
        const organisation = await repository.organisationForViewer(pool, organisationId, user.id);
        if (!organisation) throw notFound('names no organisation', { field: 'body/organisationId', rule: 'exists' });
        if (!access.may_edit && !organisation.member) {
          throw forbidden('is an organisation only its members or the agenda’s editors can bring to the table', {
            field: 'body/organisationId',
            rule: 'member',
          });
        }
        party = { organisationId };
        label = organisation.name;
      } else if (name !== undefined) {
        if (!access.may_edit) {
          throw forbidden('can be added by the agenda’s editors only', { field: 'body/name', rule: 'editor' });
        }
        party = { name: name.trim() };
        label = name.trim();
      } else {
        if (role !== 'resident' && !access.may_edit) {
          throw badRequest('body/role', 'resident', 'must be "resident" when you join yourself');
        }
        if (!access.takes_part) {
          throw forbidden('is for residents and organisations of the area', { field: 'body/me', rule: 'takes-part' });
        }
        party = { userId: user.id };
        label = user.displayName;
      }
      const partyId = await inTransaction(pool, async (client) => {
        const inserted = await repository.insertParty(client, access.id, role, party, user.id);
        if (inserted) await repository.record(client, access.id, null, user.id, 'party.added', { role, name: label });
        return inserted;
      });
      if (!partyId) {
        const field = organisationId !== undefined ? 'body/organisationId' : 'body/me';
        throw conflict('already sits at this table', { field, rule: 'unique' });
      }
      return partyId;
    },

    async removeParty(id: string, partyId: string, user: string): Promise<void> {
      const access = await visibleAgenda(id, user);
      const party = await repository.findParty(pool, access.id, partyId, user);
      if (!party) throw notFound('names no party at this table', { field: 'params/partyId', rule: 'exists' });
      if (!access.may_edit && party.user_id !== user && !party.member) {
        throw forbidden('is not you or your organisation', { field: 'params/partyId', rule: 'own-party' });
      }
      await inTransaction(pool, async (client) => {
        await repository.deleteParty(client, party.id);
        await repository.record(client, access.id, null, user, 'party.removed', { role: party.role, name: party.name });
      });
    },

    /** Grounds an item (or, without one, gathers a story for the agenda) in something of the area. */
    async addEvidence(id: string, user: string, { kind, ref, itemId, note }: EvidenceBody): Promise<string> {
      const access = await editableAgenda(id, user);
      if (kind !== 'indicator' && !UUID.test(ref))
        throw badRequest('body/ref', 'format', `must be the id of the ${kind}`);
      if (itemId !== undefined && (await repository.itemAgenda(pool, itemId)) !== access.id) {
        throw notFound('names no item of this agenda', { field: 'body/itemId', rule: 'exists' });
      }
      if (!(await repository.evidenceTargetExists(pool, kind, ref, access.id))) {
        const what = {
          indicator: 'indicator of the kompas',
          survey: 'survey round that asked this area',
          observation: 'visible observation in this area',
          story: 'public story in this area',
        }[kind];
        throw notFound(`names no ${what}`, { field: 'body/ref', rule: 'in-area' });
      }
      const evidenceId = await inTransaction(pool, async (client) => {
        const inserted = await repository.insertEvidence(
          client,
          access.id,
          itemId ?? null,
          kind,
          ref,
          note?.trim() ?? '',
          user,
        );
        if (inserted) {
          await repository.record(
            client,
            access.id,
            itemId ?? null,
            user,
            itemId ? 'evidence.added' : 'story.gathered',
            { kind, ref },
          );
        }
        return inserted;
      });
      if (!evidenceId) throw conflict('is linked here already', { field: 'body/ref', rule: 'unique' });
      return evidenceId;
    },

    async removeEvidence(id: string, evidenceId: string, user: string): Promise<void> {
      const access = await editableAgenda(id, user);
      await inTransaction(pool, async (client) => {
        const removed = await repository.deleteEvidence(client, access.id, evidenceId);
        if (!removed)
          throw notFound('names no evidence of this agenda', { field: 'params/evidenceId', rule: 'exists' });
        const action = removed.item_id ? 'evidence.removed' : 'story.removed';
        await repository.record(client, access.id, removed.item_id, user, action, {
          kind: removed.kind,
          ref: removed.ref,
        });
      });
    },

    async addItem(id: string, user: string, body: ItemBody): Promise<string> {
      const access = await editableAgenda(id, user);
      await knownTheme(body.theme, 'body/theme');
      await knownCarriers(access.id, body.carriers);
      return inTransaction(pool, async (client) => {
        const item = {
          ambition: body.ambition.trim(),
          description: body.description?.trim() ?? '',
          theme: body.theme,
          nextStep: body.nextStep?.trim() ?? '',
          nextStepDate: body.nextStepDate ?? null,
        };
        const itemId = await repository.insertItem(client, access.id, item, user);
        if (body.carriers?.length) await repository.setCarriers(client, itemId, body.carriers);
        await repository.insertVersion(client, itemId, user);
        await repository.record(client, access.id, itemId, user, 'item.created', { ambition: item.ambition });
        return itemId;
      });
    },

    /** Edits an item or moves its status; every change is a new version. Returns the item's version after. */
    async updateItem(itemId: string, user: string, body: UpdateItemBody): Promise<number> {
      const access = await visibleItem(pool, itemId, user);
      if (!access.may_edit) {
        throw forbidden('is an item only the connectors of its area edit', { field: 'params/id', rule: 'editor' });
      }
      if (body.theme !== undefined) await knownTheme(body.theme, 'body/theme');
      await knownCarriers(access.agenda_id, body.carriers);
      return inTransaction(pool, async (client) => {
        const current = (await repository.lockItem(client, itemId))!;
        const change = itemChange(current, body);
        if (change.changed.length === 0) return current.version;
        const next = await repository.updateItem(client, change.next);
        if (change.carriers !== null) await repository.setCarriers(client, current.id, change.carriers);
        await repository.insertVersion(client, current.id, user);
        const details: Record<string, unknown> = { changed: change.changed, version: next };
        const statusChanged = change.changed.includes('status');
        if (statusChanged) {
          Object.assign(details, { from: current.status, to: change.next.status, reason: change.next.dropped_reason });
          await repository.notifyStatus(
            client,
            current.id,
            user,
            current.status,
            change.next.status,
            change.next.dropped_reason,
          );
        }
        await repository.record(
          client,
          access.agenda_id,
          current.id,
          user,
          statusChanged ? 'item.status' : 'item.edited',
          details,
        );
        return next;
      });
    },

    async versions(itemId: string, viewer: string | null): Promise<ItemVersion[]> {
      await visibleItem(pool, itemId, viewer);
      return (await repository.versions(pool, itemId)).map((row) => ({
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

    async support(itemId: string, user: string): Promise<void> {
      const access = await participant(itemId, user);
      await inTransaction(pool, async (client) => {
        if (await repository.insertSupport(client, itemId, user)) {
          await repository.record(client, access.agenda_id, itemId, user, 'item.supported');
        }
      });
    },

    async withdrawSupport(itemId: string, user: string): Promise<void> {
      const access = await visibleItem(pool, itemId, user);
      await inTransaction(pool, async (client) => {
        if (await repository.deleteSupport(client, itemId, user)) {
          await repository.record(client, access.agenda_id, itemId, user, 'item.support-withdrawn');
        }
      });
    },

    async comment(itemId: string, user: string, body: string): Promise<string> {
      const access = await participant(itemId, user);
      return inTransaction(pool, async (client) => {
        const commentId = await repository.insertComment(client, itemId, user, body.trim());
        await repository.record(client, access.agenda_id, itemId, user, 'item.commented');
        return commentId;
      });
    },

    /** Pledges the viewer's own asset (or their organisation's), or their organisation's contribution. */
    async pledge(itemId: string, user: string, { assetId, organisationId, what }: PledgeBody): Promise<string> {
      const access = await visibleItem(pool, itemId, user);
      if ((assetId === undefined) === (organisationId === undefined)) {
        throw badRequest('body', 'one-of', 'must name exactly one of assetId or organisationId');
      }
      if (assetId !== undefined) {
        const asset = await repository.assetForPledge(pool, assetId, user);
        if (!asset) throw notFound('names no asset', { field: 'body/assetId', rule: 'exists' });
        if (!asset.owns) {
          throw forbidden('is not yours to pledge: only its owner can', { field: 'body/assetId', rule: 'owner' });
        }
        if (asset.visibility === 'private') {
          throw badRequest('body/assetId', 'not-private', 'is private: show it to others first, then pledge it');
        }
      } else {
        const organisation = await repository.organisationForViewer(pool, organisationId!, user);
        if (!organisation) throw notFound('names no organisation', { field: 'body/organisationId', rule: 'exists' });
        if (!organisation.member) {
          throw forbidden('is not an organisation you belong to', { field: 'body/organisationId', rule: 'owner' });
        }
      }
      return inTransaction(pool, async (client) => {
        const pledge = { assetId: assetId ?? null, organisationId: organisationId ?? null, what: what.trim() };
        const pledgeId = await repository.insertPledge(client, itemId, pledge, user);
        // What was pledged by reference, not by title: the history names it only to those who may see it.
        const details = { what: pledge.what, ...pledged(pledge.assetId, pledge.organisationId) };
        await repository.record(client, access.agenda_id, itemId, user, 'pledge.made', details);
        return pledgeId;
      });
    },

    async setPledgeStatus(pledgeId: string, user: string, status: 'pledged' | 'used'): Promise<void> {
      const pledge = await ownPledge(pledgeId, user);
      await inTransaction(pool, async (client) => {
        await repository.updatePledge(client, pledge.id, status);
        if (pledge.status !== status) {
          const details = { what: pledge.what, to: status, ...pledged(pledge.asset_id, pledge.organisation_id) };
          await repository.record(client, pledge.agenda_id, pledge.item_id, user, 'pledge.status', details);
        }
      });
    },

    async withdrawPledge(pledgeId: string, user: string): Promise<void> {
      const pledge = await ownPledge(pledgeId, user);
      await inTransaction(pool, async (client) => {
        await repository.deletePledge(client, pledge.id);
        const details = { what: pledge.what, ...pledged(pledge.asset_id, pledge.organisation_id) };
        await repository.record(client, pledge.agenda_id, pledge.item_id, user, 'pledge.withdrawn', details);
      });
    },

    /** Links an introduction to the item it serves: the one who asked for it, or an editor for one in the area. */
    async linkIntroduction(itemId: string, introductionId: string, user: string): Promise<void> {
      const access = await visibleItem(pool, itemId, user);
      const introduction = await repository.introductionForItem(pool, introductionId, user, access.agenda_id);
      if (!introduction || (!introduction.mine && !(access.may_edit && introduction.in_area))) {
        throw notFound('names no introduction you asked for, or made in this area', {
          field: 'body/introductionId',
          rule: 'exists',
        });
      }
      await inTransaction(pool, async (client) => {
        if (await repository.linkIntroduction(client, itemId, introduction.id, user)) {
          await repository.record(client, access.agenda_id, itemId, user, 'introduction.linked', {
            introductionId: introduction.id,
          });
        }
      });
    },

    async unlinkIntroduction(itemId: string, introductionId: string, user: string): Promise<void> {
      const access = await visibleItem(pool, itemId, user);
      const introduction = await repository.introductionForItem(pool, introductionId, user, access.agenda_id);
      if (!introduction || (!introduction.mine && !access.may_edit)) {
        throw notFound('names no introduction you may unlink', { field: 'params/introductionId', rule: 'exists' });
      }
      await inTransaction(pool, async (client) => {
        if (await repository.unlinkIntroduction(client, itemId, introduction.id)) {
          await repository.record(client, access.agenda_id, itemId, user, 'introduction.unlinked', {
            introductionId: introduction.id,
          });
        }
      });
    },
  };
}
