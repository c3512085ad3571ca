import type { PLACE_KINDS, STORY_KINDS, THING_KINDS } from '../../api/assets/asset-kinds.ts';
import { assertKnownTags } from './words.ts';

// Public places, things to lend and stories of the demo city. Names are made of everyday words and the buurt's own
// name ({buurt}) or a name word ({word}); none is the name of a real person or an address.

export type PlaceKind = (typeof PLACE_KINDS)[number];
type ThingKind = (typeof THING_KINDS)[number];
type StoryKind = (typeof STORY_KINDS)[number];
type Shape = 'point' | 'route' | 'area';

export interface PlaceTemplate {
  kind: PlaceKind;
  weight: number;
  shape: Shape;
  /** Title patterns, each with the tags that go with it. */
  titles: readonly (readonly [title: string, tags: readonly string[]])[];
  descriptions: readonly string[];
  /** People it holds, as a range; absent where a number would mean nothing (a route). */
  capacity?: readonly [number, number];
  stepFree: number;
  /** Chance of an accessible toilet; absent where there is no building. */
  accessibleToilet?: number;
  availability: readonly string[];
}

const ALWAYS_OPEN = ['Altijd open', 'Van zonsopgang tot zonsondergang', 'Dag en nacht vrij toegankelijk'];
const OPENING_HOURS = [
  'Ma t/m vr 9.00–17.00 uur',
  'Ma t/m za 10.00–16.00 uur',
  'Doordeweeks overdag, avonden op afspraak',
  'Dinsdag- en donderdagavond, zaterdagochtend',
  'Op afspraak',
  'Woensdagmiddag en zaterdag 10.00–14.00 uur',
];

