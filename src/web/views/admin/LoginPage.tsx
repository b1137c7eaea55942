import { AdminLayout, CsrfField, Notice, type AdminChrome } from './AdminLayout.tsx';

export function LoginPage({ chrome, csrf, email, error, info, next }: { chrome: AdminChrome; csrf: string; email?: string; error?: string; info?: string; next?: string }) {
  return (
    <AdminLayout chrome={chrome} title="Sign in">
      <div class="narrow">
        <h1>Sign in to the newsroom</h1>
        {info && <Notice kind="info">{info}</Notice>}
        {error && <Notice kind="error">{error}</Notice>}
        <form method="post" action="/admin/login" class="stack">
          <CsrfField token={csrf} />
          {next && <input type="hidden" name="next" value={next} />}
          <label>Email<input type="email" name="email" value={email ?? ''} required autocomplete="username" maxLength={254} /></label>
          <label>Password<input type="password" name="password" required autocomplete="current-password" maxLength={256} /></label>
          <button type="submit" class="primary">Sign in</button>
        </form>
        <p class="hint">No account yet? An admin adds you and sends you a one-time set-up link.</p>
      </div>
    </AdminLayout>
  );
}

export function SetupPage({ chrome, csrf, token, email, error }: { chrome: AdminChrome; csrf: string; token: string; email: string; error?: string }) {
  return (
    <AdminLayout chrome={chrome} title="Choose a password">
      <div class="narrow">
        <h1>Choose your password</h1>
        <p>For <strong>{email}</strong>. At least 12 characters; a few unrelated words make a good one.</p>
        {error && <Notice kind="error">{error}</Notice>}
        <form method="post" action={`/admin/setup/${token}`} class="stack">
          <CsrfField token={csrf} />
          <input type="text" name="username" value={email} autocomplete="username" hidden readOnly />
          <label>New password<input type="password" name="password" required minLength={12} maxLength={256} autocomplete="new-password" /></label>
          <label>Repeat it<input type="password" name="repeat" required minLength={12} maxLength={256} autocomplete="new-password" /></label>
          <button type="submit" class="primary">Save and sign in</button>
        </form>
      </div>
    </AdminLayout>
  );
}
