import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (glob) => path.join(root, glob);

const apiFeatures = readdirSync(fromRoot('api'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['shared', 'plugins'].includes(entry.name))
  .map((entry) => entry.name);

const LEAFLET = ['leaflet', 'leaflet/*', 'leaflet.*', 'react-leaflet', 'react-leaflet/*', '@react-leaflet/*'];

/*
 * The layers, one named rule each. Every restriction is its own rule (an alias of import-x/no-restricted-paths, which
 * compares resolved files, or of @typescript-eslint/no-restricted-imports, which compares package names and knows
 * `import type`), so that two restrictions on one file never override each other and a report names the layer.
 */
const layers = [
  {
    name: 'leaflet-only-in-map',
    kind: 'imports',
    files: ['web/**'],
    ignores: ['web/src/map/**'],
    options: {
      patterns: [
        {
          group: [...LEAFLET, '@types/leaflet*'],
          message:
            'Leaflet is [lat, lng] and imperative: keep it in web/src/map/ and give pages components from there.',
        },
      ],
    },
  },
  {
    name: 'turf-only-in-geo',
    kind: 'imports',
    files: ['web/**'],
    ignores: ['web/src/geo.ts'],
    options: {
      patterns: [
        {
          group: ['@turf/*'],
          message:
            'Geometry maths goes through web/src/geo.ts, so there is one place that knows turf and its [lng, lat].',
        },
      ],
    },
  },
  {
    name: 'web-imports-api-schemas-as-types',
    kind: 'imports',
    files: ['web/**'],
    options: {
      patterns: [
        {
          group: ['**/*.schemas.ts', '**/api/shared/schemas.ts'],
          allowTypeImports: true,
          message:
            'Use `import type`: the browser bundle needs the shapes of the API, not TypeBox and the server code.',
        },
      ],
    },
  },
  {
    name: 'web-reads-api-only-through-schemas',
    kind: 'paths',
    options: {
      zones: [
        {
          target: 'web',
          from: 'api/**',
          except: [
            fromRoot(
              'api/{**/*.schemas.ts,shared/schemas.ts,shared/policy.ts,shared/area-codes.ts,assets/asset-kinds.ts,suggestions/rules.ts,kompas/kompas-scoring.ts}',
            ),
          ],
          message:
            'The web takes types from *.schemas.ts and pure constants from the modules listed in eslint.config.js.',
        },
      ],
    },
  },
  {
    name: 'db-stands-alone',
    kind: 'paths',
    options: {
      zones: [
        {
          target: 'db',
          from: ['api', 'seed', 'web', 'cli'],
          message: 'db/ is the bottom layer: migrations and the database starter must run without the app.',
        },
      ],
    },
  },
  {
    name: 'api-stays-server',
    kind: 'paths',
    options: {
      zones: [
        {
          target: 'api',
          from: ['web', 'cli', 'bench', 'tests'],
          message: 'api/ is imported by the CLI, the tests and the benches, never the other way round.',
        },
      ],
    },
  },
  {
    name: 'api-seeds-only-through-database-plugin',
    kind: 'paths',
    ignores: ['api/plugins/database.ts'],
    options: {
      zones: [
        {
          target: 'api',
          from: 'seed',
          message: 'Only the database plugin seeds an empty embedded database; features must not depend on demo data.',
        },
      ],
    },
  },
  {
    name: 'routes-call-services',
    kind: 'paths',
    options: {
      zones: [
        {
          target: 'api/**/*.routes.ts',
          from: ['api/**/*.repository.ts', 'node_modules/pg/**'].map(fromRoot),
          message: 'Routes → service → repository: a route handler calls one service function and knows no SQL.',
        },
      ],
    },
  },
  {
    name: 'sql-only-in-repositories',
    kind: 'paths',
    ignores: ['api/**/*.repository.ts', 'api/shared/**', 'api/plugins/database.ts'],
    options: {
      zones: [
        {
          target: 'api',
          from: 'api/shared/sql.ts',
          message: 'The repository is the only door to the database: load .sql files in a *.repository.ts.',
        },
      ],
    },
  },
  {
    name: 'features-keep-to-themselves',
    kind: 'paths',
    options: {
      zones: apiFeatures.map((feature) => ({
        target: `api/${feature}`,
        from: ['api/*/**/*.repository.ts', 'api/*/**/*.routes.ts'].map(fromRoot),
        except: [fromRoot(`api/${feature}/**`)],
        message: "Use another feature's service or schemas; what two features share belongs in api/shared/.",
      })),
    },
  },
];

const baseRules = {
  imports: tseslint.plugin.rules['no-restricted-imports'],
  paths: importX.rules['no-restricted-paths'],
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'bench/results/', 'seed/data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'tests/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // The React Compiler's rules in the plugin's recommended set would triple the time of a lint run.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    plugins: {
      'import-x': importX,
      layers: { rules: Object.fromEntries(layers.map((layer) => [layer.name, baseRules[layer.kind]])) },
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
  },
  ...layers.map((layer) => ({
    files: layer.files ?? ['**/*.{ts,tsx,js}'],
    ignores: layer.ignores ?? [],
    rules: { [`layers/${layer.name}`]: ['error', layer.options] },
  })),
  prettier,
);
