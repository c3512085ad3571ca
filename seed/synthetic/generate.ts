import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { directionOf, type Visibility } from '../../api/assets/asset-kinds.ts';
import { hashPassword } from '../../api/auth/passwords.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_EMAIL_PATTERN } from '../../api/shared/demo.ts';
import { loadSql } from '../../api/shared/sql.ts';
import { AreaShape, type LngLat, type MultiPolygonCoordinates } from './geometry.ts';
import { groupItem, inventoryItem, PERSONAS, type InventoryItem, type Persona } from './inventory.ts';
import {
  BACKGROUNDS,
  CHURCH_NAMES,
  ENGLISH_SHARE,
  FIRST_NAMES,
  HOME_LANGUAGE_TAG,
  INITIALS,
  MOSQUE_NAMES,
  NAME_WORDS,
  type Background,
} from './names.ts';
import {
  ORGANISATION_TEMPLATES,
  type OrganisationItemTemplate,
  type OrganisationKind,
  type OrganisationTemplate,
} from './organisations.ts';
import {
  PLACE_TEMPLATES,
  STORIES,
  THING_DESCRIPTIONS,
  THINGS,
  type PlaceTemplate,
  type ThingTemplate,
} from './places.ts';
import { apportion, demoUuid, Random, WeightedIndex } from './random.ts';
import { fill } from './words.ts';
import { seedDemoAgenda, type DemoAgenda } from './agenda.ts';
import { seedDemoConnections, type DemoConnections } from './connections.ts';

const sql = {
  selectAreas: loadSql(import.meta.url, 'sql/select-areas.sql'),
  countResidents: loadSql(import.meta.url, 'sql/count-demo-residents.sql'),
  deletePopulation: loadSql(import.meta.url, 'sql/delete-demo-population.sql'),
  indexForeignKeys: loadSql(import.meta.url, 'sql/index-demo-foreign-keys.sql'),
  dropForeignKeyIndexes: loadSql(import.meta.url, 'sql/drop-demo-foreign-key-indexes.sql'),
  insertResidents: loadSql(import.meta.url, 'sql/insert-residents.sql'),
  insertOrganisations: loadSql(import.meta.url, 'sql/insert-organisations.sql'),
  insertMembers: loadSql(import.meta.url, 'sql/insert-members.sql'),
  insertAssets: loadSql(import.meta.url, 'sql/insert-assets.sql'),
  analyze: loadSql(import.meta.url, 'sql/analyze-demo-tables.sql'),
  insertSurveys: loadSql(import.meta.url, 'sql/insert-demo-surveys.sql'),
  deleteAgendas: loadSql(import.meta.url, 'sql/delete-demo-agendas.sql'),
  insertObservations: loadSql(import.meta.url, 'sql/insert-demo-observations.sql'),
};

const DEFAULT_DEMO_SEED = 1;

/** The standard demo city: 3,000 residents and what goes with them. `--assets N` scales all of it together. */
const STANDARD = { residents: 3_000, organisations: 300, places: 340, residentThings: 240, stories: 80 } as const;
/** Assets in the standard demo with the default seed (measured), to turn a wanted number of assets into a scale. */
const STANDARD_DEMO_ASSETS = 15_270;

/** Items in a resident's inventory, 2–8, most often 3–5. */
const INVENTORY_SIZE: readonly (readonly [number, number])[] = [
  [2, 10],
  [3, 20],
  [4, 22],
  [5, 18],
  [6, 13],
  [7, 9],
  [8, 8],
];
const HOME_POINT_SHARE = 0.7;

