/** Share links that work as plain links without JavaScript; share.js adds copy-to-clipboard and the Web Share API. */
export function shareTargets(url: string, title: string): Array<{ network: string; label: string; href: string }> {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section class="share" aria-labelledby="share-heading" data-share-url={url} data-share-title={title}>
      <h2 id="share-heading">Share post:</h2>
      <ul>
        {shareTargets(url, title).map((s) => (
          <li>
            <a class={`share-${s.network}`} href={s.href} {...(s.network === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
              {s.label}
            </a>
          </li>
        ))}
        <li>
          <a class="share-copy" href={url} data-copy-link>Copy link</a>
        </li>
      </ul>
    </section>
  );
}
