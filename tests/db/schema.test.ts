import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { afterAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { describeSchema } from '../../db/schema.ts';

const client = new pg.Client({ connectionString: inject('databaseUrl') });
await client.connect();
afterAll(() => client.end());

describe('db/schema.sql', () => {
  it('is the schema the migrations and db/functions give (else run npm run db:schema and commit it)', async () => {
    const committed = readFileSync(new URL('../../db/schema.sql', import.meta.url), 'utf8');
    const actual = await describeSchema(client);
    if (actual !== committed) {
      const patch = createTwoFilesPatch(
        'db/schema.sql (committed)',
        `${inject('databaseKind')} database`,
        committed,
        actual,
      );
      expect.fail(`db/schema.sql is not the schema of the migrated database: run npm run db:schema.\n${patch}`);
    }
  });
});
