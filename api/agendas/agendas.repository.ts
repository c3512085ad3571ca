import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import type { EvidenceKind, ItemStatus, Role } from './agendas.schemas.ts';

const names = [
  'access',
  'access-by-item',
  'area-for-agenda',
  'insert-agenda',
  'list-agendas',
  'progress',
  'parties',
  'policy-links',
  'items',
  'evidence',
  'pledges',
  'comments',
  'record',
  'history',
  'update-agenda',
  'set-agenda-status',
  'touch-agenda',
  'insert-policy-link',
  'delete-policy-link',
  'organisation-for-viewer',
  'insert-party',
  'find-party',
  'delete-party',
  'evidence-target',
  'insert-evidence',
  'delete-evidence',
  'item-agenda',
  'count-parties',
  'insert-item',
  'lock-item',
  'update-item',
  'insert-version',
  'set-carriers',
  'versions',
  'insert-support',
  'delete-support',
  'insert-comment',
  'asset-for-pledge',
  'insert-pledge',
  'pledge-access',
  'update-pledge',
  'delete-pledge',
  'introduction-for-item',
  'link-introduction',
  'unlink-introduction',
  'notify-status',
] as const;
const sql = loadQueries(import.meta.url, names);

export interface AgendaAccess {
  id: string;
  year: number;
  status: 'draft' | 'published';
  urgency: string;
  counting_telling: string;
  published_at: Date | null;
  updated_at: Date;
  area_type: 'buurt' | 'wijk';
  area_code: string;
  area_name: string;
  municipality_code: string;
  municipality_name: string;
  may_edit: boolean;
  takes_part: boolean;
}

export interface ItemRow {
  id: string;
  agenda_id: string;
  ambition: string;
  description: string;
  theme: string;
  status: ItemStatus;
  dropped_reason: string | null;
  next_step: string;
  next_step_date: string | null;
  version: number;
  carriers: string[];
}

export interface AgendaListRow {
  id: string;
  year: number;
  status: 'draft' | 'published';
  published_at: Date | null;
  updated_at: Date;
  area_type: 'buurt' | 'wijk';
  area_code: string;
  area_name: string;
}

export interface ProgressRow {
  id: string;
  items: Partial<Record<ItemStatus, number>> | null;
  pledged: number;
  used: number;
  introductions: number;
  accepted: number;
  met: number;
  supports: number;
}

async function one<T>(db: Queryable, text: string, values: unknown[]): Promise<T | null> {
  return ((await db.query(text, values)).rows[0] as T | undefined) ?? null;
}
async function all<T>(db: Queryable, text: string, values: unknown[]): Promise<T[]> {
  return (await db.query(text, values)).rows as T[];
}

