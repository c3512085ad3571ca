import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CELL_SIZE_M,
  COUNTED_ACCOUNT_MIN_AGE_DAYS,
  DISTANCE_BANDS_M,
  K_ANONYMITY,
  STALE_AFTER_MONTHS,
  databasePolicy,
} from '../../api/shared/policy.ts';
import { RESULT_THRESHOLDS } from '../../api/shared/survey-disclosure.ts';
import { residentBand } from '../../api/suggestions/explanations.ts';
import { BAND_SCORE_M } from '../../api/suggestions/rules.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import { addItem, offset, setHome, settle } from '../helpers/assets.ts';

const root = join(import.meta.dirname, '../..');

function filesUnder(folder: string, extensions: string[]): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => join(folder, name));
}

/** The code of a line: SQL without its `--` comment, TypeScript without comment lines. */
function codeOf(file: string, line: string): string {
  if (file.endsWith('.sql')) return line.split('--')[0]!;
  return /^\s*(\/\/|\*|\/\*)/.test(line) ? '' : line;
}

/** A policy value written out again instead of taken from api/shared/policy.ts (or a policy function in SQL). */
const COPIES: { rule: string; pattern: RegExp }[] = [
  { rule: 'k', pattern: /(>=|>|<=|<)\s*[45]\b|\bk\s*[:=]\s*5\b/i },
  { rule: 'counted accounts', pattern: /interval\s+'7\s+days?'|days\s*=>\s*7\b|7\s*\*\s*24\s*\*\s*3600/i },
  { rule: 'cell size', pattern: /\b250\b/ },
  { rule: 'staleness', pattern: /interval\s+'(12\s+months?|1\s+years?)'|months\s*=>\s*12\b|years\s*=>\s*1\b/i },
  { rule: 'distance bands', pattern: /\b500\s*,\s*1000\b/ },
];

/** The same numbers meaning something else, each with its reason. */
const NOT_POLICY: { file: string; line: string; why: string }[] = [
  { file: 'api/follows/sql/due-digests.sql', line: "interval '7 days'", why: 'the digest is weekly' },
  {
    file: 'api/auth/auth.service.ts',
    line: 'VERIFY_LINK_SECONDS = 7 * 24 * 3600',
    why: 'how long a confirmation link works',
  },
  {
    file: 'api/suggestions/rules.ts',
    line: 'MIN_RADIUS_M = 250',
    why: 'the smallest "nearby" a suggestion request may ask for',
  },
  {
    file: 'db/functions/indicator-views.sql',
    line: "n.created_at > now() - interval '12 months'",
    why: 'the kompas counts the introductions of the last year: its period, not staleness',
  },
];

describe('the privacy and freshness policy is written once', () => {
  it('no SQL in api/ or db/functions and no TypeScript in api/ repeats k, the counted-account age, the cell size, the staleness or the bands', () => {
    const files = [...filesUnder('api', ['.sql', '.ts']), ...filesUnder('db/functions', ['.sql'])].filter(
      (file) => file !== join('api', 'shared', 'policy.ts'),
    );
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          const code = codeOf(file, line);
          for (const { rule, pattern } of COPIES) {
            if (!pattern.test(code)) continue;
            if (NOT_POLICY.some((known) => file === known.file && code.includes(known.line))) continue;
            found.push(`${file}:${index + 1} (${rule}): ${line.trim()}`);
          }
        });
    }
    expect(found, 'take these from api/shared/policy.ts (SQL: as a $n parameter, or a policy function)').toEqual([]);
  });

  it('the survey hides a result below k, and the database is given the same values', () => {
    expect(RESULT_THRESHOLDS.hidden).toBe(K_ANONYMITY);
    expect(databasePolicy).toEqual({
      kAnonymity: K_ANONYMITY,
      countedAccountMinAgeDays: COUNTED_ACCOUNT_MIN_AGE_DAYS,
      cellSizeM: CELL_SIZE_M,
      staleAfterMonths: STALE_AFTER_MONTHS,
    });
  });

  it('a resident is placed in the distance bands only, and scored by the middle of their band', () => {
    DISTANCE_BANDS_M.forEach((limit, index) => {
      expect(residentBand(limit - 1, false)).toBe(`<${limit}`);
      expect(BAND_SCORE_M[`<${limit}`]).toBe((limit + (DISTANCE_BANDS_M[index - 1] ?? 0)) / 2);
    });
    expect(residentBand(DISTANCE_BANDS_M[0], false)).toBe(`<${DISTANCE_BANDS_M[1]}`);
  });
});