export interface DemoOptions {
  /** Same seed, same city. Default 1. */
  seed?: number;
  /** Wanted number of assets in total (about); everything scales with it. Default: the standard demo (~15,270). */
  assets?: number;
  /** Remove an existing demo population and generate anew; without it an existing one is left as it is. */
  replace?: boolean;
  /** The password of every demo resident. Default: a random one that is thrown away, so nobody can log in as them. */
  password?: string;
  /** Rows per INSERT statement. Default 10,000. */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface DemoCounts {
  seed: number;
  residents: number;
  residentsWithHome: number;
  organisations: number;
  memberships: number;
  assets: {
    inventory: number;
    organisationItems: number;
    places: number;
    things: number;
    stories: number;
    total: number;
  };
  /** The demo's connector and the introductions they made (null: no resident with a home to be one). */
  connector: DemoConnections | null;
  /** Answers to the two demo survey rounds (last year's and this year's). */
  surveyAnswers: number;
  /** The worked buurtagenda of the connector's wijk (published). */
  agenda: DemoAgenda | null;
  /** "Goes well / could be better" pins (text only). */
  observations: number;
}

export type DemoResult =
  | { status: 'present'; residents: number }
  | ({ status: 'generated'; removedResidents: number; ms: number } & DemoCounts);

interface Area {
  index: number;
  code: string;
  name: string;
  wijkCode: string;
  wijkName: string;
  areaM2: number;
  inhabitants: number | null;
  shape: AreaShape;
}

interface Resident {
  index: number;
  id: string;
  email: string;
  displayName: string;
  language: 'nl' | 'en';
  background: Background;
  personas: Persona[];
  area: Area;
}

interface OrganisationPlan {
  index: number;
  id: string;
  name: string;
  word: string;
  kind: OrganisationKind;
  template: OrganisationTemplate;
  description: string;
  tags: string[];
  area: Area;
  location: LngLat;
  owner: number;
  members: number[];
  items: OrganisationItemTemplate[];
  lends: ThingTemplate[];
  runsPlace: boolean;
}

interface AssetRow {
  id: string;
  type: 'inventory' | 'organisation-item' | 'place' | 'thing' | 'story';
  kind: string;
  direction: 'offer' | 'wish';
  title: string;
  description: string;
  tags: string[];
  geometry: { type: string; coordinates: unknown } | null;
  at_buurt: boolean;
  buurt_code: string;
  wijk_code: string;
  owner_user_id: string | null;
  owner_organisation_id: string | null;
  visibility: Visibility;
  details: Record<string, unknown>;
  created_by: string;
}

/** Collects rows and writes them with one INSERT per batch (json_to_recordset), never one statement per row. */
class BulkWriter<Row> {
  private rows: Row[] = [];
  written = 0;

  constructor(
    private readonly client: pg.ClientBase,
    private readonly text: string,
    private readonly batchSize: number,
    private readonly extraParams: unknown[] = [],
    private readonly onFlush: (written: number) => void = () => {},
  ) {}

  async add(row: Row): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.client.query(this.text, [JSON.stringify(rows), ...this.extraParams]);
    this.written += rows.length;
    this.onFlush(this.written);
  }
}

function scaled(base: number, scale: number): number {
  return Math.max(1, Math.round(base * scale));
}

function thousands(n: number): string {
  return n.toLocaleString('en-GB');
}

/**
 * Generates the synthetic Tilburg: residents with capacity inventories, organisations with their offers and wishes,
 * places, things to lend and stories, inside the real buurten, deterministically from `seed`. Run it inside a
 * transaction (seedDatabase does): a failure then leaves nothing half-written.
 *
 * Idempotent: when demo residents exist it does nothing, unless `replace` is set.
 */