export const PLACE_TEMPLATES: readonly PlaceTemplate[] = [
  {
    kind: 'playground',
    weight: 20,
    shape: 'point',
    titles: [
      ['Speeltuin {word}', ['playing-outside']],
      ['Speelplek {buurt}', ['playing-outside']],
      ['Natuurspeeltuin {word}', ['playing-outside', 'birds']],
      ['Speelveldje bij {word}', ['playing-outside', 'football']],
    ],
    descriptions: [
      'Een speelplek met schommels, een glijbaan en bankjes voor ouders.',
      'Veel groen, een zandbak en een klimrek. Ouders maken hier snel een praatje.',
      'Kleine speelplek midden in de buurt, geschikt voor kinderen tot twaalf jaar.',
    ],
    capacity: [10, 60],
    stepFree: 0.6,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'garden',
    weight: 12,
    shape: 'point',
    titles: [
      ['Buurtmoestuin {word}', ['vegetable-growing', 'gardening', 'composting']],
      ['Pluktuin {buurt}', ['gardening', 'vegetable-growing']],
      ['Kruidentuin {word}', ['gardening', 'cooking']],
      ['Bloementuin {word}', ['gardening', 'greening-streets', 'beekeeping']],
    ],
    descriptions: [
      'Bewoners kweken hier samen groente en kruiden. Iedereen mag meehelpen en meeoogsten.',
      'Een groene plek met bakken op werkhoogte, ook te doen vanuit een rolstoel.',
      'Een tuin waar bijen en vlinders op af komen. Er is een composthoop voor de hele buurt.',
    ],
    capacity: [5, 40],
    stepFree: 0.5,
    availability: ['Zaterdagochtend samen tuinieren', ...ALWAYS_OPEN],
  },
  {
    kind: 'sports-field',
    weight: 8,
    shape: 'point',
    titles: [
      ['Trapveld {buurt}', ['football', 'playing-outside']],
      ['Pannakooi {word}', ['football', 'youth-work']],
      ['Basketbalveldje {buurt}', ['playing-outside', 'youth-work']],
      ['Beweegtuin {word}', ['running', 'chair-exercise']],
      ['Skatebaan {buurt}', ['youth-work', 'playing-outside']],
    ],
    descriptions: [
      'Een veld waar jongeren na school voetballen. In de zomer zijn er toernooitjes.',
      'Openbare sportplek met toestellen voor jong en oud.',
    ],
    capacity: [10, 60],
    stepFree: 0.7,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'meeting-place',
    weight: 15,
    shape: 'point',
    titles: [
      ['Bankjes bij de vijver', ['company']],
      ['Pleintje {word}', ['company', 'street-party']],
      ['Ontmoetingsplek {buurt}', ['company']],
      ['Picknicktafel {word}', ['company', 'shared-meals']],
      ['Buurtbankje {word}', ['company', 'listening']],
    ],
    descriptions: [
      'Hier zitten buren op mooie dagen samen. Er is schaduw en een prullenbak.',
      'Een plein waar ook het straatfeest wordt gehouden.',
      'Een rustige plek om even te zitten en een praatje te maken.',
    ],
    capacity: [4, 40],
    stepFree: 0.8,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'shed',
    weight: 5,
    shape: 'point',
    titles: [
      ['Buurtschuur {word}', ['tools', 'odd-jobs']],
      ['Gereedschapsschuur {buurt}', ['tools', 'woodworking']],
      ['Fietsenhok met reparatieplek', ['bicycle-repair', 'tools']],
    ],
    descriptions: [
      'Een schuur met gereedschap dat buren kunnen lenen. De sleutel ligt bij een buurtbewoner.',
      'Hier staat alles om samen te klussen: zaag, boor, ladders en een werkbank.',
    ],
    capacity: [2, 8],
    stepFree: 0.6,
    availability: ['Op afspraak', 'Zaterdag 10.00–13.00 uur'],
  },
  {
    kind: 'community-room',
    weight: 8,
    shape: 'point',
    titles: [
      ['Buurtkamer {word}', ['hosting', 'company']],
      ['Ontmoetingsruimte {word}', ['hosting', 'shared-meals']],
      ['Huiskamer van {buurt}', ['company', 'games']],
    ],
    descriptions: [
      'Een ruimte met een keukentje waar bewoners koffie drinken, vergaderen en samen eten.',
      'Een gezellige ruimte voor kleine activiteiten. Te gebruiken door bewonersgroepen.',
    ],
    capacity: [12, 60],
    stepFree: 0.75,
    accessibleToilet: 0.6,
    availability: OPENING_HOURS,
  },
  {
    kind: 'library',
    weight: 3,
    shape: 'point',
    titles: [
      ['Minibieb {word}', ['reading-aloud', 'writing']],
      ['Ruilboekenkast {buurt}', ['reading-aloud']],
    ],
    descriptions: [
      'Een kastje vol boeken: neem er een mee en zet er een terug.',
      'Boeken voor jong en oud, gratis te ruilen.',
    ],
    capacity: [1, 4],
    stepFree: 0.9,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'walking-route',
    weight: 6,
    shape: 'route',
    titles: [
      ['Ommetje {buurt}', ['walking', 'company']],
      ['Rondje {word}', ['walking', 'birds']],
      ['Wandelroute {buurt}', ['walking', 'neighbourhood-history']],
      ['Beweegroute {buurt}', ['walking', 'chair-exercise']],
    ],
    descriptions: [
      'Een rondje van een half uur langs groen en water, met bankjes onderweg.',
      'Een korte wandeling door de buurt, ook te doen met een rollator.',
      'Een route langs plekken met een verhaal uit de geschiedenis van de buurt.',
    ],
    stepFree: 0.7,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'park',
    weight: 8,
    shape: 'area',
    titles: [
      ['Buurtpark {buurt}', ['walking', 'playing-outside']],
      ['Park {word}', ['walking', 'birds']],
      ['Speelbos {word}', ['playing-outside', 'birds']],
      ['Hondenlosloopgebied {buurt}', ['pet-care', 'walking']],
    ],
    descriptions: [
      'Een groen park met grote bomen, een grasveld en paden om te wandelen.',
      'Een stukje natuur midden in de buurt. Er broeden vogels in de struiken.',
    ],
    capacity: [20, 500],
    stepFree: 0.6,
    availability: ALWAYS_OPEN,
  },
  {
    kind: 'other',
    weight: 5,
    shape: 'point',
    titles: [
      ['Jeu-de-boulesbaan {buurt}', ['games', 'company']],
      ['AED-kast bij {word}', ['first-aid']],
      ['Insectenhotel {word}', ['birds', 'greening-streets']],
      ['Kunstwerk {word}', ['drawing-painting', 'neighbourhood-history']],
    ],
    descriptions: ['Voor iedereen uit de buurt.', 'Bewoners zorgen hier samen voor.'],
    stepFree: 0.8,
    availability: ALWAYS_OPEN,
  },
];

