import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderPage(page: VNode): string {
  return '<!DOCTYPE html>' + render(page);
}
