// Progressive enhancement for "Share post": copy the link to the clipboard, and offer the
// device's own share sheet where the browser has the Web Share API. Without JS the links still work.
document.addEventListener('DOMContentLoaded', () => {
  const share = document.querySelector('.share[data-share-url]');
  if (!share) return;
  const url = share.getAttribute('data-share-url');
  const title = share.getAttribute('data-share-title') || document.title;
  const copy = share.querySelector('[data-copy-link]');
  if (copy && navigator.clipboard) {
    copy.addEventListener('click', async (event) => {
      event.preventDefault();
      try {
        await navigator.clipboard.writeText(url);
        copy.textContent = 'Link copied';
      } catch {
        copy.textContent = 'Copy failed: use the address bar';
      }
      copy.setAttribute('aria-live', 'polite');
    });
  }
  if (typeof navigator.share === 'function') {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-native';
    button.textContent = 'Share…';
    button.addEventListener('click', () => navigator.share({ title, url }).catch(() => {}));
    item.appendChild(button);
    share.querySelector('ul')?.prepend(item);
  }
});

// Counts a view once the story is actually shown to a person (not prefetched or prerendered),
// through a beacon so pages served from a CDN cache count too; the page itself never counts.
document.addEventListener('DOMContentLoaded', () => {
  const story = document.querySelector('article[data-story-id]');
  if (!story || !navigator.sendBeacon) return;
  const send = () => navigator.sendBeacon(`/api/views/${story.getAttribute('data-story-id')}`);
  if (document.visibilityState === 'visible') send();
  else document.addEventListener('visibilitychange', function once() {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', once);
    send();
  });
});
