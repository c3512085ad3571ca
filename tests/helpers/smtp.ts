import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail server on loopback for tests and the mail benchmark: it keeps what it accepts, parsed. */
export interface TestSmtpServer {
  /** smtp://127.0.0.1:port, for smtpTransport. */
  url: string;
  /** What it accepted, in order. */
  messages: ParsedMail[];
  /** How many messages with each Message-ID it accepted. */
  countByMessageId(): Map<string, number>;
  /**
   * Answers the DATA of the next `count` messages to `to` with `code` (4xx: try later; 5xx: refused for good). By
   * recipient, as other suites' mail in the same database may be sent along.
   */
  refuse(to: string, code: number, count?: number): void;
  /** Never answers the DATA of the next message to `to`; resolves once that message has arrived. */
  stall(to: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts an in-process smtp-server on a free loopback port. Log-in is optional (any user and password), and no
 * STARTTLS: mail stays on loopback. `parse: false` keeps only the Message-ID (the benchmark's 10,000 mails).
 */
export async function startSmtpServer(options: { parse?: boolean } = {}): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const messageIds: string[] = [];
  const refusals = new Map<string, number[]>();
  const stalls = new Map<string, () => void>();
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    size: 10 * 1024 * 1024,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo[0]?.address ?? '';
      const arrived = stalls.get(to);
      if (arrived !== undefined) {
        stalls.delete(to);
        stream.resume();
        stream.on('end', arrived);
        return;
      }
      const refusal = refusals.get(to)?.shift();
      if (refusal !== undefined) {
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error(`${refusal} refused by the test server`), { responseCode: refusal })),
        );
        return;
      }
      if (options.parse === false) {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('latin1');
        });
        stream.on('end', () => {
          messageIds.push(/^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '');
          callback();
        });
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          messages.push(parsed);
          messageIds.push(parsed.messageId ?? '');
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    countByMessageId() {
      const counts = new Map<string, number>();
      for (const id of messageIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      return counts;
    },
    refuse(to, code, count = 1) {
      refusals.set(to, [...(refusals.get(to) ?? []), ...Array.from({ length: count }, () => code)]);
    },
    stall: (to) => new Promise<void>((resolve) => stalls.set(to, resolve)),
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