export const agendasRepository = {
  access: (db: Queryable, id: string, viewer: string | null) => one<AgendaAccess>(db, sql.access, [id, viewer]),
  accessByItem: (db: Queryable, itemId: string, viewer: string | null) =>
    one<{
      agenda_id: string;
      item_status: ItemStatus;
      version: number;
      may_edit: boolean;
      takes_part: boolean;
      status: 'draft' | 'published';
    }>(db, sql.accessByItem, [itemId, viewer]),
  areaForAgenda: (db: Queryable, type: 'buurt' | 'wijk', code: string, viewer: string) =>
    one<{ exists: boolean; may_edit: boolean }>(db, sql.areaForAgenda, [type, code, viewer]),
  insertAgenda: async (db: Queryable, type: 'buurt' | 'wijk', code: string, year: number, by: string) =>
    (
      await one<{ id: string }>(db, sql.insertAgenda, [
        type === 'buurt' ? code : null,
        type === 'wijk' ? code : null,
        year,
        by,
      ])
    )?.id ?? null,
  list: (db: Queryable, of: { area: string | null; municipality: string | null }, viewer: string | null) =>
    all<AgendaListRow>(db, sql.listAgendas, [of.area, viewer, of.municipality]),
  progress: (db: Queryable, ids: string[]) => all<ProgressRow>(db, sql.progress, [ids]),
  parties: (db: Queryable, id: string, viewer: string | null) =>
    all<{
      id: string;
      role: Role;
      organisation_id: string | null;
      kind: 'organisation' | 'resident' | 'named';
      name: string;
      mine: boolean;
    }>(db, sql.parties, [id, viewer]),
  policyLinks: (db: Queryable, id: string) =>
    all<{ id: string; title: string; url: string; note: string }>(db, sql.policyLinks, [id]),
  items: (db: Queryable, id: string, viewer: string | null) =>
    all<
      Omit<ItemRow, 'agenda_id'> & {
        updated_at: Date;
        supports: number;
        supported_by_me: boolean;
        introductions: number;
        accepted: number;
        met: number;
      }
    >(db, sql.items, [id, viewer]),
  evidence: (db: Queryable, id: string, language: 'nl' | 'en') =>
    all<{
      id: string;
      item_id: string | null;
      kind: EvidenceKind;
      note: string;
      ref: string;
      title: string | null;
      observation_kind: string | null;
      observation_buurt: string | null;
      story_buurt: string | null;
      round_area_type: string | null;
      round_area_code: string | null;
      round_year: number | null;
    }>(db, sql.evidence, [id, language]),
  pledges: (db: Queryable, id: string, viewer: string | null) =>
    all<{
      id: string;
      item_id: string;
      what: string;
      status: 'pledged' | 'used';
      created_at: Date;
      asset_id: string | null;
      asset_title: string | null;
      asset_type: string | null;
      organisation_id: string | null;
      organisation_name: string | null;
      /** NULL: a resident the viewer may not see the pledged item of. */
      pledged_by: string | null;
      mine: boolean;
    }>(db, sql.pledges, [id, viewer]),
  comments: (db: Queryable, id: string, viewer: string | null) =>
    all<{ id: string; item_id: string; body: string; created_at: Date; author: string; mine: boolean }>(
      db,
      sql.comments,
      [id, viewer],
    ),
  history: (db: Queryable, id: string, viewer: string | null) =>
    all<{ at: Date; actor: string | null; action: string; item_id: string | null; details: Record<string, unknown> }>(
      db,
      sql.history,
      [id, viewer],
    ),

  /** Tells the item's supporters and pledgers (not `actor`) of its change of status, in the change's transaction. */
  async notifyStatus(db: Queryable, itemId: string, actor: string, from: string, to: string, reason: string | null) {
    await db.query(sql.notifyStatus, [itemId, actor, from, to, reason]);
  },

  /** Every write records itself here, in the same transaction. */
  async record(
    db: Queryable,
    agendaId: string,
    itemId: string | null,
    actor: string,
    action: string,
    details: Record<string, unknown> = {},
  ) {
    await db.query(sql.record, [agendaId, itemId, actor, action, JSON.stringify(details)]);
    await db.query(sql.touchAgenda, [agendaId]);
  },
  update: (db: Queryable, id: string, urgency: string | null, countingTelling: string | null) =>
    db.query(sql.updateAgenda, [id, urgency, countingTelling]),
  setStatus: async (db: Queryable, id: string, status: 'draft' | 'published') =>
    (await db.query(sql.setAgendaStatus, [id, status])).rowCount === 1,
  insertPolicyLink: async (db: Queryable, id: string, title: string, url: string, note: string) =>
    (await one<{ id: string }>(db, sql.insertPolicyLink, [id, title, url, note]))!.id,
  deletePolicyLink: (db: Queryable, id: string, linkId: string) =>
    one<{ title: string; url: string }>(db, sql.deletePolicyLink, [id, linkId]),
  organisationForViewer: (db: Queryable, organisationId: string, viewer: string) =>
    one<{ id: string; name: string; member: boolean }>(db, sql.organisationForViewer, [organisationId, viewer]),
  insertParty: async (
    db: Queryable,
    agendaId: string,
    role: Role,
    party: { organisationId?: string; userId?: string; name?: string },
    by: string,
  ) =>
    (
      await one<{ id: string }>(db, sql.insertParty, [
        agendaId,
        role,
        party.organisationId ?? null,
        party.userId ?? null,
        party.name ?? null,
        by,
      ])
    )?.id ?? null,
  findParty: (db: Queryable, agendaId: string, partyId: string, viewer: string) =>
    one<{
      id: string;
      role: Role;
      user_id: string | null;
      organisation_id: string | null;
      name: string;
      member: boolean;
    }>(db, sql.findParty, [agendaId, partyId, viewer]),
  deleteParty: (db: Queryable, partyId: string) => db.query(sql.deleteParty, [partyId]),
  evidenceTargetExists: async (db: Queryable, kind: EvidenceKind, ref: string, agendaId: string) =>
    (await one<{ ok: boolean }>(db, sql.evidenceTarget, [kind, ref, agendaId]))!.ok,
  insertEvidence: async (
    db: Queryable,
    agendaId: string,
    itemId: string | null,
    kind: EvidenceKind,
    ref: string,
    note: string,
    by: string,
  ) => (await one<{ id: string }>(db, sql.insertEvidence, [agendaId, itemId, kind, ref, note, by]))?.id ?? null,
  deleteEvidence: (db: Queryable, agendaId: string, evidenceId: string) =>
    one<{ item_id: string | null; kind: EvidenceKind; ref: string }>(db, sql.deleteEvidence, [agendaId, evidenceId]),
  itemAgenda: async (db: Queryable, itemId: string) =>
    (await one<{ agenda_id: string }>(db, sql.itemAgenda, [itemId]))?.agenda_id ?? null,
  countParties: async (db: Queryable, agendaId: string, partyIds: string[]) =>
    (await one<{ n: number }>(db, sql.countParties, [agendaId, partyIds]))!.n,
  insertItem: async (
    db: Queryable,
    agendaId: string,
    item: { ambition: string; description: string; theme: string; nextStep: string; nextStepDate: string | null },
    by: string,
  ) =>
    (await one<{ id: string }>(db, sql.insertItem, [
      agendaId,
      item.ambition,
      item.description,
      item.theme,
      item.nextStep,
      item.nextStepDate,
      by,
    ]))!.id,
  lockItem: (db: Queryable, itemId: string) => one<ItemRow>(db, sql.lockItem, [itemId]),
  updateItem: async (db: Queryable, item: Omit<ItemRow, 'agenda_id' | 'version' | 'carriers'>) =>
    (await one<{ version: number }>(db, sql.updateItem, [
      item.id,
      item.ambition,
      item.description,
      item.theme,
      item.status,
      item.dropped_reason,
      item.next_step,
      item.next_step_date,
    ]))!.version,
  insertVersion: (db: Queryable, itemId: string, by: string) => db.query(sql.insertVersion, [itemId, by]),
  setCarriers: (db: Queryable, itemId: string, partyIds: string[]) => db.query(sql.setCarriers, [itemId, partyIds]),
  versions: (db: Queryable, itemId: string) =>
    all<Omit<ItemRow, 'id' | 'agenda_id' | 'carriers'> & { edited_by: string | null; edited_at: Date }>(
      db,
      sql.versions,
      [itemId],
    ),
  insertSupport: async (db: Queryable, itemId: string, userId: string) =>
    (await db.query(sql.insertSupport, [itemId, userId])).rowCount === 1,
  deleteSupport: async (db: Queryable, itemId: string, userId: string) =>
    (await db.query(sql.deleteSupport, [itemId, userId])).rowCount === 1,
  insertComment: async (db: Queryable, itemId: string, userId: string, body: string) =>
    (await one<{ id: string }>(db, sql.insertComment, [itemId, userId, body]))!.id,
  assetForPledge: (db: Queryable, assetId: string, viewer: string) =>
    one<{ id: string; title: string; type: string; visibility: string; owns: boolean }>(db, sql.assetForPledge, [
      assetId,
      viewer,
    ]),
  insertPledge: async (
    db: Queryable,
    itemId: string,
    pledge: { assetId: string | null; organisationId: string | null; what: string },
    by: string,
  ) =>
    (await one<{ id: string }>(db, sql.insertPledge, [itemId, pledge.assetId, pledge.organisationId, pledge.what, by]))!
      .id,
  pledgeAccess: (db: Queryable, pledgeId: string, viewer: string) =>
    one<{
      id: string;
      item_id: string;
      agenda_id: string;
      what: string;
      status: 'pledged' | 'used';
      asset_id: string | null;
      organisation_id: string | null;
      mine: boolean;
      may_edit: boolean;
    }>(db, sql.pledgeAccess, [pledgeId, viewer]),
  updatePledge: (db: Queryable, pledgeId: string, status: 'pledged' | 'used') =>
    db.query(sql.updatePledge, [pledgeId, status]),
  deletePledge: (db: Queryable, pledgeId: string) => db.query(sql.deletePledge, [pledgeId]),
  introductionForItem: (db: Queryable, introductionId: string, viewer: string, agendaId: string) =>
    one<{ id: string; mine: boolean; in_area: boolean | null }>(db, sql.introductionForItem, [
      introductionId,
      viewer,
      agendaId,
    ]),
  linkIntroduction: async (db: Queryable, itemId: string, introductionId: string, by: string) =>
    (await db.query(sql.linkIntroduction, [itemId, introductionId, by])).rowCount === 1,
  unlinkIntroduction: async (db: Queryable, itemId: string, introductionId: string) =>
    (await db.query(sql.unlinkIntroduction, [itemId, introductionId])).rowCount === 1,
};