export async function generateDemo(client: pg.ClientBase, options: DemoOptions = {}): Promise<DemoResult> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const batchSize = options.batchSize ?? 10_000;
  const log = options.log ?? (() => {});
  const scale = options.assets ? options.assets / STANDARD_DEMO_ASSETS : 1;

  const existing = (await client.query<{ residents: number }>(sql.countResidents, [DEMO_EMAIL_PATTERN])).rows[0]!
    .residents;
  let removedResidents = 0;
  if (existing > 0) {
    if (!options.replace) return { status: 'present', residents: existing };
    await client.query(sql.indexForeignKeys);
    await client.query(sql.deleteAgendas, [DEMO_EMAIL_PATTERN]);
    const removed = (
      await client.query<{ residents: number; organisations: number; assets: number }>(sql.deletePopulation, [
        DEMO_EMAIL_PATTERN,
      ])
    ).rows[0]!;
    await client.query(sql.dropForeignKeyIndexes);
    removedResidents = removed.residents;
    log(
      `removed the previous demo population: ${thousands(removed.residents)} residents, ${thousands(removed.organisations)} organisations, ${thousands(removed.assets)} assets they created`,
    );
  }

  const city = await planCity(client, seed, {
    residents: scaled(STANDARD.residents, scale),
    organisations: scaled(STANDARD.organisations, scale),
    places: scaled(STANDARD.places, scale),
    residentThings: scaled(STANDARD.residentThings, scale),
    stories: scaled(STANDARD.stories, scale),
  });
  const expectedAssets = Math.round(STANDARD_DEMO_ASSETS * scale);
  log(
    `seed ${seed}: ${thousands(city.residentCount)} residents, ${thousands(city.organisations.length)} organisations, about ${thousands(expectedAssets)} assets`,
  );

  // One hash for everyone: Argon2 is slow on purpose, and a demo needs no per-person secret.
  const passwordHash = await hashPassword(options.password ?? randomBytes(24).toString('base64url'));

  let residentsWithHome = 0;
  const residents = new BulkWriter<Record<string, unknown>>(
    client,
    sql.insertResidents,
    batchSize,
    [passwordHash, HOME_LOCATION_CONSENT.version],
    (n) => log(`residents ${thousands(n)} / ${thousands(city.residentCount)}`),
  );
  for (let i = 0; i < city.residentCount; i++) {
    const resident = city.resident(i);
    const home = city.home(i);
    if (home) residentsWithHome++;
    await residents.add({
      id: resident.id,
      email: resident.email,
      display_name: resident.displayName,
      language: resident.language,
      home_buurt_code: resident.area.code,
      lng: home?.[0] ?? null,
      lat: home?.[1] ?? null,
      consent_id: demoUuid(seed, 'consent', i),
    });
  }
  await residents.flush();

  const organisations = new BulkWriter<Record<string, unknown>>(client, sql.insertOrganisations, batchSize);
  const members = new BulkWriter<Record<string, unknown>>(client, sql.insertMembers, batchSize);
  for (const organisation of city.organisations) {
    await organisations.add({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      description: organisation.description,
      tags: organisation.tags,
      lng: organisation.location[0],
      lat: organisation.location[1],
      buurt_code: organisation.area.code,
      wijk_code: organisation.area.wijkCode,
      created_by: city.residentId(organisation.owner),
    });
  }
  await organisations.flush();
  for (const organisation of city.organisations) {
    await members.add({
      organisation_id: organisation.id,
      user_id: city.residentId(organisation.owner),
      role: 'owner',
    });
    for (const member of organisation.members) {
      await members.add({ organisation_id: organisation.id, user_id: city.residentId(member), role: 'member' });
    }
  }
  await members.flush();
  log(`organisations ${thousands(organisations.written)}, memberships ${thousands(members.written)}`);

  const counts = { inventory: 0, organisationItems: 0, places: 0, things: 0, stories: 0, total: 0 };
  const assets = new BulkWriter<AssetRow>(client, sql.insertAssets, batchSize, [], (n) =>
    log(`assets ${thousands(n)} / ~${thousands(expectedAssets)}`),
  );
  const addAsset = async (row: AssetRow, counter: keyof typeof counts) => {
    counts[counter]++;
    counts.total++;
    await assets.add(row);
  };
  for (const row of city.organisationAssets()) {
    await addAsset(
      row,
      row.type === 'organisation-item' ? 'organisationItems' : row.type === 'place' ? 'places' : 'things',
    );
  }
  for (const row of city.places()) await addAsset(row, 'places');
  for (const row of city.stories()) await addAsset(row, 'stories');
  for (const row of city.residentThings()) await addAsset(row, 'things');
  for (let i = 0; i < city.residentCount; i++) {
    for (const row of city.inventory(i)) await addAsset(row, 'inventory');
  }
  await assets.flush();
  await client.query(sql.analyze);
  const connections = await seedDemoConnections(client, DEMO_EMAIL_PATTERN);
  const surveyAnswers = (await client.query(sql.insertSurveys, [DEMO_EMAIL_PATTERN])).rowCount ?? 0;
  log(`survey rounds: last year's and this year's, ${thousands(surveyAnswers)} answers`);
  const observations = (await client.query(sql.insertObservations, [DEMO_EMAIL_PATTERN])).rowCount ?? 0;
  if (connections)
    log(
      `connector ${connections.connectorEmail} for ${connections.wijkCode}, ${connections.introductions} introductions`,
    );
  const agenda = connections ? await seedDemoAgenda(client, connections.connectorEmail, connections.wijkCode) : null;
  if (agenda) log(`buurtagenda for ${agenda.wijkCode}: ${agenda.items} items, ${agenda.pledges} pledges, published`);

  return {
    status: 'generated',
    removedResidents,
    seed,
    residents: city.residentCount,
    residentsWithHome,
    organisations: organisations.written,
    memberships: members.written,
    assets: counts,
    connector: connections,
    surveyAnswers,
    observations,
    agenda,
    ms: Math.round(performance.now() - started),
  };
}

