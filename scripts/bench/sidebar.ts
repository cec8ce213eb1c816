/**
 * The sidebar's size, and its time to interactive in headless Chromium: from the start of
 * the page's navigation to the wizard's first step on screen, which the page draws once
 * wizardStart has answered (here the real bundle in the local workbook answers, through the
 * google.script.run shim of the sidebar tests; in Sheets a server round trip comes on top).
 * When Chromium or the sidebar is missing, the figures say so instead of failing.
 */
import { existsSync, statSync } from 'node:fs';
import { LocalWorkbook } from '../../tools/local-workbook';
import { CHROMIUM, SIDEBAR_HTML, SidebarBrowser } from '../../tools/sidebar-browser';
import { type Figure, type Target, figure } from './figures';
import { medianMsAsync } from './measure';

/** Runs in the page before its script: notes when the first step's title appears. */
function watchFirstStep(): void {
  const w = window as unknown as { __interactiveAt?: number };
  const seen = () => {
    if (w.__interactiveAt === undefined && document.getElementById('step-title')) {
      w.__interactiveAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * tsx compiles the benchmark (and the sidebar tests' shim) keeping function names with an
 * esbuild helper, __name, which the functions handed to a page then call: a page defines it
 * first with this (context scripts run before the page's own).
 */
export const NAME_SHIM =
  "globalThis.__name = (f, name) => Object.defineProperty(f, 'name', { value: name, configurable: true });";

async function timeToInteractive(repetitions: number): Promise<number> {
  const wb = new LocalWorkbook({ locale: 'ru_RU' });
  const { run } = wb.load();
  run('setupWorkbook');
  const browser = await SidebarBrowser.launch();
  try {
    await browser.context.addInitScript({ content: NAME_SHIM });
    await browser.context.addInitScript(watchFirstStep);
    return await medianMsAsync(repetitions, async () => {
      const sidebar = await browser.open((name, args) => run(name, ...args));
      const at = await sidebar.page.evaluate(
        () => (window as unknown as { __interactiveAt: number }).__interactiveAt,
      );
      if (sidebar.errors.length) throw new Error(`the sidebar failed: ${sidebar.errors.join('; ')}`);
      await sidebar.page.close();
      return at;
    });
  } finally {
    await browser.close();
  }
}

export async function sidebarFigures(
  repetitions: number,
  target: Target,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const bytes = existsSync(SIDEBAR_HTML) ? statSync(SIDEBAR_HTML).size : null;
  let missing =
    bytes === null
      ? 'no dist/sidebar.html'
      : !existsSync(CHROMIUM)
        ? `no Chromium at ${CHROMIUM}`
        : undefined;
  let interactiveMs: number | null = null;
  if (!missing) {
    try {
      interactiveMs = await timeToInteractive(repetitions);
    } catch (e) {
      missing = `Chromium failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    }
  }
  return {
    figures: [
      bytes === null
        ? figure('sidebar.sizeKb', 'dist/sidebar.html size', null, 'KB', undefined, missing)
        : figure('sidebar.sizeKb', 'dist/sidebar.html size', bytes / 1024, 'KB'),
      figure(
        'sidebar.interactiveMs',
        'Sidebar time to interactive (headless Chromium)',
        interactiveMs,
        'ms',
        target,
        missing,
      ),
    ],
    details: { bytes, interactiveMs, repetitions, ...(missing ? { unavailable: missing } : {}) },
  };
}
