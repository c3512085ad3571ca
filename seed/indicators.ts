// The profile's indicator definitions (issue 6), as reference data. Values come from views over their sources
// (db/migrations/1733443200000_indicators.sql); scoring is api/kompas/kompas-scoring.ts.
import type { Direction } from '../api/kompas/kompas-scoring.ts';

export interface IndicatorSeed {
  key: string;
  family: 'figures' | 'assets' | 'judgement';
  quarter: 'composition' | 'physical' | 'social' | 'quality-of-life';
  theme: string;
  nl: [label: string, explanation: string];
  en: [label: string, explanation: string];
  unit: string;
  direction: Direction;
  source: string | null;
}

const CBS = 'cbs-wijken-buurten-2024';
const share = (from: string, to: string): Pick<IndicatorSeed, 'nl' | 'en'> => ({
  nl: [`Inwoners van ${from} tot ${to} jaar`, `Aandeel van de inwoners dat ${from} tot ${to} jaar oud is.`],
  en: [`Residents aged ${from} to ${to}`, `Share of the residents aged ${from} to ${to}.`],
});

/** Composition is descriptive: who lives somewhere is not good or bad. */
export const INDICATORS: IndicatorSeed[] = [
  {
    key: 'age-0-15',
    family: 'figures',
    quarter: 'composition',
    theme: 'age',
    ...share('0', '15'),
    unit: '%',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'age-15-25',
    family: 'figures',
    quarter: 'composition',
    theme: 'age',
    ...share('15', '25'),
    unit: '%',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'age-25-45',
    family: 'figures',
    quarter: 'composition',
    theme: 'age',
    ...share('25', '45'),
    unit: '%',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'age-45-65',
    family: 'figures',
    quarter: 'composition',
    theme: 'age',
    ...share('45', '65'),
    unit: '%',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'age-65-plus',
    family: 'figures',
    quarter: 'composition',
    theme: 'age',
    nl: ['Inwoners van 65 jaar en ouder', 'Aandeel van de inwoners dat 65 jaar of ouder is.'],
    en: ['Residents aged 65 and over', 'Share of the residents aged 65 or over.'],
    unit: '%',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'household-size',
    family: 'figures',
    quarter: 'composition',
    theme: 'households',
    nl: ['Gemiddelde huishoudensgrootte', 'Gemiddeld aantal personen per huishouden.'],
    en: ['Average household size', 'Average number of people per household.'],
    unit: 'persons',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'density',
    family: 'figures',
    quarter: 'composition',
    theme: 'living-environment',
    nl: ['Bevolkingsdichtheid', 'Inwoners per km² land.'],
    en: ['Population density', 'Residents per km² of land.'],
    unit: 'per km²',
    direction: 'descriptive',
    source: CBS,
  },
  {
    key: 'cars-per-household',
    family: 'figures',
    quarter: 'composition',
    theme: 'mobility',
    nl: ['Auto’s per huishouden', 'Personenauto’s gedeeld door het aantal huishoudens.'],
    en: ['Cars per household', 'Passenger cars divided by the number of households.'],
    unit: 'cars',
    direction: 'descriptive',
    source: CBS,
  },
  // The asset kompas: computed live from the map (db/migrations/1733529600000_asset-indicators.sql).
  {
    key: 'associations-per-1000',
    family: 'assets',
    quarter: 'social',
    theme: 'associations',
    nl: [
      'Verenigingen per 1.000 inwoners',
      'Verenigingen op de kaart met hun plek in de wijk, per 1.000 inwoners (CBS).',
    ],
    en: ['Associations per 1,000 residents', 'Associations on the map located in the wijk, per 1,000 residents (CBS).'],
    unit: 'per 1,000',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'meeting-places-per-1000',
    family: 'assets',
    quarter: 'physical',
    theme: 'meeting-places',
    nl: [
      'Ontmoetingsplekken per 1.000 inwoners',
      'Buurthuizen, ontmoetingsplekken en bibliotheken op de kaart, per 1.000 inwoners.',
    ],
    en: [
      'Meeting places per 1,000 residents',
      'Community rooms, meeting places and libraries on the map, per 1,000 residents.',
    ],
    unit: 'per 1,000',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'residents-with-talents',
    family: 'assets',
    quarter: 'social',
    theme: 'talents',
    nl: [
      'Bewoners met talenten op de kaart',
      'Aandeel van de inwoners dat een vaardigheid, kennis of gave deelt (niet privé).',
    ],
    en: [
      'Residents with talents on the map',
      'Share of the residents who share a skill, knowledge or gift (not private).',
    ],
    unit: '%',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'skill-domain-coverage',
    family: 'assets',
    quarter: 'social',
    theme: 'talents',
    nl: ['Dekking van de domeinen', 'Aandeel van de domeinen van de taxonomie waarin iemand in de wijk iets kan.'],
    en: ['Coverage of the domains', 'Share of the taxonomy’s domains in which someone in the wijk can do something.'],
    unit: '%',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'connectors-per-10000',
    family: 'assets',
    quarter: 'social',
    theme: 'connectors',
    nl: [
      'Buurtverbinders per 10.000 inwoners',
      'Buurtverbinders die voor (een buurt van) de wijk werken, per 10.000 inwoners.',
    ],
    en: ['Connectors per 10,000 residents', 'Connectors who work for (a buurt of) the wijk, per 10,000 residents.'],
    unit: 'per 10,000',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'introductions-per-1000',
    family: 'assets',
    quarter: 'social',
    theme: 'connections',
    nl: [
      'Kennismakingen per 1.000 inwoners',
      'Kennismakingen die de afgelopen 12 maanden in de wijk zijn gevraagd, per 1.000 inwoners.',
    ],
    en: [
      'Introductions per 1,000 residents',
      'Introductions asked for in the wijk in the last 12 months, per 1,000 residents.',
    ],
    unit: 'per 1,000',
    direction: 'higher-better',
    source: null,
  },
  {
    key: 'introductions-accepted',
    family: 'assets',
    quarter: 'social',
    theme: 'connections',
    nl: ['Geaccepteerde kennismakingen', 'Aandeel van die kennismakingen dat beide kanten accepteerden.'],
    en: ['Introductions accepted', 'Share of those introductions that both sides accepted.'],
    unit: '%',
    direction: 'higher-better',
    source: null,
  },
  // The residents' judgement: mean grades in the latest municipality-wide survey round (5 answers at least).
  ...(
    [
      [
        'grade-physical',
        'physical',
        'Rapportcijfer fysieke omgeving',
        'Grade for the physical environment',
        'physical environment',
        'fysieke omgeving',
      ],
      [
        'grade-social',
        'social',
        'Rapportcijfer sociale omgeving',
        'Grade for the social environment',
        'social environment',
        'sociale omgeving',
      ],
      [
        'grade-nuisance',
        'quality-of-life',
        'Rapportcijfer overlast (10 = geen)',
        'Grade for nuisance (10 = none)',
        'nuisance',
        'overlast',
      ],
      ['grade-safety', 'quality-of-life', 'Rapportcijfer veiligheid', 'Grade for safety', 'safety', 'veiligheid'],
      [
        'grade-overall',
        'quality-of-life',
        'Rapportcijfer voor de buurt',
        'Overall grade for the buurt',
        'the buurt as a whole',
        'de buurt als geheel',
      ],
    ] as const
  ).map(([key, quarter, nl, en, whatEn, whatNl]): IndicatorSeed => ({
    key,
    family: 'judgement',
    quarter,
    theme: 'residents-judgement',
    nl: [nl, `Gemiddeld cijfer (1–10) dat bewoners gaven voor ${whatNl} in de laatste peiling.`],
    en: [en, `Mean grade (1–10) residents gave for ${whatEn} in the latest survey round.`],
    unit: 'grade',
    direction: 'higher-better',
    source: null,
  })),
];
