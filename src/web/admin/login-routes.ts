import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkPassword, completeSetup, logIn, resumeSession, SESSION_DAYS, startSession, userForSetupToken, type NewSession } from '../../newsroom/accounts.ts';
import { NewsroomError } from '../../newsroom/newsroom-error.ts';
import { hashToken, newToken, sameToken } from '../../newsroom/tokens.ts';
import { deleteSession } from '../../store/sessions.ts';
import { LoginPage, SetupPage } from '../views/admin/LoginPage.tsx';
import type { WebContext } from '../web-context.ts';
import { adminChrome, LOGIN_CSRF_COOKIE, safeNext, seeOther, sendAdminMessage, sendAdminPage, SESSION_COOKIE, type Form } from './admin-kit.ts';
import { cookieHeader, readCookie } from './cookies.ts';

/** Sign-in and first-password pages: the only newsroom pages open to people who are not signed in. */
export function loginRoutes(app: FastifyInstance, web: WebContext): void {
  const secure = web.config.siteUrl.startsWith('https:');
  const chrome = adminChrome(web);

  // Before sign-in there is no session to hold a CSRF token: a cookie and a form field must match.
  const loginCsrf = (reply: FastifyReply): string => {
    const token = newToken();
    reply.header('set-cookie', cookieHeader(LOGIN_CSRF_COOKIE, token, { maxAgeSeconds: 3600, secure }));
    return token;
  };
  const csrfMatches = (request: FastifyRequest, form: Form) => {
    const cookie = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
    return Boolean(cookie && form._csrf && sameToken(cookie, form._csrf));
  };
  const formOf = (request: FastifyRequest): Form => (request.body && typeof request.body === 'object' ? (request.body as Form) : {});

  /** Starts the new session in the browser, replacing (rotating) whatever session cookie it had. */
  const signIn = async (request: FastifyRequest, reply: FastifyReply, session: NewSession, next: string) => {
    const old = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (old) await deleteSession(web.db, hashToken(old));
    reply.header('set-cookie', [
      cookieHeader(SESSION_COOKIE, session.token, { maxAgeSeconds: SESSION_DAYS * 86_400, secure }),
      cookieHeader(LOGIN_CSRF_COOKIE, '', { maxAgeSeconds: 0, secure }),
    ]);
    return seeOther(reply, next);
  };

  app.get<{ Querystring: { next?: string; expired?: string; out?: string } }>('/admin/login', async (request, reply) => {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token && (await resumeSession(web.db, token))) return seeOther(reply, safeNext(request.query.next));
    const info = request.query.expired ? 'Your session has expired. Please sign in again.' : request.query.out ? 'You are signed out.' : undefined;
    return sendAdminPage(reply, LoginPage({ chrome, csrf: loginCsrf(reply), next: safeNext(request.query.next), ...(info ? { info } : {}) }));
  });

  app.post('/admin/login', async (request, reply) => {
    const form = formOf(request);
    const email = typeof form.email === 'string' ? form.email.slice(0, 254) : '';
    const again = (status: number, error: string) => sendAdminPage(reply, LoginPage({ chrome, csrf: loginCsrf(reply), email, error, next: safeNext(form.next) }), status);
    if (!csrfMatches(request, form)) return again(403, 'The sign-in form had expired. Please try again.');
    try {
      const session = await logIn(web.db, form.email, form.password, request.ip);
      return await signIn(request, reply, session, safeNext(form.next));
    } catch (error) {
      if (error instanceof NewsroomError) return again(error.kind === 'limited' ? 429 : 401, error.message);
      throw error;
    }
  });

  app.get<{ Params: { token: string } }>('/admin/setup/:token', async (request, reply) => {
    const user = await userForSetupToken(web.db, request.params.token);
    if (!user) return sendAdminMessage(reply, chrome, 404, 'This set-up link has expired or was already used. Ask an admin for a new one.');
    return sendAdminPage(reply, SetupPage({ chrome, csrf: loginCsrf(reply), token: request.params.token, email: user.email }));
  });

  app.post<{ Params: { token: string } }>('/admin/setup/:token', async (request, reply) => {
    const form = formOf(request);
    const user = await userForSetupToken(web.db, request.params.token);
    if (!user) return sendAdminMessage(reply, chrome, 404, 'This set-up link has expired or was already used. Ask an admin for a new one.');
    const again = (status: number, error: string) =>
      sendAdminPage(reply, SetupPage({ chrome, csrf: loginCsrf(reply), token: request.params.token, email: user.email, error }), status);
    if (!csrfMatches(request, form)) return again(403, 'The form had expired. Please try again.');
    try {
      const password = checkPassword(form.password, form.repeat);
      const done = await completeSetup(web.db, request.params.token, password);
      return await signIn(request, reply, await startSession(web.db, done, request.ip), '/admin/stories');
    } catch (error) {
      if (error instanceof NewsroomError) return again(400, error.message);
      throw error;
    }
  });
}
