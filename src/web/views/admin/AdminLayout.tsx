import type { ComponentChildren } from 'preact';
import type { Role } from '../../../domain/roles.ts';
import { can } from '../../../domain/roles.ts';

/** What every newsroom page knows: the site's name, its assets and who is signed in (if anyone). */
export interface AdminChrome {
  siteName: string;
  assets: { css: string; js: string; icon: string };
  user?: { email: string; name: string; role: Role };
  csrf?: string;
}

export function CsrfField({ token }: { token?: string }) {
  return <input type="hidden" name="_csrf" value={token ?? ''} />;
}

export function AdminLayout({ chrome, title, current, children }: { chrome: AdminChrome; title: string; current?: string; children: ComponentChildren }) {
  const { user } = chrome;
  const link = (href: string, label: string, key: string) => (
    <li><a href={href} aria-current={current === key ? 'page' : undefined}>{label}</a></li>
  );
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · ${chrome.siteName} newsroom`}</title>
        <link rel="icon" href={chrome.assets.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={chrome.assets.css} />
        <script src={chrome.assets.js} defer />
      </head>
      <body class="admin">
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="admin-bar">
          <a class="admin-brand" href="/admin">{chrome.siteName} <span>newsroom</span></a>
          {user && (
            <nav aria-label="Newsroom">
              <ul>
                {link('/admin/stories', 'Stories', 'stories')}
                {link('/admin/stories/new', 'New story', 'new')}
                {can(user.role, 'users.manage') && link('/admin/users', 'People', 'users')}
                {can(user.role, 'integrations.manage') && link('/admin/integrations', 'Integrations', 'integrations')}
                {can(user.role, 'audit.view') && link('/admin/audit', 'Audit log', 'audit')}
                <li><a href="/" target="_blank" rel="noopener">View site</a></li>
              </ul>
            </nav>
          )}
          {user && (
            <form class="admin-user" method="post" action="/admin/logout">
              <span>{user.name} · <em>{user.role}</em></span>
              <CsrfField token={chrome.csrf} />
              <button type="submit" class="link-button">Sign out</button>
            </form>
          )}
        </header>
        <main id="content" tabIndex={-1} class="admin-main">{children}</main>
      </body>
    </html>
  );
}

export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'info'; children: ComponentChildren }) {
  return <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}

export function AdminMessage({ chrome, status, title, message }: { chrome: AdminChrome; status: number; title: string; message: string }) {
  return (
    <AdminLayout chrome={chrome} title={title}>
      <h1>{title}</h1>
      <Notice kind={status >= 400 ? 'error' : 'info'}>{message}</Notice>
      <p><a href={chrome.user ? '/admin/stories' : '/admin/login'}>{chrome.user ? 'Back to the stories' : 'Sign in'}</a></p>
    </AdminLayout>
  );
}
