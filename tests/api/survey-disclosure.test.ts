import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { findDerivableHiddenCells, type AuditCell } from '../helpers/survey-audit.ts';

// Secondary suppression of survey results: no hidden buurt's answers follow from the shown figures by subtraction.
// The file takes ~16 s on a 2-core machine under load (the 60 random rounds ~9 s), after the database has started.

const GRADES = ['physical', 'social', 'nuisance', 'safety', 'overall'] as const;
const day = 24 * 3600 * 1000;
const inAWeek = () => new Date(Date.now() + 7 * day).toISOString();
const app = useTestApp();
let admin: TestAccount;
/** Wijken (with at least three buurten each) that no other test asks in a round. */
let wijken: { code: string; buurten: string[] }[];
let residents: string[];
const rounds: string[] = [];
const agendas: string[] = [];

type Row = {
  areaType: 'buurt' | 'wijk';
  areaCode: string;
  reliability: string;
  responses: number | null;
  grades: Record<(typeof GRADES)[number], number> | null;
  trend: Record<'better' | 'same' | 'worse', number> | null;
  comments: string[];
  change: unknown;
};
type Results = { round: { responses: number | null }; results: Row[] };

beforeAll(async () => {
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  const { rows } = await app.pg.query<{ code: string; buurten: string[] }>(
    `SELECT wijk_code AS code, (array_agg(code ORDER BY code))[1:3] AS buurten FROM buurten
     WHERE municipality_code = 'GM0855' GROUP BY wijk_code HAVING count(*) >= 3 ORDER BY wijk_code DESC LIMIT 3`,
  );
  wijken = rows;
  // Residents who only ever answer: 3 wijken × 3 buurten × 8 answers at most per round.
  residents = (
    await app.pg.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name) SELECT 'peiling-' || gen_random_uuid() || '@example.org', 'x', 'Bewoner'
       FROM generate_series(1, 72) RETURNING id`,
    )
  ).rows.map((row) => row.id);
}, 60_000);

afterAll(async () => {
  await app.pg.query('DELETE FROM agendas WHERE id = ANY ($1::uuid[])', [agendas]);
  await app.pg.query('DELETE FROM survey_rounds WHERE id = ANY ($1::uuid[])', [rounds]);
  await app.pg.query('DELETE FROM users WHERE id = ANY ($1::uuid[])', [residents]);
});

interface Answer {
  grades: number[];
  trend: 'better' | 'same' | 'worse';
  /** true: a comment of its own. */
  comment: string | boolean;
}

/** A municipality-wide round with these answers per buurt (wijk → buurt → answers), as the real routes publish it. */
async function publish(answers: Answer[][][]) {
  const created = await admin.client.post('/api/survey-rounds', {
    areaType: 'municipality',
    areaCode: 'GM0855',
    title: 'Peiling',
    closesAt: inAWeek(),
  });
  expect(created.statusCode, created.body).toBe(201);
  const round = created.json().id as string;
  rounds.push(round);
  const flat = answers
    .flatMap((buurten, w) =>
      buurten.flatMap((list, b) => list.map((answer) => ({ ...answer, buurt: wijken[w]!.buurten[b]! }))),
    )
    .map((answer, i) => ({
      ...answer,
      comment: answer.comment === true ? `opmerking ${round} ${i}.` : answer.comment || '',
    }));
  await app.pg.query(
    `INSERT INTO survey_answers (round_id, user_id, buurt_code, physical, social, nuisance, safety, overall, trend, comment)
     SELECT $1, u, b, g[1], g[2], g[3], g[4], g[5], t, c
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x (u, b, gs, t, c), LATERAL (SELECT gs::int[] AS g) y`,
    [
      round,
      residents.slice(0, flat.length),
      flat.map((a) => a.buurt),
      flat.map((a) => `{${a.grades.join(',')}}`),
      flat.map((a) => a.trend),
      flat.map((a) => a.comment),
    ],
  );
  const results = (await app.inject({ method: 'GET', url: `/api/survey-rounds/${round}/results` })).json() as Results;
  const listed = (
    (await app.inject({ method: 'GET', url: '/api/survey-rounds' })).json() as {
      id: string;
      responses: number | null;
    }[]
  ).find((r) => r.id === round)!;
  const kompas = (await app.inject({ method: 'GET', url: '/api/indicators/grade-overall/wijken' })).json() as {
    reference: number | null;
    referenceIs: string | null;
    wijken: { code: string; value: number | null }[];
  };
  return { round, flat, results, listed, kompas };
}

/** Every cell of the round (municipality, wijken, buurten with answers) with what the routes published of it. */
function auditCells({ flat, results, listed, kompas }: Awaited<ReturnType<typeof publish>>): AuditCell[] {
  const rowOf = new Map(results.results.map((row) => [`${row.areaType}:${row.areaCode}`, row]));
  const kompasOf = new Map(kompas.wijken.map((wijk) => [wijk.code, wijk.value]));
  const rootCount = results.round.responses ?? listed.responses;
  const rootMean = kompas.referenceIs === 'municipality' ? kompas.reference : null;
  const cells: AuditCell[] = [
    {
      key: 'municipality',
      parent: null,
      hidden: rootCount === null,
      published: {
        responses: rootCount,
        overall: rootCount !== null && rootMean !== null ? rootCount * rootMean : null,
        better: null,
        worse: null,
        physical: null,
        social: null,
        nuisance: null,
        safety: null,
      },
    },
  ];
  const wijkCodes = [...new Set(flat.map((a) => wijken.find((w) => w.buurten.includes(a.buurt))!.code))];
  const buurtCodes = [...new Set(flat.map((a) => a.buurt))];
  for (const [key, parent] of [
    ...wijkCodes.map((code) => [`wijk:${code}`, 'municipality'] as const),
    ...buurtCodes.map(
      (code) => [`buurt:${code}`, `wijk:${wijken.find((w) => w.buurten.includes(code))!.code}`] as const,
    ),
  ]) {
    const row = rowOf.get(key);
    const count = row?.responses ?? null;
    const mean = (grade: (typeof GRADES)[number]) =>
      row?.grades?.[grade] ??
      (grade === 'overall' && key.startsWith('wijk:') ? (kompasOf.get(key.slice(5)) ?? null) : null);
    const published: Record<string, number | null> = { responses: count };
    for (const grade of GRADES) published[grade] = count !== null && mean(grade) !== null ? count * mean(grade)! : null;
    published.better = count !== null && row?.trend ? row.trend.better : null;
    published.worse = count !== null && row?.trend ? row.trend.worse : null;
    const hidden = row === undefined || row.reliability === 'hidden';
    // A mean shown for a hidden cell (in the kompas, or as a change since the round before) leaks it outright.
    if (hidden && (mean('overall') !== null || row?.change)) published.overall = mean('overall') ?? 0;
    cells.push({ key, parent, hidden, published });
  }
  return cells;
}

const MEASURES = ['responses', ...GRADES, 'better', 'worse'];

describe('secondary suppression of survey results', () => {
  it('keeps a lone answer in a buurt from being recovered as its wijk minus the neighbouring buurt', async () => {
    const [wijk] = wijken;
    const lone = { grades: [2, 3, 1, 2, 1], trend: 'worse' as const, comment: 'Alleen ik woon hier nog' };
    const five = Array.from({ length: 5 }, () => ({ grades: [8, 8, 8, 8, 8], trend: 'same' as const, comment: '' }));
    const published = await publish([[[lone], five]]);
    const rows = published.results.results;
    const wijkRow = rows.find((row) => row.areaCode === wijk!.code)!;
    const neighbour = rows.find((row) => row.areaCode === wijk!.buurten[1])!;
    const subtracted =
      wijkRow.grades && neighbour.grades
        ? wijkRow.responses! * wijkRow.grades.overall - neighbour.responses! * neighbour.grades.overall
        : null;
    expect(subtracted === null ? null : Math.round(subtracted)).not.toBe(1);
    expect([wijkRow.reliability, neighbour.reliability]).toContain('hidden');
    expect(JSON.stringify(published.results)).not.toContain(lone.comment);
    expect(findDerivableHiddenCells(auditCells(published), MEASURES)).toEqual([]);

    // An agenda's survey evidence shows its area as the results do: the neighbour hidden, the wijk shown.
    const evidenceFor = async (areaType: 'buurt' | 'wijk', areaCode: string) => {
      const created = await admin.client.post('/api/agendas', { areaType, areaCode, year: 2045 });
      expect(created.statusCode, created.body).toBe(201);
      agendas.push(created.json().id);
      const added = await admin.client.post(`/api/agendas/${created.json().id}/evidence`, {
        kind: 'survey',
        ref: published.round,
      });
      expect(added.statusCode, added.body).toBe(201);
      return (
        (await admin.client.get(`/api/agendas/${created.json().id}`)).json() as {
          stories: { kind: string; detail: string }[];
        }
      ).stories.find((story) => story.kind === 'survey')!.detail;
    };
    expect(await evidenceFor('buurt', wijk!.buurten[1]!)).toBe('te weinig antwoorden om te tonen');
    expect(await evidenceFor('wijk', wijk!.code)).toMatch(/^6 antwoorden, rapportcijfer 6,8 \(indicatief\)$/);
  });

  it('publishes no figure from which a hidden buurt’s count, grades or trend follow by subtraction (60 random rounds)', async () => {
    const answer = fc.record({
      grades: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 5, maxLength: 5 }),
      trend: fc.constantFrom('better' as const, 'same' as const, 'worse' as const),
      comment: fc.boolean(),
    });
    const round = fc.array(fc.array(fc.array(answer, { maxLength: 8 }), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(round, async (answers) => {
        const published = await publish(answers);
        expect(findDerivableHiddenCells(auditCells(published), MEASURES)).toEqual([]);
        // Comments are shown only where their own buurt's results are.
        const shownBuurten = new Set(
          published.results.results
            .filter((row) => row.areaType === 'buurt' && row.reliability !== 'hidden')
            .map((row) => row.areaCode),
        );
        const body = JSON.stringify(published.results);
        for (const hiddenComment of published.flat.filter((a) => a.comment !== '' && !shownBuurten.has(a.buurt)))
          expect(body).not.toContain(hiddenComment.comment);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  }, 120_000);
});
