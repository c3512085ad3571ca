import nodemailer from 'nodemailer';

/** One message as the outbox worker hands it to the mail server. */
export interface Envelope {
  /** The outbox row's id: the Message-ID is made of it, so a copy sent twice is recognisable as one message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

/** Sends one message, or throws (see classifySendError for what the worker makes of an error). */
export interface MailTransport {
  /** The sender, as MAIL_FROM gives it. */
  readonly from: string;
  send(envelope: Envelope): Promise<void>;
  close(): void;
}

// Less than the worker's lease (outbox.worker.ts): a send that hangs fails before another process may take it over.
const CONNECTION_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;

/** The domain of a sender address (`Krachtkaart <noreply@example.org>` → `example.org`). */
function domainOf(from: string): string {
  const match = /@([^<>@\s]+)>?\s*$/.exec(from);
  if (!match) throw new Error(`no domain in the sender address ${from}`);
  return match[1]!;
}

/** `<outbox-id@domain>`: stable over attempts, so a receiver (and the benchmark) tells a re-sent copy by it. */
function messageIdOf(id: string, from: string): string {
  return `<${id}@${domainOf(from)}>`;
}

/**
 * Delivery through the mail server in `smtpUrl` (nodemailer reads smtp://user:pass@host:587 and smtps:// for implicit
 * TLS), over a small pool of at most `connections` connections that messages share.
 */
export function smtpTransport(smtpUrl: string, from: string, connections = 3): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    from,
    async send(envelope) {
      await transporter.sendMail({
        from,
        to: envelope.to,
        subject: envelope.subject,
        text: envelope.text,
        ...(envelope.html === null ? {} : { html: envelope.html }),
        headers: envelope.headers,
        messageId: messageIdOf(envelope.id, from),
      });
    },
    close: () => transporter.close(),
  };
}

/** What a failed send means for the message. */
export interface SendFailure {
  /** true: the mail server refused this message for good (5xx): trying again would only repeat that. */
  permanent: boolean;
  /** For the outbox's last_error: the server's answer, or what went wrong on the way. */
  error: string;
}

/**
 * A 5xx answer is permanent (RFC 5321 §4.2.1: do not repeat the same request); a 4xx answer, a refused, reset or
 * timed-out connection, or a TLS failure is temporary. A refused log-in (535) is a 5xx but the fault of the
 * configuration, not of the message: temporary, so the queue is sent once the password is put right.
 */
export function classifySendError(error: unknown): SendFailure {
  const details = error as { responseCode?: unknown; code?: unknown; response?: unknown; message?: unknown };
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : null;
  const code = typeof details.code === 'string' ? details.code : null;
  const text =
    typeof details.response === 'string' && details.response !== ''
      ? details.response
      : typeof details.message === 'string'
        ? details.message
        : String(error);
  const described = code !== null && !text.includes(code) ? `${code}: ${text}` : text;
  const permanent = responseCode !== null && responseCode >= 500 && code !== 'EAUTH';
  return { permanent, error: described.slice(0, 1000) };
}
