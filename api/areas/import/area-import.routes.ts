import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { isAreaCode } from '../../shared/area-codes.ts';
import { errors } from '../../shared/errors.schemas.ts';
import { badRequest, badRequestWith } from '../../shared/http-error.ts';
import { multipartProblem } from '../../shared/multipart.ts';
import { route } from '../../shared/routes.ts';
import { findValueProblem } from '../../shared/validation.ts';
import { AreaFileError } from './area-file.ts';
import { AreaImportResultSchema, LoadedMunicipalitySchema } from './area-import.schemas.ts';
import {
  importAreas,
  importSource,
  loadedAreas,
  yearInFileName,
  type AreaImportOptions,
} from './area-import.service.ts';
import { readAreaFile } from './geopackage.ts';

/** A GeoPackage of the whole country is some hundreds of MB (AREA_IMPORT_MAX_MB sets it). */
export const DEFAULT_AREA_IMPORT_MAX_BYTES = 512 * 1024 * 1024;

const SOURCE_FIELDS = ['sourceKey', 'title', 'publisher', 'licence', 'attribution', 'url'] as const;
const FIELDS = ['dryRun', 'keepLoaded', 'year', 'gemeente', ...SOURCE_FIELDS];

interface ImportForm {
  name: string;
  bytes: Buffer;
  municipalities: string[];
  options: AreaImportOptions;
}

const flag = (fields: Map<string, string[]>, name: string, required: boolean): boolean => {
  const value = fields.get(name)?.[0];
  if (value === undefined && !required) return false;
  if (value !== 'true' && value !== 'false') throw badRequest(`body/${name}`, 'enum', 'must be true or false');
  return value === 'true';
};

/** Reads the multipart form (the file and its fields), naming the field and the rule for anything wrong. */
async function readForm(request: FastifyRequest, maxBytes: number): Promise<ImportForm> {
  const fields = new Map<string, string[]>();
  let file: { name: string; bytes: Buffer } | null = null;
  const megabytes = Math.round(maxBytes / 1024 / 1024);
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 1000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file')
          throw badRequest(`body/${part.fieldname}`, 'additionalProperties', 'is not a field of an area import');
        file = { name: part.filename || 'upload', bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        if (!FIELDS.includes(part.fieldname))
          throw badRequest(`body/${part.fieldname}`, 'additionalProperties', 'is not a field of an area import');
        fields.set(part.fieldname, [...(fields.get(part.fieldname) ?? []), part.value]);
      }
    }
  } catch (error) {
    throw multipartProblem(error, {
      fileField: 'file',
      maxSize: `must be at most ${megabytes} MB (the server's AREA_IMPORT_MAX_MB)`,
      tooManyFiles: badRequest('body/file', 'maxItems', 'must be one file'),
      tooManyFields: 'has more fields than an area import has',
    });
  }
  const problem = findValueProblem(Object.fromEntries(fields));
  if (problem) throw badRequest(`body${problem.path}`, problem.rule, problem.message);
  if (!file || file.bytes.length === 0)
    throw badRequest('body/file', 'required', 'must be a GeoJSON or GeoPackage file of wijken and buurten');
  for (const name of ['dryRun', 'keepLoaded', 'year', ...SOURCE_FIELDS]) {
    if ((fields.get(name)?.length ?? 0) > 1) throw badRequest(`body/${name}`, 'maxItems', 'must be given once');
  }
  const dryRun = flag(fields, 'dryRun', true);
  const keepLoaded = flag(fields, 'keepLoaded', false);
  const municipalities = fields.get('gemeente') ?? [];
  municipalities.forEach((code, index) => {
    if (!isAreaCode('municipality', code))
      throw badRequest(`body/gemeente/${index}`, 'pattern', 'must be a CBS municipality code (GM and 4 digits)');
  });
  const givenYear = fields.get('year')?.[0];
  const year = givenYear === undefined ? yearInFileName(file.name) : Number(givenYear);
  if (year === null)
    throw badRequest('body/year', 'required', "must be given: the file's name names no year of its figures");
  if (!Number.isInteger(year) || year < 1950 || year > 2100)
    throw badRequest('body/year', 'range', 'must be a year from 1950 to 2100');
  const given = Object.fromEntries(
    SOURCE_FIELDS.flatMap((name) => {
      const value = fields.get(name)?.[0]?.trim();
      if (value !== undefined && value.length > 300)
        throw badRequest(`body/${name}`, 'maxLength', 'must be at most 300 characters');
      return value ? [[name === 'sourceKey' ? 'key' : name, value]] : [];
    }),
  );
  return {
    name: file.name,
    bytes: file.bytes,
    municipalities,
    options: { source: importSource(year, given), dryRun, keepLoaded },
  };
}

/** The administrator's import of CBS area files (the CLI's `areas:import` over HTTP) and the list of what is loaded. */
const areaImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart);
  const maxBytes = app.settings.areaImportMaxBytes;

  app.post(
    '/api/admin/areas/import',
    route(
      'admin',
      {
        tags: ['admin'],
        summary: 'Import a CBS wijk- en buurtkaart file (GeoJSON or GeoPackage), or preview what it would do',
        description:
          'multipart/form-data: `file`; `dryRun` (true: write nothing, answer the preview); optional `gemeente` ' +
          '(repeat: only these municipalities), `year` (of the figures; default the year in the file name), ' +
          '`keepLoaded` (loaded areas keep their name and polygon and none is retired), and the source: `sourceKey`, ' +
          '`title`, `publisher`, `licence`, `attribution`, `url` (default CBS/Kadaster). A file it refuses answers ' +
          '400 with each problem: `field` is its place in the file. Too large a file answers 413.',
        consumes: ['multipart/form-data'],
        response: { 200: AreaImportResultSchema, ...errors(400, 413, 401, 403) },
      },
      { bodyLimit: maxBytes + 1024 * 1024 },
    ),
    async (request) => {
      const form = await readForm(request, maxBytes);
      try {
        const file = await readAreaFile(form.name, form.bytes, form.municipalities);
        return await importAreas(app.pg.pool, file, form.options);
      } catch (error) {
        if (!(error instanceof AreaFileError)) throw error;
        throw badRequestWith(
          `${form.name} is not imported (nothing changed): ${error.problems.length} problem(s), the first: ` +
            `${error.problems[0]!.where}: ${error.problems[0]!.message}`,
          error.problems.map((problem) => ({ field: problem.where, rule: problem.rule, message: problem.message })),
        );
      }
    },
  );

  app.get(
    '/api/admin/areas',
    route('admin', {
      tags: ['admin'],
      summary:
        'The loaded municipalities: current and retired areas per level, years of key figures, sources, and the retired areas with what still refers to them',
      response: { 200: Type.Array(LoadedMunicipalitySchema), ...errors(401, 403) },
    }),
    async () => loadedAreas(app.pg.pool),
  );
};

export default areaImportRoutes;
