import type { Queryable } from '../shared/db.ts';
import { notFound } from '../shared/http-error.ts';
import { classBreaks, scoreKompas, type AreaValues } from './kompas-scoring.ts';
import { labelOf, QUARTERS, THEMES } from './labels.ts';
import { kompasRepository as repository, type AreaType } from './kompas.repository.ts';

/**
 * The kompas of one buurt or wijk: every indicator scored against its own municipality over that municipality's areas
 * of the same kind (a buurt among its buurten, a wijk among its wijken; never a pool of several municipalities), grouped in quarters and themes, with labels, units,
 * sources and years. A buurt has CBS figures where the imported file had them; without, they are "no data", and the
 * page points to its wijk. Null when there is no such area.
 */
export async function areaKompas(db: Queryable, areaType: AreaType, code: string, language: 'nl' | 'en') {
  const area = await repository.findArea(db, areaType, code);
  if (!area) return null;
  const values = await repository.values(db, areaType, area.municipality_code);
  const indicators = offeredIn(await repository.indicators(db, language), values);
  // The figures' source and year are those of the file they were imported from, for this municipality.
  const figuresSource = await repository.figuresSource(db, area.municipality_code);
  const areas: Record<string, AreaValues> = {};
  const municipality: AreaValues = {};
  const counts: Record<string, AreaValues> = {};
  const years = new Map<string, number>();
  for (const row of values) {
    if (row.area_type === 'municipality') {
      if (row.area_code === area.municipality_code) municipality[row.indicator_key] = row.value;
      continue;
    }
    (areas[row.area_code] ??= {})[row.indicator_key] = row.value;
    (counts[row.area_code] ??= {})[row.indicator_key] = row.count;
    years.set(row.indicator_key, row.year);
  }
  areas[code] ??= {};
  const scored = scoreKompas({ indicators, areas, municipality, counts })[code]!;
  const meanOfAreas = areaType === 'buurt' ? ('mean-of-buurten' as const) : ('mean-of-wijken' as const);

  const quarters = [...new Set(indicators.map((indicator) => indicator.quarter))].map((quarter) => ({
    key: quarter,
    label: labelOf(QUARTERS, quarter, language),
    ...scored.quarters[quarter]!,
    themes: [...new Set(indicators.filter((i) => i.quarter === quarter).map((i) => i.theme))].map((theme) => ({
      key: theme,
      label: labelOf(THEMES, theme, language),
      ...scored.themes[theme]!,
      indicators: indicators
        .filter((indicator) => indicator.quarter === quarter && indicator.theme === theme)
        .map((indicator) => {
          const score = scored.indicators[indicator.key]!;
          return {
            key: indicator.key,
            family: indicator.family,
            label: indicator.label,
            explanation: indicator.explanation,
            unit: indicator.unit,
            direction: indicator.direction,
            value: score.value,
            count: score.count,
            smallCount: score.smallCount,
            reference: score.reference,
            // Where the municipality's own figure is missing, the reference is the mean of its areas: said so.
            referenceIs:
              municipality[indicator.key] !== undefined
                ? ('municipality' as const)
                : score.reference === null
                  ? null
                  : meanOfAreas,
            index: score.index,
            deviation: score.deviation,
            class: score.class,
            assessment: score.assessment,
            source:
              indicator.family === 'figures' && figuresSource
                ? figuresSource
                : indicator.source_title
                  ? {
                      title: indicator.source_title,
                      publisher: indicator.source_publisher!,
                      year: indicator.source_year!,
                    }
                  : indicator.family === 'judgement'
                    ? {
                        title:
                          language === 'en'
                            ? 'Krachtkaart survey (residents’ grades)'
                            : 'Krachtkaart-peiling (cijfers van bewoners)',
                        publisher: 'Krachtkaart',
                        year: years.get(indicator.key) ?? new Date().getFullYear(),
                      }
                    : {
                        title:
                          language === 'en'
                            ? 'Krachtkaart (computed from the map)'
                            : 'Krachtkaart (berekend uit de kaart)',
                        publisher: 'Krachtkaart',
                        year: years.get(indicator.key) ?? new Date().getFullYear(),
                      },
          };
        }),
    })),
  }));
  return {
    area: { type: area.type, code: area.code, name: area.name },
    wijk: { code: area.wijk_code, name: area.wijk_name, buurten: area.buurten },
    municipality: { code: area.municipality_code, name: area.municipality_name },
    quarters,
  };
}

