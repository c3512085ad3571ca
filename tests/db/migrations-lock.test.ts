import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const migrationsDir = new URL('../../db/migrations/', import.meta.url);
const lockFile = new URL('../../db/migrations.lock', import.meta.url);

function sha256(name: string): string {
  return createHash('sha256')
    .update(readFileSync(new URL(name, migrationsDir)))
    .digest('hex');
}

describe('db/migrations.lock', () => {
  it('names every migration with the sha256 of its file, in order: a landed migration is never edited', () => {
    const locked = readFileSync(lockFile, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    const files = readdirSync(migrationsDir)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    const actual = files.map((name) => `${sha256(name)}  ${name}`);
    const edited = locked.filter((line) => {
      const name = line.slice(66);
      return files.includes(name) && !actual.includes(line);
    });
    expect(edited, 'these landed migrations were edited: undo that, and write a new migration instead').toEqual([]);
    const message = 'db/migrations.lock lists each migration as `sha256  name`: add the missing lines at the end';
    expect(locked, message).toEqual(actual);
  });
});
