// `npm run areas:import -- <file> [--gemeente GM0014 …] [--dry-run]`: loads the municipalities, wijken and buurten
// of a CBS wijk- en buurtkaart file (GeoPackage or GeoJSON) with the key figures it carries, in one transaction.
//   --gemeente GM0014   only this municipality's areas (repeat for more)
//   --dry-run           print what it would do; write nothing
//   --keep-loaded       areas already loaded keep their name and polygon (a file of figures for known areas)
//   --year 2024         the year of the figures (default: the year in the file's name)
//   --publisher, --title, --licence, --attribution, --url, --source-key: another source than CBS/Kadaster
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AreaFileError } from '../api/areas/import/area-file.ts';
import { importAreas, importSource, yearInFileName } from '../api/areas/import/area-import.service.ts';
import { readAreaFile } from '../api/areas/import/geopackage.ts';
import { loadConfig } from '../api/config.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { AREA_CODE_EXAMPLES, isAreaCode } from '../api/shared/area-codes.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const usage =
  'Usage: npm run areas:import -- <file.geojson> [--gemeente GM0014 …] [--dry-run] [--keep-loaded] [--year 2024]';
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gemeente: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    'keep-loaded': { type: 'boolean', default: false },
    year: { type: 'string' },
    publisher: { type: 'string' },
    title: { type: 'string' },
    licence: { type: 'string' },
    attribution: { type: 'string' },
    url: { type: 'string' },
    'source-key': { type: 'string' },
  },
});
const path = positionals[0];
if (!path || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
const year = args.year === undefined ? yearInFileName(path) : Number(args.year);
if (year === null || !Number.isInteger(year) || year < 1950 || year > 2100) {
  console.error(`${path}: the file's name names no year; give the year of its figures with --year (e.g. --year 2024)`);
  process.exit(2);
}
for (const code of args.gemeente) {
  if (!isAreaCode('municipality', code)) {
    console.error(
      `--gemeente ${code}: not a CBS municipality code (GM and 4 digits, e.g. ${AREA_CODE_EXAMPLES.municipality})`,
    );
    process.exit(2);
  }
}
const source = importSource(year, {
  key: args['source-key'],
  title: args.title,
  publisher: args.publisher,
  licence: args.licence,
  attribution: args.attribution,
  url: args.url,
});

let bytes: Uint8Array;
try {
  bytes = await readFile(path);
} catch (error) {
  console.error(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  process.exit(1);
}

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config, console.log);
const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
try {
  await migrate(database.connectionString, { policy: databasePolicy });
  const file = await readAreaFile(basename(path), bytes, args.gemeente);
  const result = await importAreas(pool, file, { source, dryRun: args['dry-run'], keepLoaded: args['keep-loaded'] });
  const list = (items: string[], most = 8) =>
    items.length === 0 ? '–' : items.slice(0, most).join(', ') + (items.length > most ? ` … (${items.length})` : '');
  console.log(
    `${result.file}: ${result.written ? 'imported' : 'dry run, nothing written'}; source ${source.publisher}, ${source.title}`,
  );
  for (const m of result.municipalities) {
    console.log(`  municipality ${m.code} ${m.name}${m.new ? ' (new)' : m.renamed ? ` (was ${m.renamed})` : ''}`);
  }
  for (const level of result.levels) {
    console.log(
      `  ${level.level === 'wijk' ? 'wijken' : 'buurten'}: ${level.count}, extent ${level.extent.join(', ')}`,
    );
    console.log(
      `    ${list(
        level.areas.map((area) => `${area.code} ${area.name}`),
        4,
      )}`,
    );
    console.log(`    new ${level.new.length}: ${list(level.new)}`);
    console.log(
      `    renamed ${level.renamed.length}: ${list(level.renamed.map((r) => `${r.code} ${r.from} → ${r.to}`))}`,
    );
    console.log(`    new polygon ${level.reshaped.length}: ${list(level.reshaped)}`);
    console.log(
      `    loaded but not in the file (${result.retiresMissing ? 'retired' : 'kept current'}) ${level.missing.length}: ${list(level.missing.map((a) => a.code))}`,
    );
    console.log(`    retired, in the file again ${level.restored.length}: ${list(level.restored.map((a) => a.code))}`);
  }
  console.log(
    `  key figures: ${result.figures.length === 0 ? 'none' : result.figures.map((f) => `${f.field} → ${f.indicators.join(', ') || f.figure}`).join('; ')}`,
  );
  if (result.repaired.length > 0) console.log(`  repaired polygons: ${list(result.repaired.map((r) => r.place))}`);
  const { homes, organisations, assets, observations } = result.moves;
  console.log(
    `  moved to another buurt: ${homes} homes, ${organisations} organisations, ${assets} assets, ${observations} observations`,
  );
  for (const row of result.stillReferred) {
    console.log(
      `  kept as history: ${row.code} (${row.agendas} agendas, ${row.surveyRounds} survey rounds, ${row.surveyAnswers} survey answers, ${row.connectorGrants} connector grants)`,
    );
  }
  if (result.changes) {
    const { retired, restored, ...tables } = result.changes;
    for (const [table, changes] of Object.entries(tables)) {
      console.log(`  ${table}: ${changes.inserted} inserted, ${changes.updated} updated`);
    }
    console.log(`  retired: ${retired.wijken} wijken, ${retired.buurten} buurten`);
    console.log(`  current again: ${restored.wijken} wijken, ${restored.buurten} buurten`);
  }
  console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof AreaFileError)) throw error;
  console.error(
    `Not imported (nothing changed):\n${error.problems.map((p) => `  ${p.where}: ${p.message} [${p.rule}]`).join('\n')}`,
  );
  process.exitCode = 1;
} finally {
  await pool.end();
  await database.close();
}
