import type { Pool } from 'pg';
import { parseBbox } from '../shared/bbox.ts';
import { orNotFound } from '../shared/http-error.ts';
import { areasRepository as repository } from './areas.repository.ts';

/** The buurten and wijken of the map, and which of them contain a point. */
export function areasService(pool: Pool) {
  const boxOf = (bbox: string | undefined) => (bbox === undefined ? undefined : parseBbox(bbox));
  return {
    /** The loaded municipalities with their extents, the largest (the one the map opens on) first. */
    municipalities() {
      return repository.listMunicipalities(pool);
    },

    /** Where the loaded boundaries and key figures come from, for the attribution. */
    sources() {
      return repository.listSources(pool);
    },

    /** All buurten, or those meeting the bbox (`minLng,minLat,maxLng,maxLat`), as a feature collection. */
    async buurten(bbox: string | undefined) {
      return { type: 'FeatureCollection' as const, features: await repository.listBuurten(pool, boxOf(bbox)) };
    },

    async buurt(code: string) {
      return orNotFound(await repository.findBuurt(pool, code), `There is no buurt with code ${code}.`);
    },

    /** All wijken, or those meeting the bbox, as a feature collection. */
    async wijken(bbox: string | undefined) {
      return { type: 'FeatureCollection' as const, features: await repository.listWijken(pool, boxOf(bbox)) };
    },

    async wijk(code: string) {
      return orNotFound(await repository.findWijk(pool, code), `There is no wijk with code ${code}.`);
    },

    async lookup(lng: number, lat: number) {
      return orNotFound(
        await repository.lookup(pool, lng, lat),
        `The point (lng ${lng}, lat ${lat}) lies outside every wijk on the map.`,
      );
    },
  };
}