export interface ThingTemplate {
  kind: ThingKind;
  name: string;
  tags: readonly string[];
}

export const THINGS: readonly ThingTemplate[] = [
  { kind: 'tool', name: 'Boormachine', tags: ['tools', 'odd-jobs'] },
  { kind: 'tool', name: 'Accuboormachine', tags: ['tools', 'odd-jobs'] },
  { kind: 'tool', name: 'Ladder van drie meter', tags: ['tools', 'painting'] },
  { kind: 'tool', name: 'Heggenschaar', tags: ['pruning', 'gardening'] },
  { kind: 'tool', name: 'Grasmaaier', tags: ['gardening'] },
  { kind: 'tool', name: 'Hogedrukreiniger', tags: ['tools', 'odd-jobs'] },
  { kind: 'tool', name: 'Decoupeerzaag', tags: ['woodworking', 'tools'] },
  { kind: 'tool', name: 'Kruiwagen', tags: ['gardening', 'moving-help'] },
  { kind: 'tool', name: 'Behangafstomer', tags: ['painting', 'odd-jobs'] },
  { kind: 'tool', name: 'Schuurmachine', tags: ['woodworking', 'tools'] },
  { kind: 'tool', name: 'Soldeerbout', tags: ['electronics-repair'] },
  { kind: 'tool', name: 'Snoeischaar', tags: ['pruning'] },
  { kind: 'tool', name: 'Steekwagen', tags: ['moving-help'] },
  { kind: 'vehicle', name: 'Bakfiets', tags: ['cargo-bike'] },
  { kind: 'vehicle', name: 'Elektrische bakfiets', tags: ['cargo-bike'] },
  { kind: 'vehicle', name: 'Aanhangwagen', tags: ['moving-help', 'car-sharing'] },
  { kind: 'vehicle', name: 'Fietskar', tags: ['cargo-bike', 'moving-help'] },
  { kind: 'vehicle', name: 'Duofiets', tags: ['cycling', 'accompanying'] },
  { kind: 'equipment', name: 'Beamer', tags: ['sound-light'] },
  { kind: 'equipment', name: 'Projectiescherm', tags: ['sound-light'] },
  { kind: 'equipment', name: 'Geluidsinstallatie', tags: ['sound-light', 'street-party'] },
  { kind: 'equipment', name: 'Partytent', tags: ['street-party'] },
  { kind: 'equipment', name: 'Statafels', tags: ['street-party', 'hosting'] },
  { kind: 'equipment', name: 'Naaimachine', tags: ['sewing', 'clothing-repair'] },
  { kind: 'equipment', name: 'Rolstoel', tags: ['wheelchair-pushing'] },
  { kind: 'equipment', name: 'Fotocamera', tags: ['photography'] },
  { kind: 'equipment', name: 'Karaokeset', tags: ['singing', 'street-party'] },
  { kind: 'kitchen', name: 'Grote soeppan', tags: ['cooking', 'shared-meals'] },
  { kind: 'kitchen', name: 'Gourmetstel', tags: ['shared-meals'] },
  { kind: 'kitchen', name: 'Koffiezetapparaat voor 40 kopjes', tags: ['hosting'] },
  { kind: 'kitchen', name: 'Wafelijzer', tags: ['baking'] },
  { kind: 'kitchen', name: 'Inmaakketel met weckpotten', tags: ['preserving'] },
  { kind: 'kitchen', name: 'Pizzaoven', tags: ['baking', 'shared-meals'] },
  { kind: 'kitchen', name: 'Barbecue', tags: ['street-party', 'cooking'] },
  { kind: 'games', name: 'Sjoelbak', tags: ['games'] },
  { kind: 'games', name: 'Kubb-spel', tags: ['games', 'playing-outside'] },
  { kind: 'games', name: 'Jeu-de-boulesballen', tags: ['games'] },
  { kind: 'games', name: 'Doos met bordspellen', tags: ['games'] },
  { kind: 'games', name: 'Springkussen', tags: ['street-party', 'playing-outside'] },
  { kind: 'other', name: 'Verhuisdozen', tags: ['moving-help'] },
  { kind: 'other', name: 'Kerstverlichting voor de straat', tags: ['traditions', 'street-party'] },
  { kind: 'other', name: 'Vlaggenlijnen', tags: ['street-party'] },
];

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

