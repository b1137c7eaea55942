import type { Integration } from '../../../store/integrations.ts';
import type { Webhook } from '../../../store/webhooks.ts';
import { AdminLayout, CsrfField, Notice, type AdminChrome } from './AdminLayout.tsx';

export interface Revealed {
  label: string;
  lines: Array<[string, string]>;
}

/** API access and webhooks. Secrets are shown once, right after they are made. */
export function IntegrationsPage({ chrome, siteUrl, integrations, webhooks, events, revealed, notice, error }: {
  chrome: AdminChrome; siteUrl: string; integrations: Integration[]; webhooks: Webhook[]; events: readonly string[];
  revealed?: Revealed; notice?: string; error?: string;
}) {
  return (
    <AdminLayout chrome={chrome} title="Integrations" current="integrations">
      <h1>Integrations and webhooks</h1>
      {notice && <Notice kind="ok">{notice}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {revealed && (
        <Notice kind="info">
          {revealed.label} Copy it now: it is not shown again.
          {revealed.lines.map(([name, value]) => <><br />{name}: <code class="setup-link">{value}</code></>)}
        </Notice>
      )}
      <h2>Integrations</h2>
      <p class="hint">Each app gets a public Content API key (read-only) and a secret Admin API token (acts as an editor). The API is described at <a href="/api/docs">/api/docs</a>.</p>
      {integrations.length > 0 && (
        <table class="story-table">
          <thead><tr><th scope="col">Name</th><th scope="col">Content API key</th></tr></thead>
          <tbody>{integrations.map((i) => <tr><td>{i.name}</td><td><code>{i.contentKey}</code><br /><small>{`${siteUrl}/api/content/stories?key=${i.contentKey}`}</small></td></tr>)}</tbody>
        </table>
      )}
      <form method="post" action="/admin/integrations" class="add-form">
        <CsrfField token={chrome.csrf} />
        <label>Name <input type="text" name="name" required maxLength={100} /></label>
        <button type="submit" class="primary">Add integration</button>
      </form>
      <h2>Webhooks</h2>
      <p class="hint">A signed JSON POST when a story is published, updated or unpublished; retried for about seven hours.</p>
      {webhooks.length > 0 && (
        <table class="story-table">
          <thead><tr><th scope="col">Event</th><th scope="col">URL</th><th scope="col"></th></tr></thead>
          <tbody>
            {webhooks.map((w) => (
              <tr>
                <td><code>{w.event}</code></td>
                <td>{w.url}</td>
                <td>
                  <form method="post" action={`/admin/webhooks/${w.id}/delete`} class="inline">
                    <CsrfField token={chrome.csrf} />
                    <button type="submit" class="danger">Remove</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action="/admin/webhooks" class="add-form">
        <CsrfField token={chrome.csrf} />
        <label>Event <select name="event">{events.map((e) => <option value={e}>{e}</option>)}</select></label>
        <label>URL <input type="url" name="url" required maxLength={2000} /></label>
        <button type="submit" class="primary">Add webhook</button>
      </form>
    </AdminLayout>
  );
}
