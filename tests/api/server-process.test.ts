import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's promise: with nothing configured, the server creates the embedded database, seeds Tilburg and
// listens; a second start reuses the data. This runs api/server.ts as a real process, as `npm start` does.
const dataDir = await mkdtemp(path.join(tmpdir(), 'krachtkaart-server-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

interface RunningServer {
  url: string;
  output: string;
  stop(): Promise<number | null>;
}

function startServer(): Promise<RunningServer> {
  const env = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let resolved = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (resolved) return;
      const match = /open (http:\/\/\S+)/.exec(output);
      if (!match) return;
      resolved = true;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        get output() {
          return output;
        },
        stop: () =>
          new Promise((done) => {
            child.once('exit', (code) => {
              if (code !== 0) console.error(output);
              done(code);
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

describe('the server process on the embedded database', () => {
  it('creates and seeds the database on first start, then reuses it on the next start', async () => {
    const first = await startServer();
    try {
      expect(first.output).toContain('Creating the embedded PostGIS database');
      expect(first.output).toContain('Seeding the Tilburg demo');
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'embedded' });
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServer();
    try {
      expect(second.output).toContain('Opening the embedded PostGIS database');
      expect(second.output).not.toContain('Seeding');
      const buurten = await (await fetch(`${second.url}/api/areas/buurten`)).json();
      expect(buurten.features).toHaveLength(251);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 180_000);
});