/** Nobody names a choir after a business park: there, the wijk's name goes in the name instead. */
function everydayName(area: Area): string {
  return /^(Bedrijventerrein|Buitengebied|Ind\.terrein)/.test(area.name) ? area.wijkName : area.name;
}

interface CityCounts {
  residents: number;
  organisations: number;
  places: number;
  residentThings: number;
  stories: number;
}

async function loadAreas(client: pg.ClientBase): Promise<Area[]> {
  const { rows } = await client.query<{
    code: string;
    name: string;
    wijk_code: string;
    wijk_name: string;
    area_m2: number;
    inhabitants: number | null;
    geometry: { type: string; coordinates: unknown };
  }>(sql.selectAreas);
  if (rows.length === 0) throw new Error('The demo population needs the buurten: run the Tilburg seed first.');
  return rows.map((row, index) => ({
    index,
    code: row.code,
    name: row.name,
    wijkCode: row.wijk_code,
    wijkName: row.wijk_name,
    areaM2: row.area_m2,
    inhabitants: row.inhabitants,
    shape: new AreaShape(
      row.geometry.type === 'Polygon'
        ? [row.geometry.coordinates as MultiPolygonCoordinates[number]]
        : (row.geometry.coordinates as MultiPolygonCoordinates),
    ),
  }));
}

/**
 * Residents per buurt: each wijk gets its share of the city's CBS inhabitants, split over its buurten by area.
 * A wijk whose figure CBS does not publish gets no residents (the figure is not guessed).
 */
function residentsPerArea(areas: readonly Area[], total: number): number[] {
  const wijkArea = new Map<string, number>();
  for (const area of areas) wijkArea.set(area.wijkCode, (wijkArea.get(area.wijkCode) ?? 0) + area.areaM2);
  return apportion(
    total,
    areas.map((area) => ((area.inhabitants ?? 0) * area.areaM2) / wijkArea.get(area.wijkCode)!),
  );
}

