import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'development',
  }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DB_POOL_MAX: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  DATA_DIR: Type.String({ minLength: 1, default: './data/pglite' }),
  SEED_ON_START: Type.Boolean({ default: true }),
  WEB_DIST_DIR: Type.String({ minLength: 1, default: './dist/web' }),
  PUBLIC_URL: Type.Optional(
    Type.String({ pattern: '^https?://[^/]+$', description: 'e.g. https://krachtkaart.example.org' }),
  ),
  SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  // A geocoder that speaks PDOK Locatieserver's protocol, for address search: PDOK's own is
  // https://api.pdok.nl/bzk/locatieserver/search/v3_1. Unset: no address search, the map click remains.
  GEOCODER_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  // The mail server that sends the outbox: smtp://user:pass@host:587 (STARTTLS), smtps://… for implicit TLS (465).
  // Unset: mail waits in the outbox, where an administrator reads it.
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://[^\\s/?#]+(:\\d+)?/?(\\?[^\\s]*)?$' })),
  // The sender of every mail, `Name <address>` or an address: default `Krachtkaart <noreply@host of PUBLIC_URL>`.
  MAIL_FROM: Type.Optional(
    Type.String({ pattern: '^([^<>@]*<[^<>@\\s]+@[^<>@\\s]+>|[^<>@\\s]+@[^<>@\\s]+)$', maxLength: 200 }),
  ),
  // A CBS wijk- en buurtkaart GeoPackage of the whole country is some hundreds of MB; it is read in memory.
  AREA_IMPORT_MAX_MB: Type.Integer({ minimum: 1, maximum: 2048, default: 512 }),
});

export type Config = Static<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Reads the environment once at boot; fails fast naming the variable and the rule. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key];
    // An empty variable (`DATABASE_URL=` in a .env) means "not set", so defaults apply.
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, raw));
  const errors = [...Value.Errors(ConfigSchema, converted)];
  if (errors.length > 0) {
    const lines = errors.map((error) => `${error.path.slice(1) || '(config)'} ${error.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return converted as Config;
}

/** The sender of every mail: MAIL_FROM, or noreply at the host people open the app at. */
export function mailFromOf(config: Config): string {
  return config.MAIL_FROM ?? defaultMailFrom(publicUrlOf(config));
}

/** Without MAIL_FROM: noreply at the host of the address people open the app at. */
export function defaultMailFrom(publicUrl: string): string {
  return `Krachtkaart <noreply@${new URL(publicUrl).hostname}>`;
}

/** Where people open the app: PUBLIC_URL, or this machine's port for a local start. */
export function publicUrlOf(config: Config): string {
  return config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
}
