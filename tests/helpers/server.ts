import { buildTestApp } from './app.ts';

/** The app listening on a free loopback port, serving the built web app, for browser tests. */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = await buildTestApp();
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, close: () => app.close() };
}