describe('the policy as the API applies it', () => {
  const app = useTestApp();
  let anonymous: TestClient;

  beforeAll(async () => {
    anonymous = new TestClient(app, { ip: '10.41.0.1' });
  });

  /**
   * A buurt where no one lives yet (the last by code, away from the tests that name theirs) and the centre of a cell
   * that lies well inside it.
   */
  async function emptyBuurt(): Promise<{ code: string; centre: { lng: number; lat: number } }> {
    const { rows } = await app.pg.query<{ code: string; lng: number; lat: number }>(
      `WITH cells AS (
         SELECT b.code, b.geom, ST_Transform(ST_SetSRID(ST_MakePoint((floor(ST_X(rd) / $1) + 0.5) * $1, (floor(ST_Y(rd) / $1) + 0.5) * $1), 28992), 4326) AS centre
         FROM buurten b CROSS JOIN LATERAL ST_Transform(ST_PointOnSurface(b.geom), 28992) AS rd
       )
       SELECT c.code, ST_X(c.centre) AS lng, ST_Y(c.centre) AS lat FROM cells c
       WHERE ST_Contains(c.geom, c.centre) AND ST_Distance(ST_Boundary(c.geom)::geography, c.centre::geography) > 60
         AND NOT EXISTS (SELECT 1 FROM users u WHERE u.home_buurt_code = c.code)
         AND NOT EXISTS (SELECT 1 FROM assets a WHERE a.buurt_code = c.code)
       ORDER BY c.code DESC LIMIT 1`,
      [CELL_SIZE_M],
    );
    const { code, lng, lat } = rows[0]!;
    return { code, centre: { lng, lat } };
  }

  async function peopleOn(buurtCode: string) {
    const response = await anonymous.get(`/api/map?buurt=${buurtCode}&types=people`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      features: { properties: { layer: string; people: number | null; fewerThan?: number } }[];
      privacy: { k: number; cellSizeMetres: number };
    };
    return { privacy: body.privacy, groups: body.features.map((feature) => feature.properties) };
  }

  it('the map reports k and the cell size of the policy, and shows a cell from k counted residents on, not one less', async () => {
    const { code: buurtCode, centre } = await emptyBuurt();
    const residents: TestAccount[] = [];
    for (let index = 0; index < K_ANONYMITY; index++) {
      const account = await signUpAndLogIn(app, { displayName: `Beleid ${index}` });
      await setHome(account, offset(centre, (index - 2) * 12, (index % 2) * 12));
      await addItem(account, {
        type: 'inventory',
        kind: 'skill',
        title: 'Fietsen maken',
        tags: ['gardening'],
        visibility: 'public',
      });
      residents.push(account);
    }
    const [newest, ...others] = residents as [TestAccount, ...TestAccount[]];
    await settle(app, ...others);
    // The k-th resident signed up a day short of counting.
    await app.pg.query(
      `UPDATE users SET email_verified_at = now(), created_at = now() - make_interval(days => $2 - 1) WHERE id = $1`,
      [newest.id, COUNTED_ACCOUNT_MIN_AGE_DAYS],
    );

    const before = await peopleOn(buurtCode);
    expect(before.privacy).toMatchObject({ k: K_ANONYMITY, cellSizeMetres: CELL_SIZE_M });
    expect(before.groups.filter((group) => group.layer === 'people-cell')).toEqual([]);
    expect(before.groups).toContainEqual(
      expect.objectContaining({ layer: 'people-buurt', people: null, fewerThan: K_ANONYMITY }),
    );

    // A day past the age, the account counts: k residents make the cell.
    await app.pg.query(`UPDATE users SET created_at = now() - make_interval(days => $2 + 1) WHERE id = $1`, [
      newest.id,
      COUNTED_ACCOUNT_MIN_AGE_DAYS,
    ]);
    const after = await peopleOn(buurtCode);
    expect(after.groups).toContainEqual(expect.objectContaining({ layer: 'people-cell', people: K_ANONYMITY }));
  }, 60_000);

  it('an item or organisation is still active until STALE_AFTER_MONTHS after its last confirmation, not a day longer', async () => {
    const owner = await signUpAndLogIn(app, { displayName: 'Beleid eigenaar' });
    const organisation = (
      await owner.client.post('/api/organisations', { name: 'Beleidsclub', kind: 'association' })
    ).json() as { id: string };
    const item = await addItem(owner, {
      type: 'inventory',
      kind: 'skill',
      title: 'Koken',
      tags: ['gardening'],
      visibility: 'public',
    });
    const confirmed = async (days: number) => {
      await app.pg.query(
        `UPDATE assets SET last_confirmed_at = now() - make_interval(months => $2) + make_interval(days => $3) WHERE id = $1`,
        [item.id, STALE_AFTER_MONTHS, days],
      );
      await app.pg.query(
        `UPDATE organisations SET last_confirmed_at = now() - make_interval(months => $2) + make_interval(days => $3) WHERE id = $1`,
        [organisation.id, STALE_AFTER_MONTHS, days],
      );
      const asset = (await owner.client.get(`/api/assets/${item.id}`)).json() as { stillActive: boolean };
      const organisationNow = (await owner.client.get(`/api/organisations/${organisation.id}`)).json() as {
        stillActive: boolean;
      };
      return [asset.stillActive, organisationNow.stillActive];
    };
    expect(await confirmed(1)).toEqual([true, true]);
    expect(await confirmed(-1)).toEqual([false, false]);
  });
});
