/** A teaser excerpt: whitespace collapsed, cut at a word boundary, "…" when anything was cut. */
export function excerpt(text: string, maxChars = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const room = clean.slice(0, maxChars); // leaves a character of room for the ellipsis
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > maxChars * 0.5 ? room.slice(0, lastSpace) : room.slice(0, maxChars - 1);
  return cut.replace(/[\s,;:.\-–—(“"‘']+$/u, '') + '…';
}
