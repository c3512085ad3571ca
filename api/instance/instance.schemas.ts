import { Type, type Static } from '@sinclair/typebox';
import { LanguageSchema, Nullable, WordsSchema } from '../shared/schemas.ts';

/**
 * A tile URL template as Leaflet takes it: https, a plain host (it becomes the Content-Security-Policy's image source,
 * so no `{s}` sub-domains), and `{z}`, `{x}` and `{y}` somewhere in the path.
 */
const TILE_URL_PATTERN = String.raw`^https://([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(:[1-9][0-9]{0,3})?/(?=.*\{z\})(?=.*\{x\})(?=.*\{y\})[^\s"'<>\\]*$`;

const TilesSchema = Type.Object(
  {
    url: Type.String({
      maxLength: 500,
      pattern: TILE_URL_PATTERN,
      description: 'https URL template of the background map tiles with {z}, {x} and {y}, on one host',
      examples: ['https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'],
    }),
    attribution: WordsSchema(200, { description: 'Who the map must credit, as plain text' }),
    maxZoom: Type.Integer({ minimum: 1, maximum: 22, description: 'The deepest zoom level the tile server serves' }),
  },
  { additionalProperties: false },
);

const LanguagesSchema = Type.Array(LanguageSchema, {
  minItems: 1,
  maxItems: 2,
  uniqueItems: true,
  description: 'The languages the app offers',
});

export const InstanceSettingsBodySchema = Type.Object(
  {
    name: WordsSchema(80, { description: 'The name the app shows, e.g. "Krachtkaart Tilburg"' }),
    languages: LanguagesSchema,
    /** The language of a first visit; one of `languages`. */
    defaultLanguage: LanguageSchema,
    tiles: TilesSchema,
  },
  { additionalProperties: false },
);

export const InstanceSettingsSchema = Type.Object({
  name: Nullable(Type.String(), { description: 'null until the instance is named' }),
  languages: Type.Array(LanguageSchema),
  defaultLanguage: LanguageSchema,
  tiles: Type.Object({ url: Type.String(), attribution: Type.String(), maxZoom: Type.Integer() }),
});

const SetupProgressSchema = Type.Object({
  needed: Type.Boolean({ description: 'true until every step below is done' }),
  administrator: Type.Boolean({ description: 'an administrator account exists' }),
  named: Type.Boolean({ description: 'the instance has a name' }),
  areas: Type.Boolean({ description: 'areas (buurten) are loaded' }),
});

export const InstanceSchema = Type.Composite([
  InstanceSettingsSchema,
  Type.Object({
    addressSearch: Type.Boolean({
      description: 'whether people can find their address or postcode (a geocoder is configured: GEOCODER_URL)',
    }),
    setup: SetupProgressSchema,
    demo: Type.Boolean({
      description:
        'true when the synthetic demo population is loaded: its residents, organisations and places are invented',
    }),
  }),
]);

export type InstanceSettings = Static<typeof InstanceSettingsSchema>;
export type InstanceSettingsBody = Static<typeof InstanceSettingsBodySchema>;
export type SetupProgress = Static<typeof SetupProgressSchema>;
export type Instance = Static<typeof InstanceSchema>;
