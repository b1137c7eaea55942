import { formatDateTime } from '../../../domain/dates.ts';
import { ROLES } from '../../../domain/roles.ts';
import type { AuditEntry } from '../../../store/audit.ts';
import type { User } from '../../../store/users.ts';
import { AdminLayout, CsrfField, Notice, type AdminChrome } from './AdminLayout.tsx';

const ROLE_NOTES = {
  admin: 'people and settings, and everything an editor does',
  editor: 'everything editorial: any story, publish, delete',
  author: 'writes and publishes their own stories',
  contributor: 'writes drafts and submits them for review',
} as const;

export function UsersPage({ chrome, timeZone, users, notice, error, setupUrl }: { chrome: AdminChrome; timeZone: string; users: User[]; notice?: string; error?: string; setupUrl?: string }) {
  return (
    <AdminLayout chrome={chrome} title="People" current="users">
      <h1>People</h1>
      {notice && <Notice kind="ok">{notice}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {setupUrl && (
        <Notice kind="info">
          Send this one-time set-up link to them (it works once, for 72 hours, and is not shown again):
          <code class="setup-link">{setupUrl}</code>
        </Notice>
      )}
      <table class="story-table people">
        <thead><tr><th scope="col">Person</th><th scope="col">Role</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td><strong>{u.name}</strong><br /><small>{u.email} · since {formatDateTime(u.createdAt, timeZone)}</small></td>
              <td>
                <form method="post" action={`/admin/users/${u.id}/role`} class="inline">
                  <CsrfField token={chrome.csrf} />
                  <select name="role" aria-label={`Role of ${u.email}`}>
                    {ROLES.map((r) => <option value={r} selected={u.role === r}>{r}</option>)}
                  </select>
                  <button type="submit">Change</button>
                </form>
              </td>
              <td>{u.disabled ? 'Disabled' : u.hasPassword ? 'Active' : 'Invited'}</td>
              <td class="row-actions">
                <form method="post" action={`/admin/users/${u.id}/${u.disabled ? 'enable' : 'disable'}`} class="inline">
                  <CsrfField token={chrome.csrf} />
                  <button type="submit" class={u.disabled ? '' : 'danger'}>{u.disabled ? 'Enable' : 'Disable'}</button>
                </form>
                <form method="post" action={`/admin/users/${u.id}/sign-out`} class="inline">
                  <CsrfField token={chrome.csrf} />
                  <button type="submit">Sign out everywhere</button>
                </form>
                <form method="post" action={`/admin/users/${u.id}/setup-link`} class="inline">
                  <CsrfField token={chrome.csrf} />
                  <button type="submit">New set-up link</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add someone</h2>
      <form method="post" action="/admin/users" class="stack narrow">
        <CsrfField token={chrome.csrf} />
        <label>Email<input type="email" name="email" required maxLength={254} /></label>
        <label>Name<input type="text" name="name" maxLength={100} /></label>
        <fieldset>
          <legend>Role</legend>
          {ROLES.map((r) => (
            <label class="choice"><input type="radio" name="role" value={r} checked={r === 'contributor'} /> <strong>{r}</strong> — {ROLE_NOTES[r]}</label>
          ))}
        </fieldset>
        <button type="submit" class="primary">Add and make a set-up link</button>
      </form>
    </AdminLayout>
  );
}

export function AuditPage({ chrome, timeZone, entries, page, hasMore }: { chrome: AdminChrome; timeZone: string; entries: AuditEntry[]; page: number; hasMore: boolean }) {
  return (
    <AdminLayout chrome={chrome} title="Audit log" current="audit">
      <h1>Audit log</h1>
      <p class="hint">Who did what, newest first: sign-ins, publishing, deletions, changes to people.</p>
      <table class="story-table audit">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">On</th><th scope="col">Detail</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td><time dateTime={e.at}>{formatDateTime(e.at, timeZone)}</time></td>
              <td>{e.actor}</td>
              <td><code>{e.action}</code></td>
              <td>{e.subject ?? ''}</td>
              <td>{e.detail ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        {page > 1 && <a href={`/admin/audit?page=${page - 1}`} rel="prev">← Newer</a>}
        <span>Page {page}</span>
        {hasMore && <a href={`/admin/audit?page=${page + 1}`} rel="next">Older →</a>}
      </nav>
    </AdminLayout>
  );
}
