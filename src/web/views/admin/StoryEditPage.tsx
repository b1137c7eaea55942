import { formatDateTime } from '../../../domain/dates.ts';
import type { FieldErrors, StoryFields } from '../../../domain/story-edit.ts';
import { LIMITS } from '../../../domain/story-edit.ts';
import type { StoryStatus } from '../../../domain/story-status.ts';
import type { DiffLine } from '../../../domain/text-diff.ts';
import type { Section } from '../../../domain/story.ts';
import type { DeskStory } from '../../../store/newsroom-stories.ts';
import type { Media } from '../../../store/media.ts';
import { AdminLayout, CsrfField, Notice, type AdminChrome } from './AdminLayout.tsx';
import { DiffView } from './DiffView.tsx';
import { StatusBadge } from './StoryListPage.tsx';

export interface Move {
  to: StoryStatus;
  label: string;
  /** The move needs a time: when to go live (schedule) or the end of an embargo. */
  time?: 'schedule' | 'embargo';
  danger?: boolean;
}

export interface EditPageProps {
  chrome: AdminChrome;
  timeZone: string;
  story?: DeskStory;
  form: Record<keyof StoryFields, string>;
  version: number;
  errors: FieldErrors;
  notice?: string;
  error?: string;
  conflict?: { current: DeskStory; headline: DiffLine[]; body: DiffLine[] };
  moves: Move[];
  canDelete: boolean;
  canEdit: boolean;
  sections: Section[];
  liveUrl?: string;
  defaultTime: string;
  image?: Media;
}

type FieldName = keyof StoryFields;

