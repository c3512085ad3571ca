import type { PostgresDb } from '@fastify/postgres';
import { inTransaction } from '../shared/transaction.ts';
import { badRequest, forbidden, notFound, orNotFound } from '../shared/http-error.ts';
import { assertKnownTags } from '../shared/places.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { organisationRole } from '../shared/access.ts';
import type { Queryable } from '../shared/db.ts';
import { assetsRepository as repository, type NewAsset, type Viewer } from './assets.repository.ts';
import type { Asset, CreateAssetBody, UpdateAssetBody } from './assets.schemas.ts';
import { DEFAULT_VISIBILITY, directionOf } from './asset-kinds.ts';

/** Create, change and delete assets, with the ownership rules; every write is one transaction. */
export function assetsService(pg: PostgresDb) {
  const viewerOf = (user: SessionUser | null): Viewer => ({ id: user?.id ?? null, language: user?.language ?? 'nl' });

  async function assertMayActFor(client: Queryable, organisationId: string, user: SessionUser) {
    const role = await organisationRole(client, organisationId, user.id);
    if (!role && !user.isAdmin) throw forbidden('Only members of this organisation can add to it.');
  }

  const UNSEEN = 'There is no asset with this id that you can see.';

  return {
    /** The asset as the viewer (null: not logged in) may see it; 404 when they cannot. */
    async read(id: string, user: SessionUser | null): Promise<Asset> {
      return orNotFound(await repository.find(pg.pool, id, viewerOf(user)), UNSEEN);
    },

    /** The account's own assets. */
    mine: (user: SessionUser) => repository.listMine(pg.pool, { id: user.id, language: user.language }),

    async create(body: CreateAssetBody, user: SessionUser): Promise<Asset> {
      const id = await inTransaction(pg.pool, async (client) => {
        await assertKnownTags(client, body.tags);
        const base = {
          type: body.type,
          kind: body.kind,
          direction: directionOf(body.type, body.kind),
          title: body.title,
          description: body.description ?? '',
          tags: body.tags,
          createdBy: user.id,
        };
        let asset: NewAsset;
        switch (body.type) {
          case 'inventory': {
            let ownerUserId = user.id;
            if (body.onBehalfOf && body.onBehalfOf !== user.id) {
              // Interview mode: a connector records for a resident who consented to exactly this connector.
              if (!(await repository.interviewAllowed(client, body.onBehalfOf, user.id))) {
                throw forbidden(
                  'You can record for this resident only with their consent, as connector of their buurt.',
                );
              }
              ownerUserId = body.onBehalfOf;
            }
            asset = {
              ...base,
              geometry: null,
              buurtCode: null,
              ownerUserId,
              ownerOrganisationId: null,
              visibility: body.visibility ?? DEFAULT_VISIBILITY,
              details: body.details ?? {},
              recordedBy: ownerUserId === user.id ? null : user.id,
            };
            break;
          }
          case 'place': {
            await repository.assertPlaceable(client, body.geometry);
            if (body.ownerOrganisationId) await assertMayActFor(client, body.ownerOrganisationId, user);
            asset = {
              ...base,
              geometry: body.geometry,
              buurtCode: null,
              ownerUserId: null,
              ownerOrganisationId: body.ownerOrganisationId ?? null,
              visibility: 'public',
              details: body.details ?? {},
              recordedBy: null,
            };
            break;
          }
          case 'thing': {
            if (body.ownerOrganisationId) await assertMayActFor(client, body.ownerOrganisationId, user);
            asset = {
              ...base,
              geometry: null,
              buurtCode: null,
              ownerUserId: body.ownerOrganisationId ? null : user.id,
              ownerOrganisationId: body.ownerOrganisationId ?? null,
              visibility: body.ownerOrganisationId ? 'public' : (body.visibility ?? DEFAULT_VISIBILITY),
              details: {},
              recordedBy: null,
            };
            break;
          }
          case 'story': {
            if (!body.point && !body.buurtCode) {
              throw badRequest(
                'body/buurtCode',
                'required',
                'is required when no point is given: say which buurt the story is about',
              );
            }
            if (body.point) await repository.assertPlaceable(client, body.point, 'body/point');
            asset = {
              ...base,
              description: body.description ?? '',
              geometry: body.point ?? null,
              buurtCode: body.buurtCode ?? null,
              ownerUserId: null,
              ownerOrganisationId: null,
              visibility: 'public',
              details: body.point ? {} : { approximate: true },
              recordedBy: null,
            };
            break;
          }
          case 'organisation-item': {
            await assertMayActFor(client, body.ownerOrganisationId, user);
            asset = {
              ...base,
              geometry: null,
              buurtCode: null,
              ownerUserId: null,
              ownerOrganisationId: body.ownerOrganisationId,
              visibility: 'public',
              details: {},
              recordedBy: null,
            };
            break;
          }
        }
        return repository.insert(client, asset);
      });
      return (await repository.find(pg.pool, id, viewerOf(user)))!;
    },

    /** The asset after the change; 404 when the user cannot see it, 403 when they see it but may not edit. */
    async update(id: string, patch: UpdateAssetBody, user: SessionUser): Promise<Asset> {
      const viewer = viewerOf(user);
      const found = await inTransaction(pg.pool, async (client) => {
        const asset = await repository.find(client, id, viewer);
        if (!asset) return null;
        if (!asset.mine) throw forbidden('Only its owner can change this.');
        if (patch.tags) await assertKnownTags(client, patch.tags);
        if (patch.geometry) {
          if (asset.type !== 'place')
            throw badRequest('body/geometry', 'places-only', 'can only be changed for a place');
          await repository.assertPlaceable(client, patch.geometry);
        }
        if (
          patch.visibility &&
          !(asset.type === 'inventory' || (asset.type === 'thing' && asset.owner?.kind === 'resident'))
        ) {
          throw badRequest(
            'body/visibility',
            'residents-only',
            'applies only to a resident’s own items: this one is public',
          );
        }
        await repository.update(client, id, patch);
        return asset;
      });
      return orNotFound(found ? await repository.find(pg.pool, id, viewer) : null, UNSEEN);
    },

    /** 404 when the user cannot see it, 403 when they may not delete it. */
    async delete(id: string, user: SessionUser): Promise<void> {
      await inTransaction(pg.pool, async (client) => {
        const asset = await repository.find(client, id, viewerOf(user));
        if (!asset) throw notFound(UNSEEN);
        if (!asset.mine) throw forbidden('Only its owner can delete this.');
        await repository.delete(client, id);
      });
    },

    async confirm(id: string, user: SessionUser): Promise<Asset> {
      const viewer = viewerOf(user);
      const asset = await repository.find(pg.pool, id, viewer);
      if (!asset) throw notFound(UNSEEN);
      if (!asset.mine) throw forbidden('Only its owner can confirm this.');
      await repository.confirm(pg.pool, id);
      return orNotFound(await repository.find(pg.pool, id, viewer), UNSEEN);
    },
  };
}
