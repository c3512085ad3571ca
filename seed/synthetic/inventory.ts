import { Type, type Static } from '@sinclair/typebox';
import { INVENTORY_KINDS, type HowOften, type InventoryKind, type Visibility } from '../../api/assets/asset-kinds.ts';
import type { Random } from './random.ts';
import { oneOf, readTable, Row, Tag, Tags } from './tables.ts';
import { domainOf, fill, inSentence, labelOf, listInDutch } from './words.ts';

// The capacity inventory of a synthetic resident: what they can do, love, would share, want to learn, dream of.
// Tags come in clusters (personas, data/personas.json), so a gardener also composts and a cook also bakes.

const Persona = Row({ key: Type.String(), weight: Type.Number(), tags: Tags });
export type Persona = Static<typeof Persona>;

export const PERSONAS: readonly Persona[] = readTable('personas.json', Type.Array(Persona));

/** What people most often ask help with, in their own words. */
const NEEDS = readTable('needs.json', Type.Array(Row({ title: Type.String(), tag: Tag })));

const DREAMS = readTable('dreams.json', Type.Array(Row({ title: Type.String(), tags: Tags })));

/** Kinds of a resident's own items (groups come from their memberships), weighted as a kitchen-table inventory goes. */
const KIND_WEIGHTS: readonly (readonly [InventoryKind | 'gift', number])[] = [
  ['gift', 26],
  ['skill', 20],
  ['passion', 12],
  ['learn', 10],
  ['share-time', 8],
  ['knowledge', 6],
  ['dream', 5],
  ['need', 5],
  ['share-thing', 4],
  ['enterprise', 2],
];

/** Gifts of the head, the hands or the heart, by the domain of the tag; sport and the arts count as skills. */
const GIFT_OF_DOMAIN: Record<string, InventoryKind> = {
  digital: 'gift-head',
  'money-paperwork': 'gift-head',
  languages: 'gift-head',
  events: 'gift-head',
  'crafts-repair': 'gift-hands',
  'building-diy': 'gift-hands',
  'garden-nature': 'gift-hands',
  food: 'gift-hands',
  transport: 'gift-hands',
  care: 'gift-heart',
  elderly: 'gift-heart',
  children: 'gift-heart',
};

/** Kinds whose title comes from a template of their own: groups, dreams, things and needs are named by their table. */
type TitledKind = Exclude<InventoryKind, 'group' | 'dream' | 'share-thing' | 'need'>;
const KINDS = Object.keys(INVENTORY_KINDS) as InventoryKind[];
const TITLED_KINDS = KINDS.filter(
  (kind): kind is TitledKind => !['group', 'dream', 'share-thing', 'need'].includes(kind),
);

/** Title templates and description sentences of an item, by its kind (the schema checks that every kind has them). */
const { titles: TITLES, descriptions: DESCRIPTIONS } = readTable(
  'inventory-texts.json',
  Row({
    titles: Type.Record(oneOf(TITLED_KINDS), Type.Array(Type.String())),
    descriptions: Type.Record(oneOf(KINDS), Type.Array(Type.String())),
  }),
) as { titles: Record<TitledKind, readonly string[]>; descriptions: Record<InventoryKind, readonly string[]> };

const HOW_OFTEN_WEIGHTS: readonly (readonly [HowOften, number])[] = [
  ['once', 2],
  ['monthly', 4],
  ['weekly', 5],
  ['daily', 1],
];
const HOW_OFTEN_SENTENCE: Record<HowOften, string> = {
  once: 'Ik kan een keer helpen.',
  monthly: 'Ik kan ongeveer een keer per maand helpen.',
  weekly: 'Ik kan elke week een paar uur helpen.',
  daily: 'Ik heb bijna elke dag wel even tijd.',
};

const VISIBILITY_WEIGHTS: readonly (readonly [Visibility, number])[] = [
  ['public', 55],
  ['neighbours', 28],
  ['connectors', 10],
  ['private', 7],
];
// What someone asks help with, they show to fewer people.
const NEED_VISIBILITY_WEIGHTS: readonly (readonly [Visibility, number])[] = [
  ['public', 25],
  ['neighbours', 30],
  ['connectors', 35],
  ['private', 10],
];

export interface InventoryItem {
  kind: InventoryKind;
  title: string;
  description: string;
  tags: string[];
  visibility: Visibility;
  details: { howOften?: HowOften };
}