/**
 * The indicators a municipality's kompas offers: every one of the map and the survey, and each CBS figure that its
 * loaded files carry for some area of it (a file without income figures adds no row of "no data" for income).
 */
function offeredIn<I extends { key: string; family: string }>(indicators: I[], values: { indicator_key: string }[]) {
  const carried = new Set(values.map((row) => row.indicator_key));
  return indicators.filter((indicator) => indicator.family !== 'figures' || carried.has(indicator.key));
}

/** The kompas of one buurt or wijk (see areaKompas); 404 when there is no such area. */
export async function kompasOf(db: Queryable, areaType: AreaType, code: string, language: 'nl' | 'en') {
  const kompas = await areaKompas(db, areaType, code, language);
  if (!kompas) throw notFound(`names no ${areaType}`, { field: 'params/code', rule: 'exists' });
  return kompas;
}

/**
 * One indicator across the wijken of one municipality (by default the largest loaded one), for a choropleth: each
 * wijk's value, index, class and judgement against that municipality's reference, and the class breaks. 404 when
 * there is no such indicator or municipality.
 */
export async function indicatorAcrossWijken(
  db: Queryable,
  key: string,
  language: 'nl' | 'en',
  municipalityCode?: string,
) {
  const indicator = (await repository.indicators(db, language)).find((row) => row.key === key);
  if (!indicator) throw notFound('names no indicator', { field: 'params/key', rule: 'exists' });
  const municipality = await repository.municipality(db, municipalityCode);
  if (!municipality) throw notFound('names no municipality', { field: 'querystring/municipality', rule: 'exists' });
  const wijken = await repository.areas(db, 'wijk', municipality.code);
  const values = (await repository.values(db, 'wijk', municipality.code)).filter((row) => row.indicator_key === key);
  const municipalityValue = values.find((row) => row.area_type === 'municipality')?.value;
  const areas: Record<string, AreaValues> = Object.fromEntries(wijken.map((wijk) => [wijk.code, {}]));
  const counts: Record<string, AreaValues> = {};
  for (const row of values)
    if (row.area_type === 'wijk' && areas[row.area_code]) {
      areas[row.area_code]![key] = row.value;
      counts[row.area_code] = { [key]: row.count };
    }
  const scored = scoreKompas({
    indicators: [indicator],
    areas,
    municipality: municipalityValue === undefined ? {} : { [key]: municipalityValue },
    counts,
  });
  const reference = Object.values(scored)[0]?.indicators[key]?.reference ?? null;
  const known = values.filter((row) => row.area_type === 'wijk').map((row) => row.value);
  return {
    municipality,
    indicator: {
      key,
      label: indicator.label,
      explanation: indicator.explanation,
      unit: indicator.unit,
      direction: indicator.direction,
      family: indicator.family,
    },
    reference,
    referenceIs:
      municipalityValue !== undefined
        ? ('municipality' as const)
        : reference === null
          ? null
          : ('mean-of-wijken' as const),
    breaks: reference === null ? null : classBreaks(known, reference),
    wijken: wijken.map((wijk) => {
      const score = scored[wijk.code]!.indicators[key]!;
      return {
        code: wijk.code,
        name: wijk.name,
        value: score.value,
        count: score.count,
        smallCount: score.smallCount,
        index: score.index,
        class: score.class,
        assessment: score.assessment,
      };
    }),
  };
}

/**
 * Every indicator of the kompas with its family, quarter, theme, unit, direction and source, in display order: of the
 * CBS figures, those that some loaded file carries.
 */
export async function indicatorSummaries(db: Queryable, language: 'nl' | 'en') {
  const indicators = offeredIn(await repository.indicators(db, language), await repository.carriedFigures(db));
  return indicators.map((row) => ({
    key: row.key,
    family: row.family,
    quarter: row.quarter,
    quarterLabel: labelOf(QUARTERS, row.quarter, language),
    theme: row.theme,
    themeLabel: labelOf(THEMES, row.theme, language),
    label: row.label,
    explanation: row.explanation,
    unit: row.unit,
    direction: row.direction,
    source: row.source_title ? `${row.source_publisher}, ${row.source_title} (${row.source_year})` : null,
  }));
}

/** The themes the kompas's indicators belong to. */
export async function kompasThemes(db: Queryable): Promise<Set<string>> {
  return new Set((await repository.indicators(db, 'nl')).map((indicator) => indicator.theme));
}
