// `npm run bench:uploads`: the server process's memory while eight residents upload the largest photos at once.
// Figures only, never pass/fail. Starts the real server as a child (embedded database in a temporary DATA_DIR without
// the demo population, or the PostgreSQL server in DATABASE_URL) and, on a fresh server process each time, sends:
//   - 8 photos of high-entropy noise just under the upload size limit (they do not compress away),
//   - 8 photos at the pixel limit (small files that decode big),
//   - 8 decompression-bomb PNGs (a tiny file of huge dimensions), which must be refused,
//   - 8 files of random bytes just under the size limit, refused unread: what receiving the uploads alone costs.
// The child's resident set (VmRSS) is sampled every 10 ms from /proc; VmHWM is the kernel's own peak.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_MAX_BYTES, PHOTO_MAX_PIXELS } from '../api/observations/images.ts';
import { startServerProcess } from '../tests/helpers/server-process.ts';
import { HttpSession } from '../tests/helpers/http-session.ts';
import { memoryOf, serverPid } from './server-memory.ts';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 8);
// Inside buurt BU08551902 (Tilburg centre), [lng, lat].
const AT = { lng: 5.0856, lat: 51.5567 };
const MB = 1024 * 1024;

/** Gaussian noise as JPEG, the largest of a few sizes that still fits under the upload limit. */
async function noiseJpeg(): Promise<Buffer> {
  let best: Buffer | null = null;
  for (const width of [2400, 2800, 3000, 3200, 3300, 3400, 3500, 3600]) {
    const height = Math.round((width * 3) / 4);
    const image = await sharp({
      create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } },
    })
      .jpeg({ quality: 85 })
      .toBuffer();
    if (image.length > PHOTO_MAX_BYTES - 64 * 1024) break;
    best = image;
  }
  return best!;
}

/** A plain square at the pixel limit: a small file that decodes to the most pixels accepted. */
function maxPixels(format: 'jpeg' | 'png'): Promise<Buffer> {
  const side = Math.floor(Math.sqrt(PHOTO_MAX_PIXELS));
  return sharp({ create: { width: side, height: side, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .toFormat(format)
    .toBuffer();
}

/** A PNG of 16,000 × 16,000 pixels of one colour: about a hundred kilobytes that would decode to 768 MB. */
function bombPng(): Promise<Buffer> {
  return sharp({ create: { width: 16_000, height: 16_000, channels: 3, background: '#ffffff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

interface Outcome {
  statuses: Map<number, number>;
  seconds: number;
  peakRssMb: number;
  hwmMb: number;
  firstError: string;
}

async function burst(session: HttpSession, pid: number, image: Buffer, type: string): Promise<Outcome> {
  const before = memoryOf(pid)!;
  let peak = before.rssKb;
  const sampler = setInterval(() => {
    const now = memoryOf(pid);
    if (now) peak = Math.max(peak, now.rssKb);
  }, 10);
  const started = performance.now();
  const statuses = new Map<number, number>();
  let firstError = '';
  await Promise.all(
    Array.from({ length: UPLOADS }, async (_, i) => {
      const form = new FormData();
      form.set('kind', 'goes-well');
      form.set('body', `Foto ${i + 1} van het plein.`);
      form.set('lng', String(AT.lng));
      form.set('lat', String(AT.lat));
      form.set('photo', new Blob([new Uint8Array(image)], { type }), type === 'image/png' ? 'foto.png' : 'foto.jpg');
      const response = await session.request('POST', '/api/observations', form);
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status !== 201 && !firstError) firstError = text.slice(0, 200);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = memoryOf(pid)!;
  return { statuses, seconds, peakRssMb: Math.max(peak, after.rssKb) / 1024, hwmMb: after.hwmKb / 1024, firstError };
}

function show(label: string, image: Buffer, meta: Metadata, outcome: Outcome) {
  const statuses = [...outcome.statuses].map(([status, n]) => `${n}× ${status}`).join(', ');
  console.log(
    `  ${label.padEnd(44)} ${(image.length / MB).toFixed(2).padStart(5)} MB, ${meta.width ? `${meta.width}×${meta.height} (${((meta.width * meta.height!) / 1e6).toFixed(1)} MP)` : 'no image'}` +
      `  ${outcome.seconds.toFixed(1).padStart(5)} s  ${statuses}  peak RSS ${outcome.peakRssMb.toFixed(0)} MB  VmHWM ${outcome.hwmMb.toFixed(0)} MB`,
  );
  if (outcome.firstError) console.log(`    first refusal: ${outcome.firstError}`);
}

console.log(
  `Krachtkaart upload benchmark — Node ${process.version}, ${UPLOADS} uploads at once; limits: ${PHOTO_MAX_BYTES / MB} MB, ${PHOTO_MAX_PIXELS / 1e6} MP`,
);
console.log('  making the images…');
const images = {
  noise: await noiseJpeg(),
  pixelsJpeg: await maxPixels('jpeg'),
  pixelsPng: await maxPixels('png'),
  bomb: await bombPng(),
  // What receiving the uploads alone costs: refused from their first bytes, never decoded.
  notAnImage: randomBytes(PHOTO_MAX_BYTES - 64 * 1024),
};

const scenarios: [string, Buffer, string][] = [
  ['noise JPEG under the size limit', images.noise, 'image/jpeg'],
  ['JPEG at the pixel limit', images.pixelsJpeg, 'image/jpeg'],
  ['PNG at the pixel limit', images.pixelsPng, 'image/png'],
  ['PNG bomb (must be refused)', images.bomb, 'image/png'],
  ['random bytes under the size limit (refused)', images.notAnImage, 'image/jpeg'],
];
const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-bench-uploads-'));
try {
  const env = process.env.DATABASE_URL
    ? { SEED_DEMO: 'false' }
    : { DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: 'false' };
  console.log(
    `  ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded database'}; each burst on a freshly started server process; load average (1 min) ${loadavg()[0]!.toFixed(2)}`,
  );
  // A fresh process each time: the allocator keeps what a burst took, so an earlier burst would hide a later one's peak.
  for (const [label, image, type] of scenarios) {
    const server = await startServerProcess(env, 300_000);
    try {
      const pid = serverPid();
      const session = await HttpSession.logIn(
        server.url,
        {
          email: `uploads-${Date.now()}@example.org`,
          password: 'een lange zin als wachtwoord',
          displayName: 'Fotograaf',
        },
        true,
      );
      const idle = memoryOf(pid)!;
      const outcome = await burst(session, pid, image, type);
      show(
        label,
        image,
        await sharp(image, { limitInputPixels: false })
          .metadata()
          .catch(() => ({}) as Metadata),
        outcome,
      );
      console.log(
        `    idle before: RSS ${(idle.rssKb / 1024).toFixed(0)} MB; the burst added ${(outcome.peakRssMb - idle.rssKb / 1024).toFixed(0)} MB at its peak`,
      );
    } finally {
      await server.stop();
    }
  }
  console.log(`  load average (1 min) at the end ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