async function planCity(client: pg.ClientBase, seed: number, counts: CityCounts) {
  const areas = await loadAreas(client);
  const perArea = residentsPerArea(areas, counts.residents);

  // Resident i lives in homeArea[i]; shuffled, so the numbers in the e-mail addresses say nothing about the buurt.
  const homeArea: number[] = [];
  perArea.forEach((n, areaIndex) => {
    for (let k = 0; k < n; k++) homeArea.push(areaIndex);
  });
  Random.stream(seed, 'homes').shuffle(homeArea);
  const residentsOfArea: number[][] = areas.map(() => []);
  const residentsOfWijk = new Map<string, number[]>();
  homeArea.forEach((areaIndex, resident) => {
    residentsOfArea[areaIndex]!.push(resident);
    const wijk = areas[areaIndex]!.wijkCode;
    const list = residentsOfWijk.get(wijk) ?? [];
    list.push(resident);
    residentsOfWijk.set(wijk, list);
  });
  const residentCount = homeArea.length;
  // Public things are where people are; +1 keeps every buurt possible (a park in a business district).
  const areaByPeople = new WeightedIndex(perArea.map((n) => n + 1));

  const residentId = (i: number) => demoUuid(seed, 'resident', i);

  function resident(i: number): Resident {
    const random = Random.stream(seed, 'resident', i);
    const background = random.weighted(BACKGROUNDS);
    const firstName = random.pick(FIRST_NAMES[background]);
    const displayName = random.chance(0.4) ? `${firstName} ${random.pick(INITIALS.split(''))}.` : firstName;
    const language = random.chance(ENGLISH_SHARE[background]) ? 'en' : 'nl';
    const personas: Persona[] = [];
    const wanted = random.weighted([
      [1, 3],
      [2, 5],
      [3, 2],
    ] as const);
    while (personas.length < wanted) {
      const persona = random.weighted(PERSONAS.map((p) => [p, p.weight] as const));
      if (!personas.includes(persona)) personas.push(persona);
    }
    const homeLanguage = HOME_LANGUAGE_TAG[background];
    if (homeLanguage && random.chance(0.5)) {
      personas.push({ key: 'home-language', weight: 0, tags: [homeLanguage, 'dutch-practice', 'reading-aloud'] });
    }
    return {
      index: i,
      id: residentId(i),
      email: `bewoner-${String(i + 1).padStart(5, '0')}@${DEMO_EMAIL_DOMAIN}`,
      displayName,
      language,
      background,
      personas,
      area: areas[homeArea[i]!]!,
    };
  }

  /** The home point of resident i (about 70% gave one), inside their home buurt. */
  function home(i: number): LngLat | null {
    const random = Random.stream(seed, 'home', i);
    if (!random.chance(HOME_POINT_SHARE)) return null;
    return areas[homeArea[i]!]!.shape.randomPoint(random, 2);
  }

  function someoneIn(random: Random, area: Area): number {
    const local = residentsOfArea[area.index]!;
    return local.length > 0 ? random.pick(local) : random.int(0, residentCount - 1);
  }

  // Organisations, with their owners and members, planned up front: residents' 'group' items name them.
  const names = new Set<string>();
  const organisations: OrganisationPlan[] = [];
  const templateWeights = ORGANISATION_TEMPLATES.map((template) => [template, template.weight] as const);
  for (let j = 0; j < counts.organisations; j++) {
    const random = Random.stream(seed, 'organisation', j);
    const template = random.weighted(templateWeights);
    const area = areas[areaByPeople.draw(random)]!;
    // 25 m from the boundary where the buurt allows, so the place it runs fits beside it in the same buurt.
    const location = area.shape.randomPoint(random, 25)!;
    let word = random.pick(NAME_WORDS);
    let name = '';
    for (let attempt = 0; attempt < 8 && (name === '' || names.has(name)); attempt++) {
      word = random.pick(NAME_WORDS);
      name = fill(random.pick(template.names), {
        word,
        buurt: everydayName(area),
        wijk: area.wijkName,
        church: random.pick(CHURCH_NAMES),
        mosque: random.pick(MOSQUE_NAMES),
      });
    }
    if (names.has(name) && !name.includes(everydayName(area))) name = `${name} ${everydayName(area)}`;
    for (let n = 2; names.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    names.add(name);

    const wijkResidents = residentsOfWijk.get(area.wijkCode) ?? [];
    const owner = wijkResidents.length > 0 ? random.pick(wijkResidents) : someoneIn(random, area);
    const wanted = random.int(template.members[0], template.members[1]);
    const memberSet = new Set<number>();
    for (let attempt = 0; memberSet.size < wanted && attempt < wanted * 4; attempt++) {
      // Mostly people from the wijk, some from elsewhere in the city.
      const candidate =
        wijkResidents.length > 0 && random.chance(0.8) ? random.pick(wijkResidents) : random.int(0, residentCount - 1);
      if (candidate !== owner) memberSet.add(candidate);
    }
    const description = random.pick([
      random.pick(template.descriptions),
      `${random.pick(template.descriptions)} We zitten in ${area.name}.`,
      `${random.pick(template.descriptions)} Voor iedereen uit ${area.wijkName}.`,
    ]);
    const lends =
      template.lends && random.chance(template.lends.chance)
        ? random.sample(template.lends.things, random.int(1, 2))
        : [];
    organisations.push({
      index: j,
      id: demoUuid(seed, 'organisation', j),
      name,
      word,
      kind: template.kind,
      template,
      description,
      tags: random.sample(template.tags, random.int(2, Math.min(4, template.tags.length))),
      area,
      location,
      owner,
      members: [...memberSet].sort((a, b) => a - b),
      items: random.sample(template.items, random.int(1, Math.min(4, template.items.length))),
      lends: lends.map((thingName) => THINGS.find((thing) => thing.name === thingName)!),
      runsPlace: template.place !== undefined && random.chance(template.place.chance),
    });
  }
  const membershipsOf = new Map<number, { organisation: OrganisationPlan; role: 'owner' | 'member' }[]>();
  for (const organisation of organisations) {
    const add = (resident: number, role: 'owner' | 'member') => {
      const list = membershipsOf.get(resident) ?? [];
      list.push({ organisation, role });
      membershipsOf.set(resident, list);
    };
    add(organisation.owner, 'owner');
    for (const member of organisation.members) add(member, 'member');
  }

  function base(area: Area, createdBy: number) {
    return { buurt_code: area.code, wijk_code: area.wijkCode, created_by: residentId(createdBy), at_buurt: false };
  }

  function placeDetails(
    random: Random,
    template: Pick<PlaceTemplate, 'capacity' | 'stepFree' | 'accessibleToilet' | 'availability'>,
  ) {
    return {
      ...(template.capacity ? { capacity: random.int(template.capacity[0], template.capacity[1]) } : {}),
      stepFree: random.chance(template.stepFree),
      ...(template.accessibleToilet !== undefined
        ? { accessibleToilet: random.chance(template.accessibleToilet) }
        : {}),
      availability: random.pick(template.availability),
    };
  }

  function* organisationAssets(): Generator<AssetRow> {
    for (const organisation of organisations) {
      const random = Random.stream(seed, 'organisation-assets', organisation.index);
      const owned = {
        ...base(organisation.area, organisation.owner),
        owner_user_id: null,
        owner_organisation_id: organisation.id,
      };
      let k = 0;
      for (const item of organisation.items) {
        yield {
          ...owned,
          id: demoUuid(seed, `organisation-${organisation.index}`, k++),
          type: 'organisation-item',
          kind: item.kind,
          direction: directionOf('organisation-item', item.kind),
          title: item.title,
          description: item.description,
          tags: [...item.tags],
          geometry: null,
          visibility: 'public',
          details: {},
        };
      }
      const place = organisation.template.place;
      if (place && organisation.runsPlace) {
        yield {
          ...owned,
          id: demoUuid(seed, `organisation-${organisation.index}`, k++),
          type: 'place',
          kind: place.kind,
          direction: 'offer',
          title: fill(place.title, { word: organisation.word, name: organisation.name }).slice(0, 120),
          description: `${organisation.description} Beheerd door ${organisation.name}.`,
          tags: organisation.tags.slice(0, 3),
          // Next to the organisation's own marker, inside the same buurt.
          geometry: {
            type: 'Point',
            coordinates: organisation.area.shape.pointNear(random, organisation.location, 20),
          },
          visibility: 'public',
          details: placeDetails(random, { ...place, stepFree: 0.8 }),
        };
      }
      for (const thing of organisation.lends) {
        yield {
          ...owned,
          id: demoUuid(seed, `organisation-${organisation.index}`, k++),
          type: 'thing',
          kind: thing.kind,
          direction: 'offer',
          title: thing.name,
          description: `Te leen bij ${organisation.name}. ${random.pick(THING_DESCRIPTIONS.organisation)}`,
          tags: [...thing.tags],
          geometry: null,
          visibility: 'public',
          details: {},
        };
      }
    }
  }

  function* places(): Generator<AssetRow> {
    const templateWeights = PLACE_TEMPLATES.map((template) => [template, template.weight] as const);
    for (let k = 0; k < counts.places; k++) {
      const random = Random.stream(seed, 'place', k);
      const template = random.weighted(templateWeights);
      const area = areas[areaByPeople.draw(random)]!;
      const [titlePattern, tags] = random.pick(template.titles);
      let geometry: AssetRow['geometry'] = null;
      if (template.shape !== 'point') {
        // A loop route of up to 2 km, or a park of up to 10 ha: as large as the buurt allows.
        const wanted = template.shape === 'route' ? random.between(150, 350) : random.between(50, 180);
        for (let radius = wanted; radius >= 12 && !geometry; radius *= 0.6) {
          const centre = area.shape.randomPointWithMargin(random, radius + 3);
          if (!centre) continue;
          const ring = area.shape.starRing(random, centre, radius, random.int(6, 10));
          geometry =
            template.shape === 'route'
              ? { type: 'LineString', coordinates: ring }
              : { type: 'Polygon', coordinates: [ring] };
        }
      }
      geometry ??= { type: 'Point', coordinates: area.shape.randomPoint(random, 3)! };
      yield {
        ...base(area, someoneIn(random, area)),
        id: demoUuid(seed, 'place', k),
        type: 'place',
        kind: template.kind,
        direction: 'offer',
        title: fill(titlePattern, { word: random.pick(NAME_WORDS), buurt: everydayName(area) }),
        description: random.pick(template.descriptions),
        tags: [...tags],
        geometry,
        owner_user_id: null,
        owner_organisation_id: null,
        visibility: 'public',
        details: placeDetails(random, template),
      };
    }
  }

  function* stories(): Generator<AssetRow> {
    // A wijk tells each story once (its profile lists the stories of all its buurten), until it has told them all.
    const toldIn = new Map<string, Set<(typeof STORIES)[number]>>();
    for (let k = 0; k < counts.stories; k++) {
      const random = Random.stream(seed, 'story', k);
      const area = areas[areaByPeople.draw(random)]!;
      const told = toldIn.get(area.wijkCode) ?? new Set();
      if (told.size === STORIES.length) told.clear();
      const story = random.pick(STORIES.filter((candidate) => !told.has(candidate)));
      toldIn.set(area.wijkCode, told.add(story));
      // Some stories belong to one spot; others to the whole buurt, shown at its middle and marked approximate.
      const point = random.chance(0.6) ? area.shape.randomPoint(random, 3) : null;
      yield {
        ...base(area, someoneIn(random, area)),
        id: demoUuid(seed, 'story', k),
        type: 'story',
        kind: story.kind,
        direction: 'offer',
        title: story.title,
        description: fill(story.story, { buurt: area.name }),
        tags: [...story.tags],
        geometry: point ? { type: 'Point', coordinates: point } : null,
        at_buurt: point === null,
        owner_user_id: null,
        owner_organisation_id: null,
        visibility: 'public',
        details: point ? {} : { approximate: true },
      };
    }
  }

  function* residentThings(): Generator<AssetRow> {
    for (let k = 0; k < counts.residentThings; k++) {
      const random = Random.stream(seed, 'thing', k);
      const owner = random.int(0, residentCount - 1);
      const area = areas[homeArea[owner]!]!;
      const thing = random.pick(THINGS);
      yield {
        ...base(area, owner),
        id: demoUuid(seed, 'thing', k),
        type: 'thing',
        kind: thing.kind,
        direction: 'offer',
        title: thing.name,
        description: random.pick(THING_DESCRIPTIONS.resident),
        tags: [...thing.tags],
        geometry: null,
        owner_user_id: residentId(owner),
        owner_organisation_id: null,
        visibility: random.weighted([
          ['public', 45],
          ['neighbours', 45],
          ['connectors', 10],
        ] as const),
        details: {},
      };
    }
  }

  /** Resident i's capacity inventory: 2–8 items, the groups they belong to among them. */
  function inventory(i: number): AssetRow[] {
    const person = resident(i);
    const random = Random.stream(seed, 'inventory', i);
    const size = random.weighted(INVENTORY_SIZE);
    const items: InventoryItem[] = [];
    for (const membership of membershipsOf.get(i) ?? []) {
      if (items.length >= Math.min(3, size - 1)) break;
      if (random.chance(membership.role === 'owner' ? 0.9 : 0.6))
        items.push(groupItem(random, membership.organisation, membership.role));
    }
    const titles = new Set(items.map((item) => item.title));
    for (let attempt = 0; items.length < size && attempt < size * 4; attempt++) {
      const item = inventoryItem(random, person.personas, THINGS);
      if (titles.has(item.title)) continue;
      titles.add(item.title);
      items.push(item);
    }
    return items.map((item, k) => ({
      ...base(person.area, i),
      id: demoUuid(seed, `inventory-${i}`, k),
      type: 'inventory',
      kind: item.kind,
      direction: directionOf('inventory', item.kind),
      title: item.title,
      description: item.description,
      tags: item.tags,
      geometry: null,
      owner_user_id: person.id,
      owner_organisation_id: null,
      visibility: item.visibility,
      details: item.details,
    }));
  }

  return {
    residentCount,
    residentId,
    resident,
    home,
    organisations,
    organisationAssets,
    places,
    stories,
    residentThings,
    inventory,
  };
}
