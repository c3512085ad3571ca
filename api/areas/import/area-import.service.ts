import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { Queryable } from '../../shared/db.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { AreaFileError, type AreaFile, type AreaFileProblem } from './area-file.ts';
import { areaImportRepository as repository } from './area-import.repository.ts';
import type { AreaImportResult, AreaReferences, DataSource, LoadedMunicipality, Moves } from './area-import.schemas.ts';
import { KEY_FIGURES, keyFigureOfField } from './key-figures.ts';

export type { AreaImportResult };

export interface AreaImportOptions {
  /** Where the polygons and figures come from; figures are of `source.year`. */
  source: DataSource;
  /** Work out everything, write nothing. */
  dryRun?: boolean;
  /**
   * Areas already loaded keep their name and polygon, and those the file lacks stay current: only new areas, the
   * figures, and retired areas the file has again are written.
   */
  keepLoaded?: boolean;
}

/** Rolls the dry run's transaction back while carrying its result out. */
class DryRun extends Error {
  constructor(readonly result: AreaImportResult) {
    super('dry run');
  }
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Loads the municipalities, wijken and buurten of an area file (and the key figures it carries) as one transaction:
 * a problem anywhere changes nothing, and the same file twice writes nothing the second time. Everything placed by
 * location gets its buurt again from the new polygons. The preview says what it does (or, dry, would do).
 */
export async function importAreas(pool: Pool, file: AreaFile, options: AreaImportOptions): Promise<AreaImportResult> {
  try {
    return await inTransaction(pool, async (client) => {
      const result = await loadAreas(client, file, options);
      // A dry run rolls back what it did to learn what it would do.
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

/**
 * The import's work inside the caller's transaction (the seed loads its three files in one): throws AreaFileError
 * for a file it refuses, after which the caller must roll back.
 */
export async function loadAreas(
  client: Queryable,
  file: AreaFile,
  options: AreaImportOptions,
): Promise<AreaImportResult> {
  const located = file.areas.filter((area) => area.level !== 'municipality');
  await repository.stage(client, located);

  const problems: AreaFileProblem[] = [];
  const staged = await repository.stagedProblems(client);
  for (const row of staged) {
    const where = `${file.name} › feature ${row.feature} (${row.code})`;
    if (row.empty) {
      problems.push({ where: `${where} › geometry`, rule: 'polygon', message: 'has no area left once repaired' });
    }
    if (row.without_wijk) {
      problems.push({
        where,
        rule: 'wijk',
        message: `lies in wijk ${row.wijk_code}, which is neither in the file nor loaded`,
      });
    }
  }

  // Municipalities: named by their own features, or by the gemeentenaam of their areas, or as loaded.
  const codes = [...new Set(file.areas.map((area) => area.municipalityCode))].sort();
  const loaded = new Map(
    (await repository.loadedMunicipalities(client, codes)).map((row) => [row.code, row.name] as const),
  );
  const municipalities = codes.flatMap((code) => {
    const own = file.areas.find((area) => area.level === 'municipality' && area.code === code);
    const name =
      own?.name ??
      file.areas.find((area) => area.municipalityCode === code && area.municipalityName)?.municipalityName ??
      loaded.get(code);
    if (!name) {
      problems.push({
        where: `${file.name} › ${code}`,
        rule: 'name',
        message: 'names no gemeentenaam for this municipality, and it is not loaded yet',
      });
      return [];
    }
    const previous = loaded.get(code);
    return [
      {
        code,
        name,
        new: previous === undefined,
        renamed: previous !== undefined && previous !== name ? previous : null,
      },
    ];
  });
  if (problems.length > 0) throw new AreaFileError(problems);

  const levels = await repository.preview(client);
  const missing = levels.flatMap((level) => level.missing.map((area) => ({ level: level.level, code: area.code })));
  const stillReferred = (await repository.references(client, missing)).filter(isReferred);

  await repository.upsertDataSources(client, [options.source]);
  const municipalityChanges = await repository.upsertMunicipalities(
    client,
    municipalities.map(({ code, name }) => ({ code, name, source_hash: hashOf({ code, name }) })),
  );
  const keepLoaded = options.keepLoaded ?? false;
  const wijken = await repository.upsertWijken(client, options.source.key, keepLoaded);
  const buurten = await repository.upsertBuurten(client, options.source.key, keepLoaded);
  const keyFigures = await repository.upsertKeyFigures(client, options.source.year, options.source.key);
  // Before the outlines and the move: a retired wijk is no part of its municipality's outline, and nothing is placed
  // in an area this file retires.
  const { retired, restored } = await repository.retireAndRestore(
    client,
    options.source.key,
    keepLoaded ? [] : missing,
  );
  if (wijken.inserted + wijken.updated + retired.wijken + restored.wijken + municipalityChanges.inserted > 0) {
    await repository.updateMunicipalityOutlines(client);
  }
  const moves: Moves = levels.some((level) => level.level === 'buurt')
    ? await repository.moveLocated(client)
    : { homes: 0, organisations: 0, assets: 0, observations: 0 };

  const result: AreaImportResult = {
    file: file.name,
    source: options.source,
    municipalities,
    levels,
    figures: file.figureFields.map((field) => {
      const figure = keyFigureOfField(field)!;
      return { field, figure, indicators: [...KEY_FIGURES[figure].feeds] };
    }),
    repaired: staged
      .filter((row) => row.repaired)
      .map((row) => ({ place: located[row.feature - 1]!.place, code: row.code })),
    moves,
    stillReferred,
    retiresMissing: !keepLoaded,
    written: !options.dryRun,
    changes: options.dryRun
      ? null
      : { municipalities: municipalityChanges, wijken, buurten, keyFigures, retired, restored },
  };
  if (options.dryRun) throw new DryRun(result);
  return result;
}

const isReferred = (row: AreaReferences) =>
  row.agendas + row.surveyRounds + row.surveyAnswers + row.connectorGrants > 0;

/**
 * The loaded municipalities for the administrator: per level how many areas are current and how many retired, the
 * years of their key figures, their sources, and each retired area with what still refers to it.
 */
export async function loadedAreas(db: Queryable): Promise<LoadedMunicipality[]> {
  const [municipalities, retired] = await Promise.all([repository.loaded(db), repository.retired(db)]);
  const references = new Map(
    (await repository.references(db, retired)).map((row) => [`${row.level} ${row.code}`, row] as const),
  );
  return municipalities.map((municipality) => ({
    ...municipality,
    retired: retired
      .filter((area) => area.municipalityCode === municipality.code)
      .map((area) => ({
        ...references.get(`${area.level} ${area.code}`)!,
        name: area.name,
        retiredAt: area.retiredAt,
        retiredBy: area.retiredBy,
      })),
  }));
}

/** CBS's wijk- en buurtkaart of `year` as a data source: the default for an imported file. */
export const cbsSource = (year: number): DataSource => ({
  key: `cbs-wijken-buurten-${year}`,
  title: `Wijk- en buurtkaart ${year}, kerncijfers`,
  publisher: 'CBS/Kadaster',
  year,
  licence: 'CC BY 4.0',
  attribution: 'CBS/Kadaster',
  url: 'https://www.pdok.nl',
});

/** A file's source as given (the CLI's options, the admin form's fields): CBS/Kadaster of `year` unless named. */
export function importSource(
  year: number,
  given: { key?: string; title?: string; publisher?: string; licence?: string; attribution?: string; url?: string },
): DataSource {
  const cbs = cbsSource(year);
  return {
    key: given.key ?? cbs.key,
    title: given.title ?? cbs.title,
    publisher: given.publisher ?? cbs.publisher,
    year,
    licence: given.licence ?? cbs.licence,
    attribution: given.attribution ?? given.publisher ?? cbs.attribution,
    url: given.url ?? (given.publisher ? null : cbs.url),
  };
}

/** The year a file's name gives ("wijkenbuurten_2024_v1.gpkg"), if it names one. */
export function yearInFileName(name: string): number | null {
  const match = /(?:^|[^0-9])(19[5-9][0-9]|20[0-9]{2})(?:[^0-9]|$)/.exec(name.split(/[\\/]/).pop() ?? name);
  return match ? Number(match[1]) : null;
}
