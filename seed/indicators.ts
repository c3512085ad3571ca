// The profile's indicator definitions (issue 6), as reference data. Values come from views over their sources
// (db/migrations/1733443200000_indicators.sql); scoring is api/profile/kompas.ts.
import type { Direction } from '../api/profile/kompas.ts';

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
  { key: 'age-0-15', family: 'figures', quarter: 'composition', theme: 'age', ...share('0', '15'), unit: '%', direction: 'descriptive', source: CBS },
  { key: 'age-15-25', family: 'figures', quarter: 'composition', theme: 'age', ...share('15', '25'), unit: '%', direction: 'descriptive', source: CBS },
  { key: 'age-25-45', family: 'figures', quarter: 'composition', theme: 'age', ...share('25', '45'), unit: '%', direction: 'descriptive', source: CBS },
  { key: 'age-45-65', family: 'figures', quarter: 'composition', theme: 'age', ...share('45', '65'), unit: '%', direction: 'descriptive', source: CBS },
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
];
