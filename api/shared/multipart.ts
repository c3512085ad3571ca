import { badRequest, HttpError, payloadTooLarge } from './http-error.ts';

/**
 * What @fastify/multipart threw while a form was read, as the 4xx that names the field and the rule: a file over the
 * size limit (413 on `fileField`), too many files or fields, or a body that is not complete multipart/form-data.
 */
export function multipartProblem(
  error: unknown,
  form: { fileField: string; maxSize: string; tooManyFiles: HttpError; tooManyFields: string },
): HttpError {
  if (error instanceof HttpError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return payloadTooLarge(form.maxSize, { field: `body/${form.fileField}`, rule: 'max-size' });
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return badRequest('body', 'multipart', 'must be sent as multipart/form-data');
  if (code === 'FST_FILES_LIMIT') return form.tooManyFiles;
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
    return payloadTooLarge(form.tooManyFields, { field: 'body', rule: 'maxProperties' });
  // Anything else the parser throws is a body it could not read: no boundary, another boundary, a part cut off.
  return badRequest(
    'body',
    'multipart',
    `must be a complete multipart/form-data body with the boundary its Content-Type names (${(error as Error).message})`,
  );
}