function Field({ name, label, form, errors, hint, multiline, rows, max, required, readOnly, type, list }: {
  name: FieldName; label: string; form: EditPageProps['form']; errors: FieldErrors; hint?: string; multiline?: boolean; rows?: number;
  max?: number; required?: boolean; readOnly?: boolean; type?: string; list?: string;
}) {
  const error = errors[name];
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id: `f-${name}`, name, required, readOnly, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy };
  return (
    <div class={`field field-${name}${error ? ' has-error' : ''}`}>
      <label for={`f-${name}`}>{label}</label>
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${name}-error`}>{label} {error}.</p>}
      {multiline ? <textarea {...common} rows={rows ?? 3}>{form[name]}</textarea> : <input {...common} type={type ?? 'text'} value={form[name]} maxLength={max} list={list} />}
    </div>
  );
}

export function StoryEditPage(p: EditPageProps) {
  const { story, form, errors } = p;
  const action = story ? `/admin/stories/${story.id}` : '/admin/stories';
  const title = story ? `Edit: ${story.fields.headline}` : 'New story';
  const sectionLocked = story?.publishedAt != null;
  return (
    <AdminLayout chrome={p.chrome} title={title} current={story ? 'stories' : 'new'}>
      <div class="page-head">
        <h1>{story ? 'Edit story' : 'New story'}</h1>
        {story && (
          <p class="story-state">
            <StatusBadge status={story.status} /> · version {story.version}
            {story.publishedAt && <> · {story.status === 'scheduled' ? 'goes live' : 'published'} <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt, p.timeZone)}</time></>}
            {' · '}<a href={`/admin/stories/${story.id}/revisions`}>Revisions</a>
            {p.liveUrl && <> · <a href={p.liveUrl} target="_blank" rel="noopener">View on the site</a></>}
          </p>
        )}
      </div>
      {p.notice && <Notice kind="ok">{p.notice}</Notice>}
      {p.error && <Notice kind="error">{p.error}</Notice>}
      {Object.keys(errors).length > 0 && <Notice kind="error">The story was not saved: check the fields marked below.</Notice>}
      {p.conflict && (
        <div class="conflict" role="alert">
          <h2>Not saved: someone else saved this story first</h2>
          <p>
            Version {p.conflict.current.version} was saved {formatDateTime(p.conflict.current.modifiedAt, p.timeZone)} while you were editing
            version {p.version === p.conflict.current.version ? 'an earlier one' : p.version}. Your text is still in the form below; nothing of theirs
            or yours was lost. Here is how yours differs from theirs (− theirs, + yours). Saving again will replace their version with yours.
          </p>
          <DiffView title="Headline" lines={p.conflict.headline} />
          <DiffView title="Body" lines={p.conflict.body} />
        </div>
      )}
      <div class="editor">
        <form id="story-form" class="story-form" method="post" action={action} enctype="multipart/form-data">
          <CsrfField token={p.chrome.csrf} />
          <input type="hidden" name="version" value={String(p.version)} />
          <input type="hidden" name="bodyFormat" value={story?.bodyFormat ?? 'markdown'} />
          <fieldset disabled={!p.canEdit}>
            <Field name="headline" label="Headline" form={form} errors={errors} required max={LIMITS.headline} />
            <Field name="dek" label="Dek (standfirst)" form={form} errors={errors} multiline rows={2} />
            <Field name="sectionName" label="Section" form={form} errors={errors} required list="sections" readOnly={sectionLocked}
              hint={sectionLocked ? 'Fixed once the story has a publication time, so its address never changes.' : 'Pick one or type a new section.'} />
            <datalist id="sections">{p.sections.map((s) => <option value={s.name} />)}</datalist>
            <Field name="bylines" label="Byline(s)" form={form} errors={errors} hint="Names separated by commas." />
            <Field name="tags" label="Tags" form={form} errors={errors} hint="Separated by commas." />
            {story && story.bodyFormat !== 'markdown' ? (
              <Field name="body" label={story.bodyFormat === 'html' ? 'Body (HTML, as imported)' : 'Body (plain text, as imported)'} form={form} errors={errors} multiline rows={18}
                hint={story.bodyFormat === 'html' ? 'Kept as HTML; it is sanitized when saved.' : 'Blank line between paragraphs.'} />
            ) : (
              <Field name="body" label="Body (Markdown)" form={form} errors={errors} multiline rows={18}
                hint="Blank line between paragraphs; ## for a subheading, **bold**, *italic*, [link](https://…), > quote." />
            )}
            <fieldset class="image-fields">
              <legend>Featured image</legend>
              <input type="hidden" name="imageId" value={form.imageId} />
              {p.image && (
                <div class="current-image">
                  <img src={`/media/${p.image.hash}-${p.image.widths[0]}.webp`} alt={form.imageAlt} width={p.image.widths[0]} />
                  <label class="choice"><input type="checkbox" name="removeImage" value="1" /> Remove this image</label>
                </div>
              )}
              {errors.imageId && <p class="field-error">Image {errors.imageId}.</p>}
              <div class="field">
                <label for="f-image">{p.image ? 'Replace with' : 'Upload'} <small>(JPEG, PNG, WebP or GIF, up to 15 MB)</small></label>
                <input id="f-image" type="file" name="image" accept="image/jpeg,image/png,image/webp,image/gif" />
              </div>
              <Field name="imageAlt" label="Alt text" form={form} errors={errors} max={LIMITS.imageAlt} hint="Required with an image: what it shows, for readers who cannot see it." />
              <Field name="imageCaption" label="Caption" form={form} errors={errors} max={LIMITS.imageCaption} />
              <Field name="imageCredit" label="Credit" form={form} errors={errors} max={LIMITS.imageCredit} hint="e.g. Photo: Ann Lee" />
            </fieldset>
            <details open={Boolean(form.excerpt || form.canonicalUrl || form.seoTitle || form.seoDescription || form.related || errors.excerpt || errors.canonicalUrl || errors.related)}>
              <summary>Excerpt, SEO, canonical URL, Related</summary>
              <Field name="excerpt" label="Excerpt" form={form} errors={errors} multiline rows={2} hint="Shown in lists. Empty: the start of the body." />
              <Field name="seoTitle" label="SEO title" form={form} errors={errors} max={LIMITS.seoTitle} />
              <Field name="seoDescription" label="SEO description" form={form} errors={errors} multiline rows={2} />
              <Field name="canonicalUrl" label="Canonical URL" form={form} errors={errors} type="url" hint="Only if the story first appeared elsewhere." />
              <Field name="related" label="Related stories" form={form} errors={errors} hint="Story numbers (from their edit addresses), separated by commas, in order." />
            </details>
            {story?.publishedAt && (
              <Field name="correction" label="Correction note" form={form} errors={errors} multiline rows={2}
                hint="Shown to readers at the top of the story. Saving a published story marks it “Updated”." />
            )}
            <div class="actions">
              <button type="submit" class="primary">Save</button>
              <button type="submit" formaction="/admin/preview" formtarget="preview" formenctype="application/x-www-form-urlencoded" formNoValidate data-preview-button="true">Preview</button>
            </div>
          </fieldset>
        </form>
        <section class="preview" aria-label="Preview">
          <h2>Preview <small>as readers will see it</small></h2>
          <iframe name="preview" title="Preview of the story" src="/admin/preview" data-live-preview="true"></iframe>
        </section>
      </div>
      {story && (p.moves.length > 0 || p.canDelete) && (
        <section class="workflow" aria-labelledby="workflow-heading">
          <h2 id="workflow-heading">Status</h2>
          <div class="moves">
            {p.moves.map((m) => (
              <form method="post" action={`/admin/stories/${story.id}/status`} class="move">
                <CsrfField token={p.chrome.csrf} />
                <input type="hidden" name="to" value={m.to} />
                {m.time && (
                  <label>{m.time === 'schedule' ? 'Goes live at' : 'Held until'} <small>({p.timeZone})</small>
                    <input type="datetime-local" name="at" value={p.defaultTime} required />
                  </label>
                )}
                <button type="submit" class={m.danger ? 'danger' : m.to === 'published' || m.to === 'scheduled' ? 'primary' : ''}>{m.label}</button>
              </form>
            ))}
            {p.canDelete && (
              <form method="post" action={`/admin/stories/${story.id}/delete`} class="move" data-confirm="Delete this story and all its revisions? This cannot be undone.">
                <CsrfField token={p.chrome.csrf} />
                <button type="submit" class="danger">Delete story</button>
              </form>
            )}
          </div>
        </section>
      )}
    </AdminLayout>
  );
}
