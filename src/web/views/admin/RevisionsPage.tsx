import { formatDateTime } from '../../../domain/dates.ts';
import type { DiffLine } from '../../../domain/text-diff.ts';
import type { DeskStory, RevisionItem } from '../../../store/newsroom-stories.ts';
import { AdminLayout, CsrfField, Notice, type AdminChrome } from './AdminLayout.tsx';
import { DiffView } from './DiffView.tsx';

export function RevisionsPage({ chrome, timeZone, story, revisions }: { chrome: AdminChrome; timeZone: string; story: DeskStory; revisions: RevisionItem[] }) {
  return (
    <AdminLayout chrome={chrome} title={`Revisions: ${story.fields.headline}`} current="stories">
      <p class="crumbs"><a href={`/admin/stories/${story.id}`}>← Back to the story</a></p>
      <h1>Revisions of “{story.fields.headline}”</h1>
      {revisions.length === 0 ? <p>No revisions yet: this story came from an import and has not been edited here.</p> : (
        <table class="story-table">
          <thead><tr><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">What</th></tr></thead>
          <tbody>
            {revisions.map((r) => (
              <tr>
                <td><a href={`/admin/stories/${story.id}/revisions/${r.version}`}>Version {r.version}</a>{r.version === story.version && ' (current)'}</td>
                <td><time dateTime={r.createdAt}>{formatDateTime(r.createdAt, timeZone)}</time></td>
                <td>{r.actor}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function RevisionPage({ chrome, timeZone, story, revision, previous, headline, body, canRestore }: {
  chrome: AdminChrome; timeZone: string; story: DeskStory; revision: RevisionItem; previous?: number;
  headline: DiffLine[]; body: DiffLine[]; canRestore: boolean;
}) {
  return (
    <AdminLayout chrome={chrome} title={`Version ${revision.version}`} current="stories">
      <p class="crumbs"><a href={`/admin/stories/${story.id}/revisions`}>← All revisions</a></p>
      <h1>Version {revision.version} of “{story.fields.headline}”</h1>
      <p>Saved <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, timeZone)}</time> by {revision.actor} ({revision.note}).</p>
      <p>{previous ? `Changes from version ${previous} (− before, + after):` : 'The first version, compared with an empty story:'}</p>
      <DiffView title="Headline" lines={headline} />
      <DiffView title="Body" lines={body} />
      {canRestore && revision.version !== story.version && (
        <form method="post" action={`/admin/stories/${story.id}/revisions/${revision.version}/restore`}>
          <CsrfField token={chrome.csrf} />
          <input type="hidden" name="version" value={String(story.version)} />
          <button type="submit" class="primary">Restore this version</button>
          <p class="hint">Restoring saves it as a new version {story.version + 1}; nothing is thrown away.</p>
        </form>
      )}
      {revision.version === story.version && <Notice kind="info">This is the current version.</Notice>}
    </AdminLayout>
  );
}
