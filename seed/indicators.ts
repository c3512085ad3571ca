// The profile's indicator definitions, as reference data. Values come from views over their sources
// (db/functions/indicator-views.sql); scoring is api/kompas/kompas-scoring.ts.
import type { Direction } from '../api/kompas/kompas-scoring.ts';
import { K_ANONYMITY } from '../api/shared/policy.ts';

type Texts = [label: string, explanation: string];

export interface IndicatorSeed {
  key: string;
  family: 'figures' | 'assets' | 'judgement';
  quarter: 'composition' | 'physical' | 'social' | 'quality-of-life';
  theme: string;
  nl: Texts;
  en: Texts;
  unit: string;
  direction: Direction;
  source: string | null;
}

const CBS = 'cbs-wijken-buurten-2024';

/**
 * A CBS figure, by default of the composition quarter and descriptive: who lives somewhere, and how, is not good or
 * bad. The file's fields that feed each are in api/areas/import/key-figures.ts.
 */
const figure = (
  key: string,
  theme: string,
  unit: string,
  nl: Texts,
  en: Texts,
  { quarter = 'composition', direction = 'descriptive' }: Partial<Pick<IndicatorSeed, 'quarter' | 'direction'>> = {},
): IndicatorSeed => ({ key, family: 'figures', quarter, theme, nl, en, unit, direction, source: CBS });

/** The mean distance by road from the inhabitants' homes to the nearest service, as CBS measures it: nearer is better. */
const distance = (key: string, [nl, whatNl]: [string, string], [en, whatEn]: [string, string]): IndicatorSeed =>
  figure(
    key,
    'facilities',
    'km',
    [nl, `Gemiddelde afstand over de weg van de woningen tot ${whatNl}.`],
    [en, `Mean distance by road from the homes to ${whatEn}.`],
    { quarter: 'physical', direction: 'lower-better' },
  );
const ageShare = (from: string, to: string): IndicatorSeed =>
  figure(
    `age-${from}-${to}`,
    'age',
    '%',
    [`Inwoners van ${from} tot ${to} jaar`, `Aandeel van de inwoners dat ${from} tot ${to} jaar oud is.`],
    [`Residents aged ${from} to ${to}`, `Share of the residents aged ${from} to ${to}.`],
  );

/**
 * An indicator of the asset kompas, from the counts that db/functions/kompas-counts.sql keeps as the map changes (the
 * views of db/functions/indicator-views.sql): more is better.
 */
const fromTheMap = (
  key: string,
  quarter: IndicatorSeed['quarter'],
  theme: string,
  unit: string,
  nl: Texts,
  en: Texts,
): IndicatorSeed => ({ key, family: 'assets', quarter, theme, nl, en, unit, direction: 'higher-better', source: null });

/** The residents' judgement: a mean grade in the latest municipality-wide survey round (5 answers at least). */
const grade = (
  key: string,
  quarter: IndicatorSeed['quarter'],
  [nl, whatNl]: [label: string, what: string],
  [en, whatEn]: [label: string, what: string],
): IndicatorSeed => ({
  key,
  family: 'judgement',
  quarter,
  theme: 'residents-judgement',
  nl: [nl, `Gemiddeld cijfer (1–10) dat bewoners gaven voor ${whatNl} in de laatste peiling.`],
  en: [en, `Mean grade (1–10) residents gave for ${whatEn} in the latest survey round.`],
  unit: 'grade',
  direction: 'higher-better',
  source: null,
});

