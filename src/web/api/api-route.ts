import type { FastifyReply, FastifyRequest } from 'fastify';

/** A JSON Schema object, as Fastify validates with and OpenAPI describes with. */
export type JsonSchema = Record<string, unknown>;

/** One API route: its schema serves Fastify's validation and the OpenAPI description alike. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** Fastify path, e.g. /api/content/stories/:id */
  url: string;
  summary: string;
  tag: 'Content' | 'Admin';
  auth: 'contentKey' | 'adminToken';
  schema: { querystring?: JsonSchema; params?: JsonSchema; body?: JsonSchema; response?: Record<number, JsonSchema> };
  handle(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}
