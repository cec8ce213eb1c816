/**
 * The sidebars in Debian's Chromium (testing layer 4), driven by playwright-core, which never
 * downloads a browser. dist/sidebar.html (and import.html) is served from a made-up address through request
 * interception, and google.script.run is a shim that hands each call to `server` (the real
 * bundle in the local workbook) and only ever carries JSON, as Apps Script does.
 * Nothing reaches the network: every other request is refused and recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SIDEBAR_URL = 'https://sidebar.local.test/';
const DIST = join(__dirname, '../../dist');
export const SIDEBAR_HTML = join(DIST, 'sidebar.html');
/** The import sidebar's page, served at SIDEBAR_URL + 'import.html'. */
export const IMPORT_HTML = join(DIST, 'import.html');

/** The file of dist/ a page address stands for: the review wizard at the root, any other page by its name. */
function pageFile(url: string): string | undefined {
  if (url === SIDEBAR_URL) return SIDEBAR_HTML;
  const name = url.startsWith(SIDEBAR_URL) ? url.slice(SIDEBAR_URL.length) : '';
  return /^[a-z]+\.html$/.test(name) && existsSync(join(DIST, name)) ? join(DIST, name) : undefined;
}
export const OUTPUT_DIR = join(__dirname, '../../test-output/sidebar');

/** What the page asks of the server: a global function's name and its arguments, as JSON. */
export type Server = (name: string, args: unknown[]) => unknown;

/** Runs in the page before its script: google.script.run with its builder methods. */
function installShim(): void {
  type Handler = (value: unknown) => void;
  const w = window as unknown as {
    __gasRun(name: string, json: string): Promise<string>;
    google: unknown;
  };
  const isJson = (v: unknown): boolean =>
    v === null ||
    ['string', 'number', 'boolean'].includes(typeof v) ||
    (Array.isArray(v) && v.every(isJson)) ||
    (Object.prototype.toString.call(v) === '[object Object]' && Object.values(v as object).every(isJson));
  const runner = (success?: Handler, failure?: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
          if (key === 'withFailureHandler') return (f: Handler) => runner(success, f);
          return (...args: unknown[]) => {
            // Apps Script refuses a Date, a function or undefined as a parameter.
            if (!args.every(isJson)) {
              setTimeout(() => failure?.(new Error('Failed due to illegal value in property')));
              return;
            }
            w.__gasRun(String(key), JSON.stringify(args)).then(
              (json) => success?.(json === undefined ? undefined : JSON.parse(json)),
              (e: Error) => failure?.(new Error(e.message.replace(/^Error: /, ''))),
            );
          };
        },
      },
    );
  w.google = { script: { run: runner() } };
}

export class SidebarBrowser {
  /** Requests the page tried to make outside the sidebar's own address, all refused. */
  readonly blocked: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  /** A fresh profile each time; fails, not skips, when Chromium is missing. */
  static async launch(): Promise<SidebarBrowser> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}; install it with: apt-get install -y chromium`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'sidebar-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 300, height: 720 },
    });
    const browser = new SidebarBrowser(context, profile);
    await context.route('**/*', (route) => {
      const file = pageFile(route.request().url());
      if (file) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      browser.blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    return browser;
  }

  /**
   * A new sidebar whose google.script.run calls `server`; page errors and dialogs are recorded.
   * `page` is another sidebar of dist/ ('import.html'); the review wizard by default.
   */
  async open(server: Server, page = ''): Promise<SidebarPage> {
    const tab = await this.context.newPage();
    const sidebar = new SidebarPage(tab);
    tab.on('pageerror', (e) => sidebar.errors.push(e.message));
    tab.on('dialog', (d) => {
      sidebar.dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.exposeBinding('__gasRun', async (_source, name: string, json: string) => {
      sidebar.calls.push(name);
      const result = await server(name, JSON.parse(json) as unknown[]);
      return JSON.stringify(result);
    });
    await tab.addInitScript(installShim);
    await tab.goto(SIDEBAR_URL + page);
    await tab.locator('#step-title').waitFor();
    return sidebar;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class SidebarPage {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];
  /** Server functions the page called, in order. */
  readonly calls: string[] = [];

  constructor(readonly page: Page) {}

  field(name: string) {
    return this.page.locator(`#f-${name}`);
  }

  /** A control of the step on show, by its whole label (other steps may reuse one); " *" marks a required field. */
  byLabel(label: string) {
    const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
    return this.page.locator('section:not([hidden])').getByLabel(exactly);
  }

  /** Types into fields by their form names. */
  async fill(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }

  /** The problem shown under a field ('' when none). */
  async problem(name: string): Promise<string> {
    const error = this.page.locator(`#f-${name}-error`);
    return (await error.isVisible()) ? ((await error.textContent()) ?? '') : '';
  }

  async title(): Promise<string> {
    return (await this.page.locator('#step-title').textContent()) ?? '';
  }

  async text(selector: string): Promise<string> {
    return (await this.page.locator(selector).textContent()) ?? '';
  }

  /** Presses Enter in the focused field: the wizard's "Next". */
  async enter(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await this.page.locator('#app').screenshot({ path: join(OUTPUT_DIR, `${name}.png`) });
  }
}