export const INDICATORS: IndicatorSeed[] = [
  ageShare('0', '15'),
  ageShare('15', '25'),
  ageShare('25', '45'),
  ageShare('45', '65'),
  figure(
    'age-65-plus',
    'age',
    '%',
    ['Inwoners van 65 jaar en ouder', 'Aandeel van de inwoners dat 65 jaar of ouder is.'],
    ['Residents aged 65 and over', 'Share of the residents aged 65 or over.'],
  ),
  figure(
    'household-size',
    'households',
    'persons',
    ['Gemiddelde huishoudensgrootte', 'Gemiddeld aantal personen per huishouden.'],
    ['Average household size', 'Average number of people per household.'],
  ),
  figure(
    'density',
    'living-environment',
    'per km²',
    ['Bevolkingsdichtheid', 'Inwoners per km² land.'],
    ['Population density', 'Residents per km² of land.'],
  ),
  figure(
    'cars-per-household',
    'mobility',
    'cars',
    ['Auto’s per huishouden', 'Personenauto’s gedeeld door het aantal huishoudens.'],
    ['Cars per household', 'Passenger cars divided by the number of households.'],
  ),
  figure(
    'income-per-inhabitant',
    'income',
    'thousand euros',
    ['Gemiddeld inkomen per inwoner', 'Gemiddeld persoonlijk inkomen per inwoner, in duizenden euro’s.'],
    ['Mean income per inhabitant', 'Mean personal income per inhabitant, in thousands of euros.'],
  ),
  figure(
    'social-minimum-households',
    'income',
    '%',
    [
      'Huishoudens rond het sociaal minimum',
      'Aandeel van de huishoudens met een inkomen onder of rond het sociaal minimum.',
    ],
    [
      'Households near the social minimum',
      'Share of the households with an income below or around the social minimum.',
    ],
  ),
  figure(
    'social-assistance-per-1000',
    'income',
    'per 1,000',
    ['Bijstand per 1.000 inwoners', 'Personen met een algemene bijstandsuitkering, per 1.000 inwoners.'],
    ['Social assistance per 1,000 residents', 'People on general social assistance, per 1,000 residents.'],
  ),
  figure(
    'incapacity-benefits-per-1000',
    'income',
    'per 1,000',
    [
      'Arbeidsongeschiktheid per 1.000 inwoners',
      'Personen met een arbeidsongeschiktheidsuitkering, per 1.000 inwoners.',
    ],
    ['Incapacity benefits per 1,000 residents', 'People on an incapacity benefit, per 1,000 residents.'],
  ),
  figure(
    'woz-value',
    'housing',
    'thousand euros',
    ['Gemiddelde WOZ-waarde', 'Gemiddelde WOZ-waarde van een woning, in duizenden euro’s.'],
    ['Mean WOZ value', 'Mean WOZ (property tax) value of a dwelling, in thousands of euros.'],
    { quarter: 'physical' },
  ),
  figure(
    'owner-occupied',
    'housing',
    '%',
    ['Koopwoningen', 'Aandeel van de woningen dat eigendom is van de bewoners.'],
    ['Owner-occupied dwellings', 'Share of the dwellings owned by those who live in them.'],
    { quarter: 'physical' },
  ),
  figure(
    'corporation-rental',
    'housing',
    '%',
    ['Huurwoningen van corporaties', 'Aandeel van de woningen dat een woningcorporatie verhuurt.'],
    ['Housing association rentals', 'Share of the dwellings let by a housing association.'],
    { quarter: 'physical' },
  ),
  distance(
    'gp-distance',
    ['Afstand tot de huisarts', 'de dichtstbijzijnde huisartsenpraktijk'],
    ['Distance to the GP', 'the nearest GP practice'],
  ),
  distance(
    'supermarket-distance',
    ['Afstand tot de supermarkt', 'de dichtstbijzijnde grote supermarkt'],
    ['Distance to the supermarket', 'the nearest large supermarket'],
  ),
  distance(
    'primary-school-distance',
    ['Afstand tot de basisschool', 'de dichtstbijzijnde basisschool'],
    ['Distance to the primary school', 'the nearest primary school'],
  ),
  fromTheMap(
    'associations-per-1000',
    'social',
    'associations',
    'per 1,000',
    ['Verenigingen per 1.000 inwoners', 'Verenigingen op de kaart met hun plek in de wijk, per 1.000 inwoners (CBS).'],
    ['Associations per 1,000 residents', 'Associations on the map located in the wijk, per 1,000 residents (CBS).'],
  ),
  fromTheMap(
    'meeting-places-per-1000',
    'physical',
    'meeting-places',
    'per 1,000',
    [
      'Ontmoetingsplekken per 1.000 inwoners',
      'Buurthuizen, ontmoetingsplekken en bibliotheken op de kaart, per 1.000 inwoners.',
    ],
    [
      'Meeting places per 1,000 residents',
      'Community rooms, meeting places and libraries on the map, per 1,000 residents.',
    ],
  ),
  fromTheMap(
    'residents-with-talents',
    'social',
    'talents',
    '%',
    [
      'Bewoners met talenten op de kaart',
      `Aandeel van de inwoners dat een vaardigheid, kennis of gave deelt met „openbaar als aantal”. Pas vanaf ${K_ANONYMITY} bewoners getoond.`,
    ],
    [
      'Residents with talents on the map',
      `Share of the residents who share a skill, knowledge or gift “publicly as a number”. Shown from ${K_ANONYMITY} residents on.`,
    ],
  ),
  fromTheMap(
    'skill-domain-coverage',
    'social',
    'talents',
    '%',
    ['Dekking van de domeinen', 'Aandeel van de domeinen van de taxonomie waarin iemand in de wijk iets kan.'],
    ['Coverage of the domains', 'Share of the taxonomy’s domains in which someone in the wijk can do something.'],
  ),
  fromTheMap(
    'connectors-per-10000',
    'social',
    'connectors',
    'per 10,000',
    [
      'Buurtverbinders per 10.000 inwoners',
      'Buurtverbinders die voor (een buurt van) de wijk werken, per 10.000 inwoners.',
    ],
    ['Connectors per 10,000 residents', 'Connectors who work for (a buurt of) the wijk, per 10,000 residents.'],
  ),
  fromTheMap(
    'introductions-per-1000',
    'social',
    'connections',
    'per 1,000',
    [
      'Kennismakingen per 1.000 inwoners',
      'Kennismakingen die de afgelopen 12 maanden in de wijk zijn gevraagd, per 1.000 inwoners.',
    ],
    [
      'Introductions per 1,000 residents',
      'Introductions asked for in the wijk in the last 12 months, per 1,000 residents.',
    ],
  ),
  fromTheMap(
    'introductions-accepted',
    'social',
    'connections',
    '%',
    ['Geaccepteerde kennismakingen', 'Aandeel van die kennismakingen dat beide kanten accepteerden.'],
    ['Introductions accepted', 'Share of those introductions that both sides accepted.'],
  ),
  grade(
    'grade-physical',
    'physical',
    ['Rapportcijfer fysieke omgeving', 'fysieke omgeving'],
    ['Grade for the physical environment', 'physical environment'],
  ),
  grade(
    'grade-social',
    'social',
    ['Rapportcijfer sociale omgeving', 'sociale omgeving'],
    ['Grade for the social environment', 'social environment'],
  ),
  grade(
    'grade-nuisance',
    'quality-of-life',
    ['Rapportcijfer overlast (10 = geen)', 'overlast'],
    ['Grade for nuisance (10 = none)', 'nuisance'],
  ),
  grade('grade-safety', 'quality-of-life', ['Rapportcijfer veiligheid', 'veiligheid'], ['Grade for safety', 'safety']),
  grade(
    'grade-overall',
    'quality-of-life',
    ['Rapportcijfer voor de buurt', 'de buurt als geheel'],
    ['Overall grade for the buurt', 'the buurt as a whole'],
  ),
];
