/** Minutes east of UTC that `timeZone` is at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * A wall-clock time as a form's `datetime-local` sends it ("2026-11-28T09:30"), read in the site's
 * time zone, as a UTC Date. A full ISO time with a zone ("…Z", "+02:00") is taken as it is.
 * Undefined for anything else, including dates that do not exist (31 February).
 */
export function parseLocalTime(value: unknown, timeZone: string): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  let utc = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Near a clock change the offset at the guess can differ from the offset at the answer: settle it.
  utc = wall - offsetMinutes(utc, timeZone) * 60_000;
  return new Date(utc);
}

/** The inverse, for filling a `datetime-local` field: "2026-11-28T09:30" in the zone. */
export function toLocalInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
