import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/domain/roles.ts';
import { startSession } from '../../src/newsroom/accounts.ts';
import type { Db } from '../../src/store/database.ts';
import { insertUser, type User } from '../../src/store/users.ts';

export interface Person {
  user: User;
  cookie: string;
  csrf: string;
}

let counter = 0;

/** Someone with a live session, as if they had signed in (without paying for argon2 in every test). */
export async function signedIn(db: Db, role: Role, email = `${role}-${++counter}@example.org`): Promise<Person> {
  const user = await insertUser(db, { email, name: `${role[0]!.toUpperCase()}${role.slice(1)} ${counter}`, role, createdAt: new Date().toISOString() });
  const session = await startSession(db, user, '127.0.0.1');
  return { user, cookie: `dateline_session=${session.token}`, csrf: session.csrfToken };
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A form POST as a browser sends it, with the person's cookie and CSRF token unless overridden. */
export function postForm(app: FastifyInstance, url: string, person: Person | undefined, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(person ? { cookie: person.cookie } : {}), ...headers },
    payload: formBody(person ? { _csrf: person.csrf, ...fields } : fields),
  });
}

export function getAs(app: FastifyInstance, url: string, person?: Person) {
  return app.inject({ method: 'GET', url, headers: person ? { cookie: person.cookie } : {} });
}

/** The value of a cookie set by a response, or undefined. */
export function setCookie(headers: Record<string, unknown>, name: string): string | undefined {
  const raw = headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const line = list.find((c: string) => c.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

/** A multipart/form-data body as a browser sends the editor form, optionally with one file. */
export function multipartBody(fields: Record<string, string>, file?: { name: string; filename: string; type: string; data: Buffer }): { payload: Buffer; contentType: string } {
  const boundary = `----dateline${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
