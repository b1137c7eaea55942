import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { can, type Permission } from '../../domain/roles.ts';
import { resumeSession } from '../../newsroom/accounts.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { sameToken } from '../../newsroom/tokens.ts';
import type { User } from '../../store/users.ts';
import { renderPage } from '../views/render-page.ts';
import { AdminMessage, type AdminChrome } from '../views/admin/AdminLayout.tsx';
import type { WebContext } from '../web-context.ts';
import { readCookie } from './cookies.ts';

export const SESSION_COOKIE = 'dateline_session';
export const LOGIN_CSRF_COOKIE = 'dateline_csrf';
export const FORM_LIMIT_BYTES = 2 * 1024 * 1024;

/** Who may reach a route: anyone signed in, or holders of one permission from domain/roles.ts. */
export type Access = Permission | 'signed-in';

export type Form = Record<string, string>;

export interface AdminRequest {
  request: FastifyRequest;
  reply: FastifyReply;
  user: User;
  /** The session's cookie value (to end it on sign-out). */
  sessionToken: string;
  chrome: AdminChrome;
  form: Form;
  /** An uploaded file (the editor's featured image), when one was chosen. */
  file?: Buffer;
  params: Record<string, string>;
  query: Record<string, string>;
}

export interface AdminRoute {
  method: 'GET' | 'POST';
  url: string;
  access: Access;
  handle(r: AdminRequest): Promise<FastifyReply>;
}

const STATUS_OF: Record<NewsroomError['kind'], number> = { forbidden: 403, not_found: 404, invalid: 400, limited: 429, conflict: 409 };
const TITLE_OF: Record<number, string> = { 400: 'That could not be done', 401: 'Please sign in', 403: 'Not allowed', 404: 'Not found', 409: 'That clashes with a change', 429: 'Slow down' };

export function adminChrome(web: WebContext, user?: User, csrf?: string): AdminChrome {
  return {
    siteName: web.config.siteName,
    assets: { css: web.assets.adminCss.url, js: web.assets.adminJs.url, icon: web.assets.icon.url },
    ...(user ? { user: { email: user.email, name: user.name, role: user.role } } : {}),
    ...(csrf ? { csrf } : {}),
  };
}

/** Newsroom pages are private and change with every save: never cached, never indexed. */
export function sendAdminPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex, nofollow')
    .type('text/html; charset=utf-8')
    .send(renderPage(page));
}

export function sendAdminMessage(reply: FastifyReply, chrome: AdminChrome, status: number, message: string): FastifyReply {
  return sendAdminPage(reply, AdminMessage({ chrome, status, title: TITLE_OF[status] ?? 'That could not be done', message }), status);
}

export function seeOther(reply: FastifyReply, url: string): FastifyReply {
  return reply.code(303).header('cache-control', 'no-store').redirect(url, 303);
}

/** A form body, one value per name (the last wins), every value a string. */
export function parseForm(body: string): Form {
  const form: Form = {};
  for (const [key, value] of new URLSearchParams(body)) form[key] = value;
  return form;
}

export function registerFormParser(app: FastifyInstance): void {
  // Newsroom pages take HTML forms only; JSON and text bodies get a 415 before any handler runs.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT_BYTES }, (_request, body, done) => {
    done(null, parseForm(body as string));
  });
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** A `next` address after sign-in: only a path inside the newsroom, never another site. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/admin(\/[A-Za-z0-9/_.-]*)?(\?[A-Za-z0-9=&_%.-]*)?$/.test(value) && !value.includes('//') ? value : '/admin/stories';
}

/**
 * Registers a newsroom route behind the session, the CSRF check on every POST and the permission
 * table. Handlers get the signed-in person and the parsed form; they never see an unchecked request.
 */
export function registerAdminRoute(app: FastifyInstance, web: WebContext, route: AdminRoute): void {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = token ? await resumeSession(web.db, token) : undefined;
      if (!session || !token) {
        if (route.method === 'GET') {
          const next = encodeURIComponent(safeNext(request.url));
          return seeOther(reply, `/admin/login?next=${next}${token ? '&expired=1' : ''}`);
        }
        return sendAdminMessage(reply, adminChrome(web), 401, token
          ? 'Your session has expired or was ended. Sign in again; nothing was saved from this form.'
          : 'You are not signed in. Sign in first; nothing was saved from this form.');
      }
      const chrome = adminChrome(web, session.user, session.csrfToken);
      const form = stringRecord(request.body);
      const upload = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>).image : undefined;
      const file = Buffer.isBuffer(upload) && upload.length > 0 ? upload : undefined;
      if (route.method === 'POST' && !sameToken(form._csrf ?? '', session.csrfToken)) {
        return sendAdminMessage(reply, chrome, 403, 'This form’s security token is missing or out of date, so nothing was saved. Go back, reload the page and try again.');
      }
      if (route.access !== 'signed-in' && !can(session.user.role, route.access)) {
        return sendAdminMessage(reply, chrome, 403, `Your role (${session.user.role}) may not do this.`);
      }
      try {
        return await route.handle({
          request,
          reply,
          user: session.user,
          sessionToken: token,
          chrome,
          form,
          ...(file ? { file } : {}),
          params: stringRecord(request.params),
          query: stringRecord(request.query),
        });
      } catch (error) {
        if (error instanceof NewsroomError) return sendAdminMessage(reply, chrome, STATUS_OF[error.kind], error.message);
        throw error;
      }
    },
  });
}