export interface StoryTemplate {
  kind: StoryKind;
  title: string;
  story: string;
  tags: readonly string[];
}

// Stories of the kind residents tell about a Dutch textile town; each is invented and names no one.
export const STORIES: readonly StoryTemplate[] = [
  {
    kind: 'history',
    title: 'Toen hier nog weilanden waren',
    story:
      'Waar nu de huizen van {buurt} staan, graasden vroeger koeien. De oudste bewoners weten nog waar de sloten liepen.',
    tags: ['neighbourhood-history'],
  },
  {
    kind: 'history',
    title: 'De wolfabriek om de hoek',
    story:
      'In {buurt} werkten veel mensen in de textiel. Je hoorde de weefgetouwen tot in de straat, en op maandag rook het naar natte wol.',
    tags: ['neighbourhood-history', 'traditions'],
  },
  {
    kind: 'history',
    title: 'De eerste huizen van de buurt',
    story:
      'De eerste rij huizen in {buurt} werd gebouwd voor arbeidersgezinnen. Er woonden vaak tien mensen in één huis.',
    tags: ['neighbourhood-history'],
  },
  {
    kind: 'history',
    title: 'De bevrijding in 1944',
    story:
      'Toen de stad in oktober 1944 werd bevrijd, hingen in {buurt} overal vlaggen uit de ramen en werd er op straat gedanst.',
    tags: ['neighbourhood-history', 'traditions'],
  },
  {
    kind: 'history',
    title: 'Van boerderij tot woonwijk',
    story: 'Op deze plek stond een boerderij. Toen de stad groeide, werd het land verkocht en kwam er een nieuwe wijk.',
    tags: ['neighbourhood-history'],
  },
  {
    kind: 'history',
    title: 'De melkboer met paard en wagen',
    story:
      'Tot in de jaren zestig kwam de melkboer in {buurt} nog langs met paard en wagen. Kinderen mochten het paard een wortel geven.',
    tags: ['neighbourhood-history', 'reminiscence'],
  },
  {
    kind: 'history',
    title: 'Het oude spoorlijntje',
    story:
      'Langs de rand van {buurt} reed vroeger een goederentreintje naar de fabrieken. Het pad volgt nog de oude baan.',
    tags: ['neighbourhood-history', 'walking'],
  },
  {
    kind: 'memory',
    title: 'Buitenspelen tot het donker werd',
    story:
      "Wij speelden in {buurt} op straat tot onze moeders ons riepen. Er reden bijna geen auto's, dus de straat was van ons.",
    tags: ['reminiscence', 'playing-outside'],
  },
  {
    kind: 'memory',
    title: 'De winkel op de hoek',
    story: 'Op de hoek zat een kruidenier waar je op de pof kon kopen. De eigenaar kende iedereen in {buurt} bij naam.',
    tags: ['reminiscence', 'neighbourhood-history'],
  },
  {
    kind: 'memory',
    title: 'Mijn eerste winter in Nederland',
    story:
      'Ik kwam in {buurt} wonen in een koude winter. De buurvrouw bracht soep en leerde me mijn eerste Nederlandse woorden.',
    tags: ['reminiscence', 'dutch-practice'],
  },
  {
    kind: 'memory',
    title: 'Samen sneeuw ruimen',
    story: 'In een strenge winter ruimde de hele straat samen de sneeuw. Daarna dronken we chocolademelk bij de buren.',
    tags: ['reminiscence', 'company'],
  },
  {
    kind: 'memory',
    title: 'Zwemmen in het kanaal',
    story: 'In warme zomers sprongen de jongens van {buurt} in het kanaal. Dat mocht niet, maar iedereen deed het.',
    tags: ['reminiscence', 'swimming'],
  },
  {
    kind: 'memory',
    title: 'Het buurtfeest waar iedereen kwam',
    story: 'Ieder jaar zette de straat de tafels buiten. Iedereen nam iets te eten mee uit zijn eigen keuken.',
    tags: ['reminiscence', 'street-party', 'world-cuisine'],
  },
  {
    kind: 'memory',
    title: 'De kermis in juli',
    story: "Als de kermis kwam, spaarden de kinderen van {buurt} wekenlang voor de botsauto's en een zak oliebollen.",
    tags: ['reminiscence', 'traditions'],
  },
  {
    kind: 'tradition',
    title: 'Carnaval in de buurt',
    story: 'Met carnaval trekt er een optocht door {buurt}. Weken van tevoren bouwen buren samen aan de wagen.',
    tags: ['traditions', 'street-party'],
  },
  {
    kind: 'tradition',
    title: 'Suikerfeest op het plein',
    story: 'Na de ramadan delen buren in {buurt} zoetigheid uit op het plein. Iedereen is welkom.',
    tags: ['traditions', 'shared-meals'],
  },
  {
    kind: 'tradition',
    title: 'Sinterklaas in het buurthuis',
    story:
      'Elk jaar komt Sinterklaas in het buurthuis van {buurt}. Vrijwilligers pakken weken van tevoren cadeautjes in.',
    tags: ['traditions', 'crafts-for-kids'],
  },
  {
    kind: 'tradition',
    title: 'Vrijmarkt op Koningsdag',
    story: 'Op Koningsdag verkopen kinderen in {buurt} hun oude speelgoed op een kleedje langs de stoep.',
    tags: ['traditions', 'street-party'],
  },
  {
    kind: 'tradition',
    title: 'Sint-Maarten met lampionnen',
    story: 'Op 11 november lopen kinderen met lampionnen langs de deuren in {buurt} en zingen voor een snoepje.',
    tags: ['traditions', 'singing'],
  },
  {
    kind: 'tradition',
    title: 'Iftar voor de hele straat',
    story: 'Tijdens de ramadan eten buren een avond samen aan lange tafels. Wie wil, kookt iets mee.',
    tags: ['traditions', 'shared-meals', 'world-cuisine'],
  },
  {
    kind: 'tradition',
    title: 'Keti Koti vieren',
    story: 'Op 1 juli herdenken en vieren bewoners van {buurt} samen het einde van de slavernij, met muziek en eten.',
    tags: ['traditions', 'shared-meals'],
  },
  {
    kind: 'tradition',
    title: 'Paasmandjes zegenen',
    story:
      'Poolse buren in {buurt} brengen op paaszaterdag mandjes met eieren en brood naar de kerk om ze te laten zegenen.',
    tags: ['traditions', 'polish'],
  },
  {
    kind: 'tradition',
    title: 'De buurtbarbecue in augustus',
    story: 'Aan het eind van de zomer houdt {buurt} een barbecue. Nieuwe bewoners worden dan aan iedereen voorgesteld.',
    tags: ['traditions', 'street-party', 'hosting'],
  },
  {
    kind: 'memory',
    title: 'De boom die bleef staan',
    story: 'Toen de straat opnieuw werd ingericht, hebben bewoners samen deze oude boom gered.',
    tags: ['greening-streets', 'neighbourhood-history'],
  },
];

assertKnownTags(
  'places',
  PLACE_TEMPLATES.flatMap((place) => place.titles.flatMap(([, tags]) => tags)),
);
assertKnownTags(
  'things',
  THINGS.flatMap((thing) => thing.tags),
);
assertKnownTags(
  'stories',
  STORIES.flatMap((story) => story.tags),
);
