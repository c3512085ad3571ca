// The demo's worked buurtagenda: the demo connector's wijk, this year, published. Its items come from the wijk's own
// buurtscan (the real CBS figures and the seeded survey and assets), each resting on the indicator behind it, a
// resident's observation and the survey round; the wijk's organisations and residents pledge what they own and
// support the items. Written through the same repository and rules as the API, so the history reads as real work.
import type pg from 'pg';
import { agendasRepository as repository } from '../../api/agendas/agendas.repository.ts';
import { buurtscan, itemChange, pledged, unitWords } from '../../api/agendas/agendas.service.ts';
import type { ItemStatus, ScanEntry } from '../../api/agendas/agendas.schemas.ts';
import { areaKompas } from '../../api/kompas/kompas.service.ts';
import { loadSql } from '../../api/shared/sql.ts';
import { surveyDisclosures } from '../../api/shared/survey-disclosure.ts';

const sql = {
  participants: loadSql(import.meta.url, 'sql/demo-agenda-participants.sql'),
};

export interface DemoAgenda {
  id: string;
  wijkCode: string;
  items: number;
  pledges: number;
}

interface Words {
  ambition: string;
  description: string;
  nextStep: string;
  /** The side of the mean the description speaks of ("veel grote huishoudens": above), where it speaks of one. */
  when?: 'above' | 'below';
}

/**
 * An ambition and a next step in plain words for an item grounded in a theme of the scan; "theme:below" (or ":above")
 * holds the words for the other side of the mean where the theme's own words speak of one side.
 */
