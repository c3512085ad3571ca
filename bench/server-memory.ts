// The server process a benchmark started, and its memory.
import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size now and at its highest (kB), from /proc; null when the process is gone. */
export function memoryOf(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** The server process started by this process (tests/helpers/server-process.ts runs `node … api/server.ts`). */
export function serverPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('api/server.ts')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('no server process started by this benchmark');
}
