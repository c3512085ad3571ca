import { Type, type Static } from '@sinclair/typebox';
import { PLACE_KINDS, STORY_KINDS, THING_KINDS } from '../../api/assets/asset-kinds.ts';
import { oneOf, Range, readTable, Row, Tags } from './tables.ts';

// Public places, things to lend and stories of the demo city (data/places.json, things.json, stories.json). Names are
// made of everyday words and the buurt's own name ({buurt}) or a name word ({word}); none is the name of a real
// person or an address.

const PlaceTemplate = Row({
  kind: oneOf(PLACE_KINDS),
  weight: Type.Number(),
  shape: oneOf(['point', 'route', 'area']),
  /** Title patterns, each with the tags that go with it. */
  titles: Type.Array(Type.Tuple([Type.String(), Tags])),
  descriptions: Type.Array(Type.String()),
  /** People it holds, as a range; absent where a number would mean nothing (a route). */
  capacity: Type.Optional(Range),
  stepFree: Type.Number(),
  /** Chance of an accessible toilet; absent where there is no building. */
  accessibleToilet: Type.Optional(Type.Number()),
  availability: Type.Array(Type.String()),
});
export type PlaceTemplate = Static<typeof PlaceTemplate>;

export const PLACE_TEMPLATES: readonly PlaceTemplate[] = readTable('places.json', Type.Array(PlaceTemplate));

const ThingTemplate = Row({ kind: oneOf(THING_KINDS), name: Type.String(), tags: Tags });
export type ThingTemplate = Static<typeof ThingTemplate>;

export const THINGS: readonly ThingTemplate[] = readTable('things.json', Type.Array(ThingTemplate));

export const THING_DESCRIPTIONS = {
  resident: [
    'Te leen voor een dag of een weekend.',
    'Gratis te leen voor buren. Graag schoon terugbrengen.',
    'Vraag het via een introductie, dan spreken we een moment af.',
    'Ik gebruik het zelf weinig, dus leen het gerust.',
  ],
  organisation: [
    'Te leen voor een dag of een weekend.',
    'Gratis voor bewonersgroepen, graag schoon terugbrengen.',
    'Reserveren kan bij de balie.',
  ],
} as const;

const StoryTemplate = Row({ kind: oneOf(STORY_KINDS), title: Type.String(), story: Type.String(), tags: Tags });

// Stories of the kind residents tell about a Dutch textile town; each is invented and names no one.
export const STORIES: readonly Static<typeof StoryTemplate>[] = readTable('stories.json', Type.Array(StoryTemplate));