const AMBITIONS: Record<string, Words> = {
  'households:below': {
    ambition: 'Wie alleen woont, staat er niet alleen voor',
    description:
      'Veel kleine huishoudens: buren die elkaar kennen helpen wie alleen of met z’n tweeën woont bij boodschappen, klussen en een praatje.',
    nextStep: 'Koffieochtend voor wie alleen woont',
  },
  'living-environment:above': {
    ambition: 'Plekken om elkaar te treffen in een drukke wijk',
    description:
      'De wijk is dicht bebouwd: we maken van de pleintjes en binnentuinen die er zijn plekken waar bewoners even kunnen zitten.',
    nextStep: 'Rondgang met bewoners langs pleintjes en binnentuinen',
  },
  // Where the wijk is better than the mean already, the item builds on that strength instead of asking for more.
  'connectors:above': {
    ambition: 'Wat de verbinders hier leren, delen met de rest van de stad',
    description:
      'Er werken hier meer verbinders per inwoner dan gemiddeld: we leggen vast wat werkt, zodat andere wijken het kunnen overnemen.',
    nextStep: 'Verbinders vertellen op de stedelijke bijeenkomst hoe zij werken',
  },
  'connections:above': {
    ambition: 'Van kennismaking naar samen iets doen',
    description:
      'Er worden hier meer kennismakingen gemaakt dan gemiddeld: we helpen wie elkaar ontmoette om samen iets op te zetten.',
    nextStep: 'Terugblik met wie elkaar ontmoette: wat willen ze samen doen?',
  },
  'associations:above': {
    ambition: 'Verenigingen die samen meer doen',
    description: 'Er zijn hier meer verenigingen per inwoner dan gemiddeld: samen kunnen ze meer bewoners bereiken.',
    nextStep: 'Overleg van de verenigingen over een gezamenlijke activiteit',
  },
  'talents:above': {
    ambition: 'Talenten van bewoners aan het werk',
    description:
      'Er delen hier meer bewoners een talent dan gemiddeld: we koppelen dat aanbod aan wie er iets aan heeft.',
    nextStep: 'Talentenmarkt in het buurthuis',
  },
  'meeting-places:above': {
    ambition: 'Ontmoetingsplekken voor iedereen open',
    description:
      'Er zijn hier meer ontmoetingsplekken dan gemiddeld: we zorgen dat iedereen weet wanneer ze open zijn.',
    nextStep: 'Een gezamenlijke kalender van de ontmoetingsplekken',
  },
  'mobility:below': {
    ambition: 'Bereikbaar zonder eigen auto',
    description:
      'Minder auto’s per huishouden dan gemiddeld: samen vervoer regelen helpt wie geen auto heeft om bij de dokter of de winkel te komen.',
    nextStep: 'Inventariseren wie wil meerijden of een rit kan geven',
  },
  age: {
    ambition: 'Elke generatie een plek in de wijk',
    description:
      'De wijk is anders samengesteld dan Tilburg gemiddeld: we zorgen dat jong en oud elkaar treffen en iets voor elkaar kunnen betekenen.',
    nextStep: 'Gesprek met de scholen en de ouderenvereniging over een gezamenlijke middag',
  },
  households: {
    ambition: 'Gezinnen vinden elkaar voor oppas, vervoer en klussen',
    description: 'Veel grote huishoudens: een netwerk van gezinnen die elkaar helpen scheelt iedereen tijd.',
    nextStep: 'Oproep in de buurtapp en op het schoolplein',
    when: 'above',
  },
  'living-environment': {
    ambition: 'Ruimte om elkaar buiten te ontmoeten',
    description: 'De wijk is ruim opgezet; we maken van die ruimte plekken waar bewoners elkaar tegenkomen.',
    nextStep: 'Rondgang met bewoners langs mogelijke plekken',
    when: 'below',
  },
  mobility: {
    ambition: 'Samen rijden en delen in plaats van elk een auto',
    description:
      'Het autobezit ligt hoog; een deelauto en een rijdersnetwerk maken de wijk bereikbaar voor wie geen auto heeft.',
    nextStep: 'Inventariseren wie wil meedoen met een deelauto',
    when: 'above',
  },
  associations: {
    ambition: 'Verenigingen zichtbaar en open voor nieuwe leden',
    description: 'Minder verenigingen per inwoner dan gemiddeld: we helpen de bestaande groeien en nieuwe starten.',
    nextStep: 'Verenigingsmarkt bij het buurthuis',
  },
  talents: {
    ambition: 'Talenten van bewoners in beeld en in gebruik',
    description:
      'Bewoners hebben meer te bieden dan de kaart nu laat zien; we halen dat op en koppelen vraag en aanbod.',
    nextStep: 'Talentenavond in het buurthuis',
  },
  connectors: {
    ambition: 'In elke buurt van de wijk een verbinder',
    description:
      'Verbinders maken het verschil: we zorgen dat er in elke buurt iemand is die mensen aan elkaar voorstelt.',
    nextStep: 'Kennismaking met bewoners die al veel mensen kennen',
  },
  connections: {
    ambition: 'Kennismakingen die ergens toe leiden',
    description: 'We volgen de kennismakingen in de wijk en vieren wat eruit voortkomt.',
    nextStep: 'Terugblik met wie elkaar ontmoette',
  },
  'meeting-places': {
    ambition: 'Een huiskamer voor de wijk',
    description: 'Er zijn minder ontmoetingsplekken dan gemiddeld: we openen bestaande ruimtes vaker voor iedereen.',
    nextStep: 'Afspraken met de eigenaren van zalen over vaste inloopuren',
  },
  'residents-judgement': {
    ambition: 'Werken aan wat bewoners zelf het belangrijkst vinden',
    description: 'Bewoners beoordelen de wijk anders dan gemiddeld; hun eigen woorden wijzen de richting.',
    nextStep: 'Bewonersavond over de uitkomsten van de peiling',
  },
};
/** The steps each item takes from "idea", by its place on the agenda: the first ends under way, the second agreed, the third stays an idea. */
const STEPS: ItemStatus[][] = [['agreed', 'under-way'], ['agreed'], []];

/**
 * The words of the item an entry of the scan calls for, for its side of the mean: one worse than the mean or
 * descriptive (not judged) asks for more or better; one better than the mean builds on that strength, where there are
 * words for it, and never asks for more (no call for more connectors where there are far more than average).
 */
function wordsFor(entry: Pick<ScanEntry, 'theme' | 'assessment' | 'class'>): Words | null {
  const side = entry.class.endsWith('above') ? 'above' : 'below';
  const specific = AMBITIONS[`${entry.theme}:${side}`];
  if (specific) return specific;
  if (entry.assessment === 'better' || entry.assessment === 'much-better') return null;
  const words = AMBITIONS[entry.theme];
  return words && (words.when === undefined || words.when === side) ? words : null;
}

