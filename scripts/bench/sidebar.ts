/** The sidebar's size and time to interactive in headless Chromium, or why they can't be measured here. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Figure, type Target, figure } from './figures';
import { ROOT } from '../cli';

const CHROMIUM = '/usr/bin/chromium';
const SIDEBAR_HTML = join(ROOT, 'dist/sidebar.html');

export async function sidebarFigures(
  _repetitions: number,
  target: Target,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const missing = !existsSync(SIDEBAR_HTML)
    ? 'no dist/sidebar.html: this version has no sidebar'
    : !existsSync(CHROMIUM)
      ? `no Chromium at ${CHROMIUM}`
      : undefined;
  const bytes = existsSync(SIDEBAR_HTML) ? statSync(SIDEBAR_HTML).size : null;
  return {
    figures: [
      figure(
        'sidebar.sizeKb',
        'dist/sidebar.html size',
        bytes === null ? null : bytes / 1024,
        'KB',
        undefined,
        missing,
      ),
      figure(
        'sidebar.interactiveMs',
        'Sidebar time to interactive (headless Chromium)',
        null,
        'ms',
        target,
        missing,
      ),
    ],
    details: { unavailable: missing },
  };
}
