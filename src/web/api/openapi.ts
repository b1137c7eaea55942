import type { ApiRoute } from './api-route.ts';

/** The OpenAPI 3.1 description of the APIs, made from the same route list and schemas Fastify validates with. */
export function openApiDocument(routes: ApiRoute[], siteName: string, siteUrl: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...Object.entries((route.schema.params?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...Object.entries((route.schema.querystring?.properties ?? {}) as Record<string, object>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: ((route.schema.querystring?.required ?? []) as string[]).includes(name),
        schema,
      })),
    ];
    const responses: Record<string, object> = {};
    for (const [status, schema] of Object.entries(route.schema.response ?? {})) {
      responses[status] = { description: Number(status) < 300 ? 'OK' : 'Error', content: { 'application/json': { schema } } };
    }
    responses['4XX'] ??= { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security: [{ [route.auth]: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(route.schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.schema.body } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: `${siteName} API`, version: '1', description: 'Content API (read-only, public key) and Admin API (per-integration token). Make keys with `dateline integration add`.' },
    servers: [{ url: siteUrl }],
    paths,
    components: {
      securitySchemes: {
        contentKey: { type: 'apiKey', in: 'query', name: 'key' },
        adminToken: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } } },
      },
    },
  };
}