/** Something a resident would lend (share-thing), picked by the generator from the things list. */
export interface ShareableThing {
  name: string;
  tags: readonly string[];
}

/** Picks 1–3 tags of one persona: the first decides the title, the others cluster with it. */
function clusteredTags(random: Random, persona: Persona): string[] {
  const extra = random.weighted([
    [0, 4],
    [1, 4],
    [2, 2],
  ] as const);
  return random.sample(persona.tags, 1 + extra);
}

function describe(random: Random, kind: InventoryKind, tags: readonly string[], lead?: string): string {
  const sentences = [lead ?? random.pick(DESCRIPTIONS[kind])];
  if (tags.length > 1) sentences.push(`Ook: ${listInDutch(tags.slice(1).map(inSentence))}.`);
  return sentences.join(' ');
}

/** One item of a resident's own inventory (not a group). */
export function inventoryItem(
  random: Random,
  personas: readonly Persona[],
  things: readonly ShareableThing[],
): InventoryItem {
  const choice = random.weighted(KIND_WEIGHTS);
  const visibility = random.weighted(choice === 'need' ? NEED_VISIBILITY_WEIGHTS : VISIBILITY_WEIGHTS);
  if (choice === 'dream') {
    const dream = random.pick(DREAMS);
    return {
      kind: 'dream',
      title: dream.title,
      description: describe(random, 'dream', []),
      tags: [...dream.tags],
      visibility,
      details: {},
    };
  }
  if (choice === 'share-thing') {
    const thing = random.pick(things);
    const howOften = random.weighted(HOW_OFTEN_WEIGHTS);
    const title = random.chance(0.5)
      ? `Te leen bij mij: ${thing.name.toLowerCase()}`
      : `Ik deel mijn ${thing.name.toLowerCase()}`;
    return {
      kind: 'share-thing',
      title,
      description: describe(random, 'share-thing', []),
      tags: thing.tags.slice(0, 3),
      visibility,
      details: { howOften },
    };
  }
  if (choice === 'need') {
    const need = random.pick(NEEDS);
    return {
      kind: 'need',
      title: need.title,
      description: describe(random, 'need', []),
      tags: [need.tag],
      visibility,
      details: {},
    };
  }
  let tags: string[];
  if (choice === 'learn' && random.chance(0.5)) {
    // Half of what people want to learn lies outside what they already do.
    tags = clusteredTags(random, random.weighted(PERSONAS.map((persona) => [persona, persona.weight] as const))).slice(
      0,
      2,
    );
  } else {
    tags = clusteredTags(random, random.pick(personas));
  }
  const kind = choice === 'gift' ? (GIFT_OF_DOMAIN[domainOf(tags[0]!)] ?? 'skill') : choice;
  const title = fill(random.pick(TITLES[kind as keyof typeof TITLES]), {
    tag: inSentence(tags[0]!),
    Tag: labelOf(tags[0]!),
  });
  if (kind === 'share-time') {
    const howOften = random.weighted(HOW_OFTEN_WEIGHTS);
    return {
      kind,
      title,
      description: describe(random, kind, tags, `${HOW_OFTEN_SENTENCE[howOften]} ${random.pick(DESCRIPTIONS[kind])}`),
      tags,
      visibility,
      details: { howOften },
    };
  }
  return { kind, title, description: describe(random, kind, tags), tags, visibility, details: {} };
}

/** "I'm part of …": an item naming an organisation the resident belongs to, tagged like the organisation. */
export function groupItem(
  random: Random,
  organisation: { name: string; kind: string; tags: readonly string[] },
  role: 'owner' | 'member',
): InventoryItem {
  const works = organisation.kind === 'institution' || organisation.kind === 'business';
  const title =
    role === 'owner'
      ? works
        ? `Ik werk bij ${organisation.name}`
        : `Ik ben trekker van ${organisation.name}`
      : random.pick([
          `Lid van ${organisation.name}`,
          `Ik doe mee bij ${organisation.name}`,
          `Vrijwilliger bij ${organisation.name}`,
        ]);
  const tags = random.sample(organisation.tags, random.int(1, Math.min(3, organisation.tags.length)));
  const visibility = random.weighted(VISIBILITY_WEIGHTS.filter(([value]) => value !== 'private'));
  const description = `${random.pick(DESCRIPTIONS.group)} Daar draait het om: ${listInDutch(tags.map(inSentence))}.`;
  return { kind: 'group', title, description, tags, visibility, details: {} };
}
