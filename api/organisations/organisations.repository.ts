import { firstRow, type Queryable, type RowOf } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import { STALE_AFTER_MONTHS } from '../shared/policy.ts';
import { badRequest } from '../shared/http-error.ts';
import { areaRef, assertKnownTags, buurtAtPoint, lngLat } from '../shared/places.ts';
import type {
  Invitation,
  Member,
  Organisation,
  OrganisationKind,
  UpdateOrganisationBody,
} from './organisations.schemas.ts';

const sql = loadQueries(import.meta.url, [
  'insert-organisation',
  'insert-member',
  'find-organisation',
  'list-members',
  'insert-invitation',
  'accept-invitation',
  'remove-member',
  'member-exists',
  'find-user-email',
  'update-profile',
]);

export const organisationsRepository = {
  /** Creates the organisation with its creator as owner (run in a transaction). */
  async create(db: Queryable, input: { name: string; kind: OrganisationKind }, ownerId: string): Promise<string> {
    const { rows } = await db.query<{ id: string }>(sql.insertOrganisation, [input.name.trim(), input.kind, ownerId]);
    const id = rows[0]!.id;
    await db.query(sql.insertMember, [id, ownerId, 'owner']);
    return id;
  },

  async find(db: Queryable, id: string): Promise<Organisation | null> {
    const row = await firstRow<
      RowOf<Omit<Organisation, 'location' | 'buurt'>, 'createdAt'> & {
        lng: number | null;
        lat: number | null;
        buurtCode: string | null;
        buurtName: string | null;
      }
    >(db, sql.findOrganisation, [id, STALE_AFTER_MONTHS]);
    if (!row) return null;
    const { lng, lat, buurtCode, buurtName, ...organisation } = row;
    return {
      ...organisation,
      createdAt: organisation.createdAt.toISOString(),
      location: lngLat(lng, lat),
      buurt: areaRef(buurtCode, buurtName),
    };
  },

  /** Changes the profile; a new location must lie in a buurt, which is stored with it. Run in a transaction. */
  async updateProfile(db: Queryable, id: string, patch: UpdateOrganisationBody): Promise<void> {
    if (patch.tags) await assertKnownTags(db, patch.tags);
    let buurtCode: string | null = null;
    if (patch.location) {
      buurtCode = await buurtAtPoint(db, patch.location.lng, patch.location.lat);
      if (!buurtCode)
        throw badRequest('body/location', 'inside-a-buurt', 'must lie inside one of the buurten on the map');
    }
    await db.query(sql.updateProfile, [
      id,
      patch.name?.trim() ?? null,
      patch.description ?? null,
      patch.website ?? null,
      patch.tags ?? null,
      patch.location?.lng ?? null,
      patch.location?.lat ?? null,
      buurtCode,
    ]);
  },

  async listMembers(db: Queryable, organisationId: string): Promise<Member[]> {
    const { rows } = await db.query<RowOf<Member, 'joinedAt'>>(sql.listMembers, [organisationId]);
    return rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() }));
  },

  async insertInvitation(
    db: Queryable,
    organisationId: string,
    email: string,
    tokenHash: string,
    invitedBy: string,
  ): Promise<Invitation> {
    const { rows } = await db.query<{ id: string; expires_at: Date }>(sql.insertInvitation, [
      organisationId,
      email,
      tokenHash,
      invitedBy,
    ]);
    return { id: rows[0]!.id, email, expiresAt: rows[0]!.expires_at.toISOString() };
  },

  /** Uses the invitation; null when it is unknown, used or expired. */
  async acceptInvitation(
    db: Queryable,
    tokenHash: string,
    userId: string,
  ): Promise<{ organisationId: string; email: string } | null> {
    return firstRow<{ organisationId: string; email: string }>(db, sql.acceptInvitation, [tokenHash, userId]);
  },

  async addMember(db: Queryable, organisationId: string, userId: string) {
    await db.query(sql.insertMember, [organisationId, userId, 'member']);
  },

  async isMember(db: Queryable, organisationId: string, userId: string): Promise<boolean> {
    const { rows } = await db.query<{ found: boolean }>(sql.memberExists, [organisationId, userId]);
    return rows[0]?.found === true;
  },

  /** True when removed; false when not a member or the last owner. */
  async removeMember(db: Queryable, organisationId: string, userId: string): Promise<boolean> {
    const { rowCount } = await db.query(sql.removeMember, [organisationId, userId]);
    return (rowCount ?? 0) > 0;
  },

  async findUser(db: Queryable, userId: string): Promise<{ email: string; displayName: string } | null> {
    return firstRow<{ email: string; displayName: string }>(db, sql.findUserEmail, [userId]);
  },
};
