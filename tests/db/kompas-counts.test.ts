import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inRolledBackTransaction, testPool } from '../helpers/db.ts';

// The asset kompas reads counts that writes keep up to date (kompas_facts, kompas_counts): after every kind of write
// they must give exactly what counting the whole map gives. The writes run in one transaction that is rolled back.
// On a 2-core machine about 0.5–2 s on the embedded test database, 2–7 s on PostgreSQL holding the demo population.
const pool = testPool();
afterAll(() => pool.end());

// The asset kompas counted from the whole map on every request, as it was before the counts were kept.
const RECOUNT = readFileSync(new URL('./sql/asset-kompas-recount.sql', import.meta.url), 'utf8');

type Row = { area_type: string; area_code: string; indicator_key: string; value: string };
const key = (row: Row) => `${row.area_type} ${row.area_code} ${row.indicator_key}`;

describe('the asset kompas kept up to date by writes', () => {
  it('equals a recount of the whole map after adding, hiding, moving and removing talents, associations and places, and moving a tag to another domain', async () => {
    const mismatches: string[] = [];
    await inRolledBackTransaction(pool, async (db) => {
      const compare = async (step: string) => {
        const { rows } = await db.query<{ side: string } & Row>(
          `WITH kept AS (SELECT * FROM asset_indicator_values), recount AS (${RECOUNT})
           SELECT 'kept only' AS side, * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recount) k
           UNION ALL SELECT 'recount only', * FROM (SELECT * FROM recount EXCEPT SELECT * FROM kept) r`,
        );
        mismatches.push(...rows.map((row) => `${step}: ${row.side} ${key(row)} = ${row.value}`));
      };
      const valueOf = async (areaType: string, areaCode: string, indicator: string) =>
        (
          await db.query<Row>(
            'SELECT * FROM asset_indicator_values WHERE area_type = $1 AND area_code = $2 AND indicator_key = $3',
            [areaType, areaCode, indicator],
          )
        ).rows[0]?.value ?? null;
      await compare('seeded');
      // A wijk with inhabitants and two buurten, a new resident there, and a tag of a domain no one there has yet.
      const {
        rows: [target],
      } = await db.query<{ buurt: string; wijk: string; other_buurt: string; tag: string }>(`
        SELECT * FROM (
          SELECT b.code AS buurt, b.wijk_code AS wijk, o.code AS other_buurt,
                 (SELECT t.key FROM tags t WHERE NOT EXISTS (
                    SELECT 1 FROM assets a CROSS JOIN unnest(a.tags) AS x JOIN tags tt ON tt.key = x
                    WHERE a.wijk_code = b.wijk_code AND a.type = 'inventory' AND tt.domain_key = t.domain_key) ORDER BY t.key LIMIT 1) AS tag
          FROM buurten b JOIN buurten o ON o.wijk_code = b.wijk_code AND o.code > b.code
          JOIN wijk_key_figures f ON f.wijk_code = b.wijk_code AND f.year = 2024 AND f.inhabitants > 0) c
        WHERE c.tag IS NOT NULL ORDER BY c.buurt, c.other_buurt LIMIT 1`);
      const {
        rows: [user],
      } = await db.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, display_name, home_buurt_code) VALUES ('telling-' || gen_random_uuid() || '@example.org', 'x', 'Bewoner', $1) RETURNING id`,
        [target!.buurt],
      );
      const resident = user!.id;
      expect(target?.tag).toBeTruthy();
      const { buurt, wijk, other_buurt: otherBuurt, tag } = target!;

      const coverageBefore = await valueOf('wijk', wijk, 'skill-domain-coverage');
      const {
        rows: [talent],
      } = await db.query<{ id: string }>(
        `INSERT INTO assets (type, kind, title, tags, owner_user_id, visibility, buurt_code, wijk_code)
         VALUES ('inventory', 'skill', 'Fietsen repareren', ARRAY[$1, $1], $2, 'neighbours', $3, $4), ('inventory', 'knowledge', 'Belastingaangifte', ARRAY[$1], $2, 'public', $3, $4)
         RETURNING id`,
        [tag, resident, buurt, wijk],
      );
      await compare('two talents added');
      // Not vacuous: the wijk now covers one more domain.
      expect(Number(await valueOf('wijk', wijk, 'skill-domain-coverage'))).toBeGreaterThan(Number(coverageBefore ?? 0));
      // One resident with talents in two buurten of the wijk counts once in the wijk, in each buurt once.
      await db.query(`UPDATE assets SET buurt_code = $2 WHERE owner_user_id = $1 AND title = 'Belastingaangifte'`, [
        resident,
        otherBuurt,
      ]);
      await compare('a talent moved to the other buurt');
      await db.query(`UPDATE assets SET visibility = 'private' WHERE id = $1`, [talent!.id]);
      await compare('one talent made private');
      await db.query(`UPDATE assets SET visibility = 'private' WHERE owner_user_id = $1`, [resident]);
      await compare('both talents private');
      await db.query(`UPDATE assets SET visibility = 'public' WHERE owner_user_id = $1`, [resident]);
      await compare('both talents public again');
      const {
        rows: [domains],
      } = await db.query<{ domain_key: string; other: string }>(
        'SELECT t.domain_key, (SELECT min(d.key) FROM tag_domains d WHERE d.key <> t.domain_key) AS other FROM tags t WHERE t.key = $1',
        [tag],
      );
      await db.query('UPDATE tags SET domain_key = $2 WHERE key = $1', [tag, domains!.other]);
      await compare('a carried tag moved to another domain');
      await db.query('UPDATE tags SET domain_key = $2 WHERE key = $1', [tag, domains!.domain_key]);
      await compare('and back');
      await db.query(`DELETE FROM users WHERE id = $1`, [resident]);
      await compare('the resident and their talents removed');
      expect(await valueOf('wijk', wijk, 'skill-domain-coverage')).toBe(coverageBefore);

      const {
        rows: [association],
      } = await db.query<{ id: string }>(
        `INSERT INTO organisations (name, kind, buurt_code) VALUES ('Buurtvereniging Telling', 'association', $1) RETURNING id`,
        [buurt],
      );
      await db.query(
        `INSERT INTO assets (type, kind, title, geom, buurt_code, wijk_code)
         SELECT 'place', 'community-room', 'Buurthuis', ST_PointOnSurface(b.geom), b.code, b.wijk_code FROM buurten b WHERE b.code = $1`,
        [buurt],
      );
      await compare('an association and a meeting place added');
      await db.query(`UPDATE organisations SET kind = 'initiative' WHERE id = $1`, [association!.id]);
      await compare('the association became an initiative');
      await db.query(`UPDATE organisations SET kind = 'association', buurt_code = $2 WHERE id = $1`, [
        association!.id,
        otherBuurt,
      ]);
      await compare('an association moved');
      await db.query(`DELETE FROM organisations WHERE id = $1`, [association!.id]);
      await db.query(`DELETE FROM assets WHERE title = 'Buurthuis' AND buurt_code = $1`, [buurt]);
      await compare('association and meeting place removed');
    });
    expect(mismatches).toEqual([]);
  });
});
