import { Layout } from './Layout.tsx';
import type { Site } from './site.ts';

const HEADINGS: Record<number, string> = {
  400: 'That address is not quite right',
  404: 'We could not find that page',
  500: 'Something went wrong on our side',
};

/** Error pages in the site's look; the message is for readers, never a stack trace. */
export function ErrorPage({ site, status, message }: { site: Site; status: number; message: string }) {
  const heading = HEADINGS[status] ?? (status >= 500 ? HEADINGS[500]! : HEADINGS[400]!);
  return (
    <Layout site={site} meta={{ title: heading, path: '/', noindex: true }}>
      <div class="error-page">
        <p class="error-code">Error {status}</p>
        <h1>{heading}</h1>
        <p>{message}</p>
        <p><a href="/">Go to the front page</a></p>
      </div>
    </Layout>
  );
}
