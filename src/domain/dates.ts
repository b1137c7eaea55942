/** Times are stored as ISO-8601 UTC strings (`2026-11-27T18:44:07.000Z`): sortable as text on every database. */
export function toStoredTime(date: Date): string {
  return date.toISOString();
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "20 June 2024, 14:05 GMT+9" — the date line readers see, in the site's time zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  const parts = formatter(timeZone, true).formatToParts(new Date(iso));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} ${get('timeZoneName')}`;
}

/** "20 June 2024" — for teasers and lists. */
export function formatDate(iso: string, timeZone: string): string {
  return formatter(timeZone, false).format(new Date(iso));
}

/** A story shows "Updated …" when it changed meaningfully after publication (more than a minute later). */
export function wasUpdated(publishedAt: string, updatedAt: string | null): updatedAt is string {
  if (!updatedAt) return false;
  return Date.parse(updatedAt) - Date.parse(publishedAt) > 60_000;
}
