// Newsroom enhancements; every page works without them.
// Live preview: while the writer types, the editor form is sent to the preview frame (the same
// request the "Preview" button makes), at most every 0.8 s.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('story-form');
  const button = form && form.querySelector('[data-preview-button]');
  if (form && button && typeof form.requestSubmit === 'function') {
    let timer;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => form.requestSubmit(button), 800);
    };
    form.addEventListener('input', refresh);
    refresh();
  }
  for (const confirmForm of document.querySelectorAll('form[data-confirm]')) {
    confirmForm.addEventListener('submit', (event) => {
      if (!window.confirm(confirmForm.getAttribute('data-confirm'))) event.preventDefault();
    });
  }
});