function sentence(entry: ScanEntry): string {
  const number = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  const unit = unitWords(entry.unit, 'nl');
  return `${entry.label}: ${number(entry.value)}${unit} tegen ${number(entry.reference)}${unit} in Tilburg (${entry.source}, ${entry.year})`;
}

export async function seedDemoAgenda(
  client: pg.ClientBase,
  connectorEmail: string,
  wijkCode: string,
): Promise<DemoAgenda | null> {
  const people = (
    await client.query<{
      connector_id: string;
      organisations: {
        id: string;
        owner_id: string;
        kind: string;
        place_id: string | null;
        place_title: string | null;
      }[];
      residents: { id: string; skill_id: string | null; skill_title: string | null }[];
      observations: string[];
      round_id: string | null;
    }>(sql.participants, [connectorEmail, wijkCode])
  ).rows[0];
  if (!people) return null;
  const connector = people.connector_id;
  const year = new Date().getFullYear();
  const id = await repository.insertAgenda(client, 'wijk', wijkCode, year, connector);
  if (!id) return null;
  await repository.record(client, id, null, connector, 'agenda.created', {
    areaType: 'wijk',
    areaCode: wijkCode,
    year,
  });

  const kompas = (await areaKompas(client, 'wijk', wijkCode, 'nl'))!;
  // Every entry that deviates, not only the scan's first few: an item needs one that calls for it.
  const scan = buurtscan(kompas, Number.MAX_SAFE_INTEGER);
  // One item per theme, for the themes that deviate most: the CBS figures first, then the residents' grades, then the
  // assets (the demo's own connector makes its wijk's asset figures stand out, so they come last), in words that fit
  // the side of the mean each is on.
  const FAMILY_ORDER = ['figures', 'judgement', 'assets'];
  const themes: ScanEntry[] = [];
  for (const entry of [...scan].sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family))) {
    if (wordsFor(entry) && !themes.some((chosen) => chosen.theme === entry.theme)) themes.push(entry);
  }
  themes.splice(3);

  await repository.update(
    client,
    id,
    `${kompas.area.name} verschilt op een paar punten duidelijk van Tilburg. ${themes.map(sentence).join('. ')}. Bewoners, verenigingen en de gemeente willen daar samen iets mee doen.`,
    'De cijfers zeggen waar de wijk afwijkt; de peiling en de meldingen van bewoners zeggen wat dat betekent in het dagelijks leven. Elk punt op deze agenda rust op allebei.',
  );
  await repository.record(client, id, null, connector, 'agenda.edited', { fields: ['urgency', 'countingTelling'] });
  await repository.insertPolicyLink(
    client,
    id,
    'Gemeente Tilburg: wijken en buurten',
    'https://www.tilburg.nl/',
    'Het gemeentelijk beleid voor wijkgericht werken.',
  );
  await repository.record(client, id, null, connector, 'policy-link.added', {
    title: 'Gemeente Tilburg: wijken en buurten',
  });

  // The table: the connector, the wijk's organisations (residents' associations as residents, the rest as
  // professionals), and the municipality's wijk team by name.
  const parties: string[] = [];
  const seat = async (
    role: 'resident' | 'professional' | 'municipality',
    party: { organisationId?: string; userId?: string; name?: string },
    by: string,
  ) => {
    const partyId = await repository.insertParty(client, id, role, party, by);
    if (partyId) {
      parties.push(partyId);
      await repository.record(client, id, null, by, 'party.added', { role });
    }
  };
  await seat('professional', { userId: connector }, connector);
  for (const organisation of people.organisations.slice(0, 3)) {
    await seat(
      organisation.kind === 'association' || organisation.kind === 'initiative' ? 'resident' : 'professional',
      { organisationId: organisation.id },
      organisation.owner_id,
    );
  }
  await seat('municipality', { name: 'Gemeente Tilburg, wijkteam' }, connector);

  // Two of the residents' observations as the agenda's gathered stories.
  for (const observation of people.observations.slice(0, 2)) {
    if (await repository.insertEvidence(client, id, null, 'observation', observation, '', connector)) {
      await repository.record(client, id, null, connector, 'story.gathered', { kind: 'observation', ref: observation });
    }
  }

  // The survey is evidence only where it says something: where its results for the wijk are shown.
  const surveySpeaks =
    people.round_id !== null &&
    ((await surveyDisclosures(client, [people.round_id])).get(people.round_id)?.cell('wijk', wijkCode)?.shown ?? false);
  let pledges = 0;
  for (const [index, entry] of themes.entries()) {
    const words = wordsFor(entry)!;
    const itemId = await repository.insertItem(
      client,
      id,
      {
        ambition: words.ambition,
        description: words.description,
        theme: entry.theme,
        nextStep: words.nextStep,
        nextStepDate: `${year}-${String(3 + 3 * index).padStart(2, '0')}-01`,
      },
      connector,
    );
    await repository.setCarriers(client, itemId, parties.slice(0, 2 + index));
    await repository.insertVersion(client, itemId, connector);
    await repository.record(client, id, itemId, connector, 'item.created', { ambition: words.ambition });

    await repository.insertEvidence(client, id, itemId, 'indicator', entry.key, 'Uit de buurtscan', connector);
    if (people.round_id && surveySpeaks) {
      await repository.insertEvidence(client, id, itemId, 'survey', people.round_id, '', connector);
    }
    const observation = people.observations[2 + index];
    if (observation) await repository.insertEvidence(client, id, itemId, 'observation', observation, '', connector);
    await repository.record(client, id, itemId, connector, 'evidence.added', { kind: 'indicator', ref: entry.key });

    // Its status, moved the way the API moves it (a new version each time).
    for (const status of STEPS[index] ?? []) {
      const current = (await repository.lockItem(client, itemId))!;
      const change = itemChange(current, { status });
      await repository.updateItem(client, change.next);
      await repository.insertVersion(client, itemId, connector);
      await repository.record(client, id, itemId, connector, 'item.status', { from: current.status, to: status });
    }

    // Owners pledge what they own: an organisation its room (or its members' time), a resident a skill.
    const organisation = people.organisations[index];
    if (organisation) {
      const pledge = organisation.place_id
        ? {
            assetId: organisation.place_id,
            organisationId: null,
            what: `${organisation.place_title}: één avond per week`,
          }
        : { assetId: null, organisationId: organisation.id, what: 'Twee vrijwilligers, een dagdeel per maand' };
      await repository.insertPledge(client, itemId, pledge, organisation.owner_id);
      await repository.record(client, id, itemId, organisation.owner_id, 'pledge.made', {
        what: pledge.what,
        ...pledged(pledge.assetId, pledge.organisationId),
      });
      pledges++;
    }
    const resident = people.residents.find((candidate, position) => candidate.skill_id && position % 3 === index);
    if (resident?.skill_id) {
      await repository.insertPledge(
        client,
        itemId,
        { assetId: resident.skill_id, organisationId: null, what: `${resident.skill_title}, als het uitkomt` },
        resident.id,
      );
      await repository.record(client, id, itemId, resident.id, 'pledge.made', {
        what: `${resident.skill_title}, als het uitkomt`,
        ...pledged(resident.skill_id, null),
      });
      pledges++;
    }
    // Residents of the wijk support it.
    for (const supporter of people.residents.slice(index, index + 6 - 2 * index)) {
      if (await repository.insertSupport(client, itemId, supporter.id))
        await repository.record(client, id, itemId, supporter.id, 'item.supported');
    }
    if (index === 0 && people.residents[0]) {
      await repository.insertComment(client, itemId, people.residents[0].id, 'Goed plan. Ik kan op woensdag helpen.');
      await repository.record(client, id, itemId, people.residents[0].id, 'item.commented');
    }
  }

  await repository.setStatus(client, id, 'published');
  await repository.record(client, id, null, connector, 'agenda.published');
  return { id, wijkCode, items: themes.length, pledges };
}
