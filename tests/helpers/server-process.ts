import { spawn } from 'node:child_process';

export interface ServerProcess {
  url: string;
  /** Milliseconds from spawning the process to its "Ready" line. */
  startMs: number;
  /** Everything the process printed so far. */
  readonly output: string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends SIGKILL, as `kill -9` does, and resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Runs api/server.ts as `npm start` does (without the web build), on a free port, and waits until it listens. */
export function startServerProcess(
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready ? null : /open (http:\/\/\S+)/.exec(output);
      if (!match) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        startMs: performance.now() - started,
        get output() {
          return output;
        },
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill('SIGTERM');
          }),
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`the server exited with ${code} before it was ready:\n${output}`));
    });
  });
}
