/**
 * Which field of an area file holds which CBS key figure: the one catalogue the import reads. CBS and PDOK spell the
 * same figure in several ways over the years and formats (`aantal_inwoners` in the GeoPackage, `aantalInwoners` in
 * PDOK's API, `AANT_INW` in the old shapefiles, `0_15` in the national file in seed/data); a field name is compared
 * in lower case without separators, so one alias covers `aantal_inwoners` and `aantalInwoners` alike.
 *
 * Each figure names the indicators it feeds (db/functions/indicator-views.sql turns the figures into indicators).
 */
export const KEY_FIGURES = {
  inhabitants: {
    aliases: ['aantalinwoners', 'aantinw'],
    integer: true,
    feeds: ['age-0-15', 'age-15-25', 'age-25-45', 'age-45-65', 'age-65-plus', 'density'],
  },
  men: { aliases: ['mannen', 'aantman'], integer: true, feeds: [] },
  women: { aliases: ['vrouwen', 'aantvrouw'], integer: true, feeds: [] },
  age_0_15_pct: { aliases: ['015', 'percentagepersonen0tot15jaar', 'p0014jr'], integer: false, feeds: ['age-0-15'] },
  age_15_25_pct: {
    aliases: ['1525', 'percentagepersonen15tot25jaar', 'p1524jr'],
    integer: false,
    feeds: ['age-15-25'],
  },
  age_25_45_pct: {
    aliases: ['2545', 'percentagepersonen25tot45jaar', 'p2544jr'],
    integer: false,
    feeds: ['age-25-45'],
  },
  age_45_65_pct: {
    aliases: ['4565', 'percentagepersonen45tot65jaar', 'p4564jr'],
    integer: false,
    feeds: ['age-45-65'],
  },
  age_65_plus_pct: {
    aliases: ['65plus', 'percentagepersonen65jaarenouder', 'p65eojr'],
    integer: false,
    feeds: ['age-65-plus'],
  },
  households: {
    aliases: ['huishoudens', 'aantalhuishoudens', 'aantalhh'],
    integer: true,
    feeds: ['household-size', 'cars-per-household'],
  },
  avg_household_size: {
    aliases: ['gemhuishoudengrootte', 'gemiddeldehuishoudsgrootte', 'gemhhgr'],
    integer: false,
    feeds: ['household-size'],
  },
  density_per_km2: {
    aliases: ['bevolkingsdichtheid', 'bevolkingsdichtheidinwonersperkm2', 'bevdichth'],
    integer: true,
    feeds: ['density'],
  },
  passenger_cars: {
    aliases: ['personenautos', 'personenautostotaal', 'autotot'],
    integer: true,
    feeds: ['cars-per-household'],
  },
} as const satisfies Record<string, { aliases: readonly string[]; integer: boolean; feeds: readonly string[] }>;

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
