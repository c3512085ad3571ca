// `npm run seed`: loads (or refreshes) the Tilburg seed and, when it is not there yet, the synthetic demo population;
// running it twice changes nothing.
//   npm run seed -- --assets 1000000   a large city for benchmarks (--scale is the same), all in the same proportions
//   npm run seed -- --seed 7           another deterministic city
//   npm run seed -- --replace          remove the demo population and generate it anew
//   npm run seed -- --no-demo          the boundaries, figures and taxonomy only
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../api/config.ts';
import { databasePolicy } from '../api/shared/policy.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { demoOptionsFromEnvironment, seedDatabase } from '../seed/seed.ts';

const { values: args } = parseArgs({
  options: {
    assets: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    replace: { type: 'boolean', default: false },
    'no-demo': { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
  },
});

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(number) || number < 1) {
    console.error(`--${name} must be a whole number of at least 1, not "${value}"`);
    process.exit(1);
  }
  return number;
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
const fromEnvironment = demoOptionsFromEnvironment();
const demo =
  args['no-demo'] || fromEnvironment === false
    ? false
    : {
        ...fromEnvironment,
        seed: positiveInteger('seed', args.seed),
        assets: positiveInteger('assets', args.assets ?? args.scale),
        batchSize: positiveInteger('batch-size', args['batch-size']),
        replace: args.replace,
        log: (message: string) => console.log(`${elapsed()}  ${message}`),
      };

const config = loadConfig();
const database = await openDatabase(config, console.log);
const pool = new pg.Pool({ connectionString: database.connectionString, max: 1 });
try {
  await migrate(database.connectionString, { policy: databasePolicy, log: console.log });
  const { demo: generated, ...tables } = await seedDatabase(pool, { demo });
  for (const [table, changes] of Object.entries(tables)) {
    console.log(`${table}: ${changes.inserted} inserted, ${changes.updated} updated`);
  }
  if (generated) {
    const { assets } = generated;
    console.log(
      `demo population (seed ${generated.seed}): ${generated.residents} residents (${generated.residentsWithHome} with a home point), ` +
        `${generated.organisations} organisations, ${generated.memberships} memberships; ${assets.total} assets: ` +
        `${assets.inventory} inventory items, ${assets.organisationItems} organisation items, ${assets.places} places, ` +
        `${assets.things} things, ${assets.stories} stories`,
    );
    if (generated.connector) {
      const { connectorEmail, wijkCode, introductions } = generated.connector;
      console.log(`demo connector: ${connectorEmail} for wijk ${wijkCode}, with ${introductions} introductions made`);
    }
    console.log(
      `demo survey rounds: last year's and this year's, ${generated.surveyAnswers} answers; ${generated.observations} observations`,
    );
    if (generated.agenda) {
      const { wijkCode, items, pledges } = generated.agenda;
      console.log(`demo buurtagenda: wijk ${wijkCode}, published, ${items} items with ${pledges} pledges`);
    }
  } else if (demo) {
    console.log('demo population: already there, unchanged (--replace generates it anew)');
  }
  console.log(`done in ${elapsed().trim()}`);
} finally {
  await pool.end();
  await database.close();
}
