import type { Queryable } from '../shared/db.ts';
import { badRequest, notFound } from '../shared/http-error.ts';
import { meanOf, RESULT_THRESHOLDS, surveyDisclosures } from '../shared/survey-disclosure.ts';
import { labelOf, THEMES } from '../profile/labels.ts';
import { areaKompas } from '../profile/profile.service.ts';
import { agendasRepository as repository, type AgendaAccess, type ItemRow, type ProgressRow } from './agendas.repository.ts';
import { ITEM_STATUSES, type Agenda, type AgendaProgress, type ScanEntry, type UpdateItemBody } from './agendas.schemas.ts';

/** How many indicators the generated buurtscan lists. */
export const SCAN_SIZE = 8;

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
        if (indicator.value === null || indicator.reference === null || indicator.deviation === null || indicator.class === null) continue;
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
  return entries.sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation) || a.key.localeCompare(b.key)).slice(0, size);
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
  const fields = ['ambition', 'description', 'theme', 'status', 'dropped_reason', 'next_step', 'next_step_date'] as const;
  const changed: string[] = fields.filter((field) => next[field] !== current[field]);
  const carriers = body.carriers === undefined ? null : [...body.carriers].sort();
  if (carriers !== null && carriers.join(',') !== [...current.carriers].sort().join(',')) changed.push('carriers');
  return { next, changed, carriers };
}

export function progressOf(row: ProgressRow | undefined): AgendaProgress {
  const items = Object.fromEntries(ITEM_STATUSES.map((status) => [status, row?.items?.[status] ?? 0])) as AgendaProgress['items'];
  return {
    items,
    pledges: { pledged: row?.pledged ?? 0, used: row?.used ?? 0 },
    introductions: { made: row?.introductions ?? 0, accepted: row?.accepted ?? 0, met: row?.met ?? 0 },
    supports: row?.supports ?? 0,
  };
}

export function agendaTitle(areaName: string, year: number, language: 'nl' | 'en'): string {
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
};
export function unitWords(unit: string, language: 'nl' | 'en'): string {
  return UNIT_WORDS[unit]?.[language] ?? ` ${unit}`;
}

function formatNumber(value: number, language: 'nl' | 'en'): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
}

/** An agenda as viewer `viewer` may read it: every section, the scan generated now, the items with all they carry. */
export async function readAgenda(db: Queryable, access: AgendaAccess, viewer: string | null, language: 'nl' | 'en'): Promise<Agenda> {
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
  const indicators = new Map((kompas?.quarters ?? []).flatMap((quarter) => quarter.themes.flatMap((theme) => theme.indicators)).map((indicator) => [indicator.key, indicator]));
  const partyById = new Map(parties.map((party) => [party.id, { id: party.id, role: party.role, kind: party.kind, name: party.name, organisationId: party.organisation_id, mine: party.mine }]));

  const roundIds = [...new Set(evidence.filter((row) => row.kind === 'survey').map((row) => row.ref))];
  const surveys = await surveyDisclosures(db, roundIds);

  const shownEvidence = evidence.map((row) => {
    const base = { id: row.id, kind: row.kind, ref: row.ref, note: row.note, title: row.title ?? '', detail: '', source: null as string | null, year: null as number | null, link: null as string | null };
    if (row.kind === 'indicator') {
      const indicator = indicators.get(row.ref);
      if (indicator) {
        const unit = unitWords(indicator.unit, language);
        base.detail =
          indicator.value === null
            ? language === 'en' ? 'no data' : 'geen gegevens'
            : `${formatNumber(indicator.value, language)}${unit} (${kompas!.municipality.name} ${indicator.reference === null ? '–' : formatNumber(indicator.reference, language)}${unit})${indicator.index === null ? '' : `, index ${Math.round(indicator.index)}`}`;
        base.source = indicator.source.title.includes(indicator.source.publisher) ? indicator.source.title : `${indicator.source.title}, ${indicator.source.publisher}`;
        base.year = indicator.source.year;
      }
      base.link = `/${access.area_type}/${access.area_code}`;
    } else if (row.kind === 'survey') {
      // The agenda's area as the survey's own results show it: hidden there, hidden here.
      const survey = surveys.get(row.ref)?.cell(access.area_type, access.area_code);
      base.detail =
        survey === undefined || !survey.shown
          ? language === 'en' ? 'too few answers to show' : 'te weinig antwoorden om te tonen'
          : `${survey.responses} ${language === 'en' ? 'answers' : 'antwoorden'}, ${language === 'en' ? 'overall grade' : 'rapportcijfer'} ${formatNumber(Math.round(meanOf(survey, 'overall') * 10) / 10, language)}${survey.responses < RESULT_THRESHOLDS.indicative ? (language === 'en' ? ' (indicative)' : ' (indicatief)') : ''}`;
      base.source = language === 'en' ? 'Krachtkaart survey' : 'Krachtkaart-peiling';
      base.year = row.round_year;
      base.link = `/${access.area_type}/${access.area_code}`;
    } else if (row.kind === 'observation') {
      base.detail = row.title ? (row.observation_kind === 'goes-well' ? (language === 'en' ? 'goes well' : 'gaat goed') : language === 'en' ? 'could be better' : 'kan beter') : '';
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
          asset: pledge.asset_id ? { id: pledge.asset_id, title: pledge.asset_title ?? '', type: pledge.asset_type ?? '' } : null,
          organisation: pledge.organisation_id ? { id: pledge.organisation_id, name: pledge.organisation_name ?? '' } : null,
          pledgedBy: pledge.pledged_by,
          mine: pledge.mine,
          createdAt: pledge.created_at.toISOString(),
        })),
      supports: item.supports,
      supportedByMe: item.supported_by_me,
      comments: comments
        .filter((comment) => comment.item_id === item.id)
        .map((comment) => ({ id: comment.id, body: comment.body, author: comment.author, mine: comment.mine, createdAt: comment.created_at.toISOString() })),
      introductions: { made: item.introductions, accepted: item.accepted, met: item.met },
    })),
    you: { mayEdit: access.may_edit, takesPart: access.takes_part },
  };
}

/** What a pledge's history entry refers to: its title is looked up when read, for those who may see the item. */
export function pledged(assetId: string | null, organisationId: string | null): { assetId: string } | { organisationId: string } | Record<string, never> {
  return assetId ? { assetId } : organisationId ? { organisationId } : {};
}

/** Whether a viewer sees an agenda: a published one anyone, a draft only those who take part. */
export function visibleTo(access: { status: 'draft' | 'published'; takes_part: boolean }): boolean {
  return access.status === 'published' || access.takes_part;
}

/** Item `itemId` and its agenda as `viewer` may act on them; a 404 naming `field` when they cannot see it. */
export async function visibleItem(db: Queryable, itemId: string, viewer: string | null, field = 'params/id') {
  const access = await repository.accessByItem(db, itemId, viewer);
  if (!access || !visibleTo(access)) throw notFound('names no agenda item you can see', { field: field, rule: 'exists' });
  return access;
}

/**
 * Links an introduction just asked for (by `userId`) to the agenda item it serves, in the caller's transaction: the
 * item must be one the asker can see. A refusal rolls the introduction back too.
 */
export async function linkIntroductionToItem(db: Queryable, itemId: string, introductionId: string, userId: string, field: string): Promise<void> {
  const access = await visibleItem(db, itemId, userId, field);
  if (await repository.linkIntroduction(db, itemId, introductionId, userId)) {
    await repository.record(db, access.agenda_id, itemId, userId, 'introduction.linked', { introductionId });
  }
}
