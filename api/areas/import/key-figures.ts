/**
 * Which field of an area file holds which CBS key figure: the one catalogue the import reads. CBS and PDOK spell the
 * same figure in several ways over the years and formats (`aantal_inwoners` in the GeoPackage, `aantalInwoners` in
 * PDOK's API, `AANT_INW` in the old shapefiles, `0_15` in the national file in seed/data); a field name is compared
 * in lower case without separators, so one alias covers `aantal_inwoners` and `aantalInwoners` alike.
 *
 * Each figure names the indicators it feeds (db/functions/indicator-views.sql turns the figures into indicators).
 */
/** One figure: the field names that hold it, whether it counts (a whole number), and the indicators it feeds. */
const figure = <const F extends readonly string[]>(aliases: readonly string[], integer: boolean, feeds: F) => ({
  aliases,
  integer,
  feeds,
});

const AGES = ['age-0-15', 'age-15-25', 'age-25-45', 'age-45-65', 'age-65-plus'] as const;
const PER_INHABITANT = ['income-per-inhabitant', 'social-assistance-per-1000', 'incapacity-benefits-per-1000'] as const;
const DISTANCES = ['gp-distance', 'supermarket-distance', 'primary-school-distance'] as const;
const DWELLINGS = ['woz-value', 'owner-occupied', 'corporation-rental'] as const;

export const KEY_FIGURES = {
  inhabitants: figure(['aantalinwoners', 'aantinw'], true, [...AGES, 'density', ...PER_INHABITANT, ...DISTANCES]),
  men: figure(['mannen', 'aantman'], true, []),
  women: figure(['vrouwen', 'aantvrouw'], true, []),
  age_0_15_pct: figure(['015', 'percentagepersonen0tot15jaar', 'p0014jr'], false, ['age-0-15']),
  age_15_25_pct: figure(['1525', 'percentagepersonen15tot25jaar', 'p1524jr'], false, ['age-15-25']),
  age_25_45_pct: figure(['2545', 'percentagepersonen25tot45jaar', 'p2544jr'], false, ['age-25-45']),
  age_45_65_pct: figure(['4565', 'percentagepersonen45tot65jaar', 'p4564jr'], false, ['age-45-65']),
  age_65_plus_pct: figure(['65plus', 'percentagepersonen65jaarenouder', 'p65eojr'], false, ['age-65-plus']),
  households: figure(['huishoudens', 'aantalhuishoudens', 'aantalhh'], true, [
    'household-size',
    'cars-per-household',
    'social-minimum-households',
  ]),
  avg_household_size: figure(['gemhuishoudengrootte', 'gemiddeldehuishoudsgrootte', 'gemhhgr'], false, [
    'household-size',
  ]),
  density_per_km2: figure(['bevolkingsdichtheid', 'bevolkingsdichtheidinwonersperkm2', 'bevdichth'], true, ['density']),
  passenger_cars: figure(['personenautos', 'personenautostotaal', 'autotot'], true, ['cars-per-household']),
  dwellings: figure(['woningvoorraad', 'woningen'], true, DWELLINGS),
  // The mean WOZ value of a dwelling, in thousands of euros.
  woz_value_k: figure(['gemiddeldewoningwaarde', 'gemiddeldewozwaardevanwoningen', 'woz'], false, ['woz-value']),
  owner_occupied_pct: figure(['percentagekoopwoningen', 'pkoopwon'], false, ['owner-occupied']),
  corporation_rental_pct: figure(['perchuurwoningeninbezitwoningcorporaties', 'pwcorpw'], false, [
    'corporation-rental',
  ]),
  // The mean personal income per inhabitant, in thousands of euros.
  income_per_inhabitant_k: figure(['gemiddeldinkomenperinwoner', 'ginkpi'], false, ['income-per-inhabitant']),
  social_minimum_households_pct: figure(['percentagehuishoudensonderofrondsociaalminimum', 'phhsm'], false, [
    'social-minimum-households',
  ]),
  social_assistance: figure(
    [
      'aantalpersonenmeteenalgbijstandsuitkeringtot',
      'aantalpersonenmeteenalgemenebijstandsuitkeringtotaal',
      'abijstand',
    ],
    true,
    ['social-assistance-per-1000'],
  ),
  incapacity_benefits: figure(['aantalpersonenmeteenaouitkeringtotaal', 'aaouitkeringtotaal', 'aao'], true, [
    'incapacity-benefits-per-1000',
  ]),
  gp_distance_km: figure(['huisartsenpraktijkgemiddeldeafstandinkm', 'afartspr'], false, ['gp-distance']),
  supermarket_distance_km: figure(['grotesupermarktgemiddeldeafstandinkm', 'afsuperm'], false, [
    'supermarket-distance',
  ]),
  primary_school_distance_km: figure(['basisonderwijsgemiddeldeafstandinkm', 'afondbas'], false, [
    'primary-school-distance',
  ]),
};

export type KeyFigure = keyof typeof KEY_FIGURES;
export type KeyFigures = Record<KeyFigure, number | null>;

/** A field name as the catalogue compares it: lower case, letters and digits only. */
export const normalisedFieldName = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const FIGURE_OF_ALIAS = new Map<string, KeyFigure>(
  (Object.keys(KEY_FIGURES) as KeyFigure[]).flatMap((figure) =>
    KEY_FIGURES[figure].aliases.map((alias) => [alias, figure] as const),
  ),
);

/** The key figure a field of the file holds, if any. */
export const keyFigureOfField = (field: string): KeyFigure | undefined =>
  FIGURE_OF_ALIAS.get(normalisedFieldName(field));

/**
 * A value as the kompas may use it: CBS marks "secret" and "not available" with negative codes (-99999999,
 * -99997): those, and anything that is not a finite number, are no data, never numbers. Numbers in text ("12,5")
 * are read with either decimal mark.
 */
export function figureValue(raw: unknown, integer: boolean): number | null {
  const value =
    typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.replace(',', '.')) : NaN;
  if (!Number.isFinite(value) || value < 0) return null;
  return integer ? Math.round(value) : value;
}

/** The key figures found in one feature's properties, by figure; absent or unusable ones are null. */
export function keyFiguresOf(properties: Record<string, unknown>): { figures: KeyFigures; fields: Set<string> } {
  const figures = Object.fromEntries(Object.keys(KEY_FIGURES).map((figure) => [figure, null])) as KeyFigures;
  const fields = new Set<string>();
  for (const [field, raw] of Object.entries(properties)) {
    const figure = keyFigureOfField(field);
    if (!figure) continue;
    fields.add(field);
    figures[figure] = figureValue(raw, KEY_FIGURES[figure].integer);
  }
  return { figures, fields };
}
