import type { StoryImage } from '../../store/media.ts';
import { variantsOf } from '../../newsroom/media.ts';

const SIZES = '(min-width: 48rem) 44rem, 100vw';

/** A story's featured image: WebP where the browser takes it, the original format otherwise, at the width the screen needs. */
export function FeaturedImage({ image }: { image: StoryImage }) {
  const variants = variantsOf(image);
  const fallback = variants.find((v) => v.width >= 960) ?? variants[variants.length - 1]!;
  const largest = variants[variants.length - 1]!;
  const height = Math.round((image.height / image.width) * largest.width);
  return (
    <figure class="story-image">
      <picture>
        <source type="image/webp" srcset={variants.map((v) => `/media/${v.webp} ${v.width}w`).join(', ')} sizes={SIZES} />
        <img
          src={`/media/${fallback.original}`}
          srcset={variants.map((v) => `/media/${v.original} ${v.width}w`).join(', ')}
          sizes={SIZES}
          width={largest.width}
          height={height}
          alt={image.alt}
        />
      </picture>
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span class="image-credit"> {image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
