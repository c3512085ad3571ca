import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestClient } from './client.ts';

/** The file of a multipart form: in the field "photo" unless another is named. */
export interface FormPhoto {
  name: string;
  type: string;
  data: Buffer;
  field?: string;
}

/**
 * A multipart/form-data body as a browser sends it: the fields (a list: the field repeated), then the file when there
 * is one.
 */
export function multipartForm(
  fields: Record<string, string | string[]>,
  photo?: FormPhoto | null,
  boundary = `----krachtkaart${randomUUID()}`,
): { payload: Buffer; contentType: string } {
  const parts: Buffer[] = Object.entries(fields).flatMap(([name, values]) =>
    [values]
      .flat()
      .map((value) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      ),
  );
  if (photo) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${photo.field ?? 'photo'}"; filename="${photo.name}"\r\nContent-Type: ${photo.type}\r\n\r\n`,
      ),
      photo.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form as the browser does, with the CSRF token in a header. */
export async function postForm(
  client: TestClient,
  url: string,
  fields: Record<string, string | string[]>,
  photo?: FormPhoto | null,
): Promise<LightMyRequestResponse> {
  const token = (await client.get('/api/auth/csrf-token')).json().token as string;
  const form = multipartForm(fields, photo);
  return client.request('POST', url, form.payload, { 'content-type': form.contentType, 'x-csrf-token': token });
}
