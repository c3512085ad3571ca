import type { Pool } from 'pg';
import type { SessionUser } from '../auth/auth.service.ts';
import { badRequest, forbidden, notFound } from '../shared/http-error.ts';
import { buurtAtPoint } from '../shared/places.ts';
import { processPhoto } from './images.ts';
import {
  observationsRepository as repository,
  type ModerationStatus,
  type ObservationKind,
} from './observations.repository.ts';

/** An observation as the form sends it, read and checked. */
export interface ObservationForm {
  kind: ObservationKind;
  body: string;
  lng: number;
  lat: number;
  photo: Buffer | null;
}

/** "Goes well" / "could be better": pins with words and a photo, their reports and their moderation. */
export function observationsService(pool: Pool) {
  /** The observation, if `userId` may moderate it (an administrator, or a connector of its buurt); else 404 or 403. */
  async function moderatable(id: string, userId: string) {
    const observation = await repository.forModeration(pool, id, userId);
    if (!observation) throw notFound('names no observation', { field: 'params/id', rule: 'exists' });
    if (!observation.may_moderate)
      throw forbidden('is in a buurt you are not connector for', { field: 'params/id', rule: 'moderator' });
    return observation;
  }

  return {
    /** Stores the observation in the buurt of its point, its photo re-encoded with a thumbnail; returns its id. */
    async create(userId: string, form: ObservationForm): Promise<string> {
      const buurtCode = await buurtAtPoint(pool, form.lng, form.lat);
      if (!buurtCode)
        throw badRequest('body/lng', 'inside-a-buurt', 'with lat must lie inside one of the buurten on the map');
      const images = form.photo ? await processPhoto(form.photo) : null;
      return repository.insert(pool, {
        userId,
        kind: form.kind,
        body: form.body,
        lng: form.lng,
        lat: form.lat,
        buurtCode,
        photo: images?.photo ?? null,
        thumbnail: images?.thumbnail ?? null,
      });
    },

    async list(buurt: string | null, wijk: string | null) {
      return (await repository.list(pool, buurt, wijk)).map(({ hasPhoto, ...observation }) => ({
        ...observation,
        createdAt: observation.createdAt.toISOString(),
        photoUrl: hasPhoto ? `/api/observations/${observation.id}/photo` : null,
        thumbnailUrl: hasPhoto ? `/api/observations/${observation.id}/thumbnail` : null,
      }));
    },

    /** The photo or thumbnail, and whether its observation is hidden; 404 when the viewer cannot see it. */
    async image(id: string, which: 'photo' | 'thumbnail', viewerId: string | null) {
      const found = await repository.image(pool, id, which, viewerId);
      if (!found)
        throw notFound(`names no visible observation with a ${which}`, { field: 'params/id', rule: 'exists' });
      return found;
    },

    async report(id: string, userId: string, reason: string, note: string | undefined): Promise<void> {
      if (!(await repository.report(pool, id, userId, reason, note?.trim() ?? '')))
        throw notFound('names no visible observation', { field: 'params/id', rule: 'exists' });
    },

    /** Hides or shows the observation (its moderators only), with the reason in the audit trail. */
    async setHidden(id: string, userId: string, hidden: boolean, reason: string): Promise<void> {
      const observation = await moderatable(id, userId);
      await repository.setHidden(pool, observation.id, userId, hidden, reason.trim());
    },

    /** The observations the user may moderate with open reports, or hidden (administrators and connectors only). */
    async moderationQueue(user: SessionUser, status: ModerationStatus) {
      if (!user.isAdmin && !user.isConnector)
        throw forbidden('must be an administrator or the connector of an area', { field: 'user', rule: 'moderator' });
      const rows = await repository.moderationQueue(pool, user.id, status);
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        body: row.body,
        buurtCode: row.buurtCode,
        buurtName: row.buurtName,
        createdAt: row.createdAt.toISOString(),
        hidden: row.hidden,
        thumbnailUrl: row.hasPhoto ? `/api/observations/${row.id}/thumbnail` : null,
        photoUrl: row.hasPhoto ? `/api/observations/${row.id}/photo` : null,
        openReports: row.openReports,
        reports: row.reports.map((report) => ({ ...report, at: report.at.toISOString() })),
        lastAction: row.lastAction && { ...row.lastAction, at: row.lastAction.at.toISOString() },
      }));
    },

    /** What moderators did with the observation (its moderators only). */
    async moderationLog(id: string, userId: string) {
      const observation = await moderatable(id, userId);
      return (await repository.moderationLog(pool, observation.id)).map((row) => ({
        ...row,
        at: row.at.toISOString(),
      }));
    },
  };
}
