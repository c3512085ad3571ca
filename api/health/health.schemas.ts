import { Type } from '@sinclair/typebox';

export const HealthSchema = Type.Object(
  {
    status: Type.Literal('ok'),
    database: Type.Union([Type.Literal('embedded'), Type.Literal('postgres')], {
      description: '`embedded`: PGlite in the app process; `postgres`: the server in DATABASE_URL',
    }),
    postgis: Type.String({ description: 'PostGIS library version, e.g. 3.6.2' }),
  },
  { $id: 'Health' },
);
