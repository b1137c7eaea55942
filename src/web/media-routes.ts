import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { httpErrors } from './errors.ts';
import type { WebContext } from './web-context.ts';

const TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/** Uploaded images. Names are content hashes, so each can be cached for a year and never goes stale. */
export function mediaRoutes(web: WebContext) {
  return async function (app: FastifyInstance) {
    app.get<{ Params: { file: string } }>('/media/:file', async (request, reply) => {
      const match = /^[a-f0-9]{20}-\d{1,4}\.(webp|jpg|png)$/.exec(request.params.file);
      if (!match) throw httpErrors.notFound();
      let body: Buffer;
      try {
        body = await fs.readFile(path.join(web.config.mediaDir, request.params.file));
      } catch {
        throw httpErrors.notFound();
      }
      return reply.header('cache-control', 'public, max-age=31536000, immutable').type(TYPES[match[1]!]!).send(body);
    });
  };
}
