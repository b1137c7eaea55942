export type ImageType = 'jpeg' | 'png' | 'webp' | 'gif';

/** What an upload really is, from its first bytes; its name and declared type are not trusted. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (bytes.length < 12) return undefined;
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  return undefined;
}

/** Responsive widths to store for an image `width` pixels wide: the standard steps below it, and its own (capped). */
export function widthsFor(width: number, steps: readonly number[] = [320, 640, 960, 1280, 1920]): number[] {
  const max = steps[steps.length - 1]!;
  return [...new Set([...steps.filter((s) => s < width), Math.min(width, max)])].sort((a, b) => a - b);
}
