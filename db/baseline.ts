import type pg from 'pg';

/**
 * The baseline migration, and the migrations it replaces: their files were removed, and the baseline builds the
 * schema they built. A database that ran every one of them is recorded as having run the baseline instead; one that
 * stopped part-way must first be brought up to date by the version of Krachtkaart that still had them.
 */
export const BASELINE = '1735084800000_baseline';

/** The last commit that holds the replaced migrations. */
export const LAST_COMMIT_WITH_REPLACED = '9d25a89fcf99df7eb2b34eee1321aa6b3bae4230';

export const REPLACED_BY_BASELINE: readonly string[] = [
  '1732752000000_geography',
  '1732838400000_accounts',
  '1732924800000_assets',
  '1733011200000_foreign-key-indexes',
  '1733097600000_map-people',
  '1733184000000_suggestions',
  '1733270400000_introductions',
  '1733356800000_organisation-item-index',
  '1733443200000_indicators',
  '1733529600000_asset-indicators',
  '1733616000000_surveys',
  '1733702400000_judgement-indicators',
  '1733788800000_observations',
  '1733961600000_buurt-indicators',
  '1734048000000_agendas',
  '1734134400000_report-links-deferred',
  '1734220800000_suggestion-engine',
  '1734310800000_asset-visible-to',
  '1734314400000_counted-residents',
  '1734336000000_survey-disclosure',
  '1734400000000_restorable-backups',
  '1734480000000_kompas-counts',
  '1734483600000_kompas-values-plan',
  '1734566400000_database-functions',
  '1734652800000_alphanumeric-area-codes',
  '1734739200000_retired-areas',
  '1734825600000_instance-settings',
  '1734912000000_key-figures-per-level',
  '1734998400000_retired-tags',
];

export class BaselineError extends Error {}

/**
 * Records the baseline in place of the migrations it replaces, where a database ran all of them, and returns whether
 * it did. Runs in the caller's transaction, which must hold the migration lock.
 */
export async function adoptBaseline(client: pg.ClientBase, migrationsTable: string): Promise<boolean> {
  const { rows: found } = await client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    migrationsTable,
  ]);
  if (!found[0]?.found) return false;
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${migrationsTable} ORDER BY run_on, id`);
  const ran = rows.map((row) => row.name);
  if (ran.length === 0 || ran.includes(BASELINE)) return false;
  const missing = REPLACED_BY_BASELINE.filter((name) => !ran.includes(name));
  if (missing.length > 0) {
    throw new BaselineError(
      `This database is at migration ${ran.at(-1)}, from before ${BASELINE}, and has not run ${missing.join(', ')}. ` +
        `Start it once with Krachtkaart at commit ${LAST_COMMIT_WITH_REPLACED} (git checkout ${LAST_COMMIT_WITH_REPLACED.slice(0, 12)}), ` +
        'which brings it up to date, then with this version.',
    );
  }
  await client.query(`DELETE FROM ${migrationsTable} WHERE name = ANY ($1::text[])`, [REPLACED_BY_BASELINE]);
  await client.query(`INSERT INTO ${migrationsTable} (name, run_on) VALUES ($1, now())`, [BASELINE]);
  return true;
}
