/**
 * The services around the spreadsheet: properties, locks, the UI (menus, alerts,
 * sidebars), HTML output, ScriptApp, Session, Utilities and Logger. What the UI shows
 * is recorded on the document for tests to inspect.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlertRecord, DocContext as Doc, HtmlRecord, LockName, MenuEntry, MenuRecord } from './context';
import { AuthMode, Button, ButtonSet, nameOf, valueOf } from './enums';
import { chain } from './runtime';
import { fieldsInZone, formatDateFields, isDateObject, localeLanguage } from './values';

type GProperties = GoogleAppsScript.Properties.Properties;
type GMenu = GoogleAppsScript.Base.Menu;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

// ── properties ──────────────────────────────────────────────────────────────

/** Apps Script's quotas: 9 kB per value, 500 kB per store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class LocalProperties implements Partial<GProperties> {
  constructor(
    private readonly doc: Doc,
    private readonly store: Map<string, string>,
  ) {}

  private put(key: string, value: unknown): void {
    const text = String(value);
    if (Buffer.byteLength(key) + Buffer.byteLength(text) > VALUE_LIMIT)
      throw new Error('Argument too large: value');
    this.store.set(String(key), text);
    let total = 0;
    for (const [k, v] of this.store) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > STORE_LIMIT) {
      this.store.delete(String(key));
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): GProperties {
    this.put(key, value);
    return chain(this);
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GProperties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.put(k, v);
    return chain(this);
  }
  getProperties(): { [key: string]: string } {
    return this.doc.out(Object.fromEntries(this.store));
  }
  getKeys(): string[] {
    return this.doc.out([...this.store.keys()]);
  }
  deleteProperty(key: string): GProperties {
    this.store.delete(key);
    return chain(this);
  }
  deleteAllProperties(): GProperties {
    this.store.clear();
    return chain(this);
  }
}

export class LocalPropertiesService implements Partial<GoogleAppsScript.Properties.PropertiesService> {
  constructor(private readonly doc: Doc) {}
  private expose(store: Map<string, string>): GProperties {
    return this.doc.runtime.expose('Properties', new LocalProperties(this.doc, store));
  }
  getDocumentProperties(): GProperties {
    return this.expose(this.doc.properties.document);
  }
  getScriptProperties(): GProperties {
    return this.expose(this.doc.properties.script);
  }
  getUserProperties(): GProperties {
    return this.expose(this.doc.properties.user);
  }
}

// ── locks ───────────────────────────────────────────────────────────────────

/**
 * One execution runs at a time here, so a lock is free unless a test says another
 * execution holds it (LocalWorkbook.holdLocksElsewhere); then waitLock times out.
 */
export class LocalLock implements Partial<GoogleAppsScript.Lock.Lock> {
  constructor(
    private readonly doc: Doc,
    private readonly name: LockName,
  ) {}
  waitLock(): void {
    if (!this.tryLock()) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  tryLock(): boolean {
    if (this.doc.otherExecutionHoldsLocks) return false;
    this.doc.heldLocks.add(this.name);
    return true;
  }
  releaseLock(): void {
    this.doc.heldLocks.delete(this.name);
  }
  hasLock(): boolean {
    return this.doc.heldLocks.has(this.name);
  }
}

export class LocalLockService implements Partial<GoogleAppsScript.Lock.LockService> {
  /** `documentLock` false: getDocumentLock() gives null, as Apps Script does where no document is at hand. */
  constructor(
    private readonly doc: Doc,
    private readonly documentLock = true,
  ) {}
  private lock(name: LockName): GoogleAppsScript.Lock.Lock {
    return this.doc.runtime.expose('Lock', new LocalLock(this.doc, name));
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    // @types says Lock, but Apps Script documents null here, which scripts must handle.
    return this.documentLock ? this.lock('document') : (null as unknown as GoogleAppsScript.Lock.Lock);
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.lock('user');
  }
}

// ── UI ──────────────────────────────────────────────────────────────────────

export class LocalMenu implements Partial<GMenu> {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly doc: Doc,
    private readonly kind: 'addon' | 'menu',
    private readonly caption: string | null,
  ) {}
  addItem(caption: string, functionName: string): GMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw new Error('Menu.addItem needs a caption and the name of a function.');
    }
    this.items.push({ caption, functionName });
    return chain(this);
  }
  addSeparator(): GMenu {
    this.items.push({ separator: true });
    return chain(this);
  }
  addSubMenu(menu: GMenu): GMenu {
    const sub = this.doc.runtime.unwrap<LocalMenu>(menu, 'menu');
    if (sub.kind === 'addon') throw new Error('A sub-menu must be made with Ui.createMenu.');
    this.items.push({ subMenu: sub.record() });
    return chain(this);
  }
  addToUi(): void {
    this.doc.menus.push(this.record());
  }
  record(): MenuRecord {
    return { kind: this.kind, caption: this.caption, items: [...this.items] };
  }
}

/** The button a dialog's set answers with when a test queued none: its first. */
const FIRST_BUTTON: Record<string, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class LocalUi implements Partial<Omit<GoogleAppsScript.Base.Ui, 'Button' | 'ButtonSet'>> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly doc: Doc) {}

  private dialog(kind: AlertRecord['kind'], a: string, b?: unknown, c?: unknown): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), nameOf(c)] : [null, a, b === undefined ? 'OK' : nameOf(b)];
    if (!(buttons in FIRST_BUTTON)) throw new Error(`Invalid button set: ${buttons}`);
    this.doc.alerts.push({ title, prompt: String(prompt), buttons, kind });
    const answer = this.doc.answers.shift();
    return answer?.button ?? FIRST_BUTTON[buttons];
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons): recorded, answered from the queue. */
  alert(
    a: string,
    b?: GoogleAppsScript.Base.ButtonSet | string,
    c?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button {
    return valueOf(this.dialog('alert', a, b, c));
  }
  prompt(
    a: string,
    b?: GoogleAppsScript.Base.ButtonSet | string,
    c?: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    const text = this.doc.answers[0]?.text ?? '';
    const button = this.dialog('prompt', a, b, c);
    return this.doc.runtime.expose('PromptResponse', {
      getResponseText: () => text,
      getSelectedButton: () => valueOf<GoogleAppsScript.Base.Button>(button),
    });
  }
  createAddonMenu(): GMenu {
    return this.doc.runtime.expose('Menu', new LocalMenu(this.doc, 'addon', null));
  }
  createMenu(caption: string): GMenu {
    return this.doc.runtime.expose('Menu', new LocalMenu(this.doc, 'menu', caption));
  }
  private show(kind: HtmlRecord['kind'], userInterface: GHtmlOutput, title?: string): void {
    const html = this.doc.runtime.unwrap<LocalHtmlOutput>(userInterface, 'userInterface');
    this.doc.html.push({
      kind,
      title: title ?? html.getTitle(),
      content: html.getContent(),
      width: html.width,
      height: html.height,
    });
  }
  /** Sheets shows sidebars 300 px wide whatever the width asked. */
  showSidebar(userInterface: GHtmlOutput): void {
    this.show('sidebar', userInterface);
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this.show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string): void {
    this.show('modeless', userInterface, title);
  }
}

// ── HTML ────────────────────────────────────────────────────────────────────

export class LocalHtmlOutput implements Partial<GHtmlOutput> {
  private title = '';
  width: number | undefined;
  height: number | undefined;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): GHtmlOutput {
    this.content = content;
    return chain(this);
  }
  append(addedContent: string): GHtmlOutput {
    this.content += addedContent;
    return chain(this);
  }
  clear(): GHtmlOutput {
    this.content = '';
    return chain(this);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GHtmlOutput {
    this.title = title;
    return chain(this);
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setWidth(width: number): GHtmlOutput {
    this.width = width;
    return chain(this);
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setHeight(height: number): GHtmlOutput {
    this.height = height;
    return chain(this);
  }
}

export class LocalHtmlService implements Partial<
  Omit<GoogleAppsScript.HTML.HtmlService, 'SandboxMode' | 'XFrameOptionsMode'>
> {
  constructor(
    private readonly doc: Doc,
    private readonly distDir: string,
  ) {}
  private expose(html: LocalHtmlOutput): GHtmlOutput {
    return this.doc.runtime.expose('HtmlOutput', html);
  }
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    const content = typeof html === 'object' ? html.getBlob().getDataAsString() : (html ?? '');
    return this.expose(new LocalHtmlOutput(String(content)));
  }
  /** Reads dist/<filename>.html, the file clasp pushes. */
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    const path = join(this.distDir, filename.endsWith('.html') ? filename : `${filename}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return this.expose(new LocalHtmlOutput(readFileSync(path, 'utf8')));
  }
}

// ── ScriptApp, Session, Utilities, Logger ───────────────────────────────────

export class LocalScriptApp implements Partial<Pick<GoogleAppsScript.Script.ScriptApp, 'getScriptId'>> {
  readonly AuthMode = AuthMode;
  getScriptId(): string {
    return 'local-script';
  }
}

export class LocalSession implements Partial<GoogleAppsScript.Base.Session> {
  constructor(
    private readonly doc: Doc,
    private readonly userLocale: string,
    private readonly email: string,
    private readonly scriptTimeZone: string,
  ) {}
  /** The language of the user's locale ("ru" for ru_RU), as Apps Script documents it. */
  getActiveUserLocale(): string {
    return localeLanguage(this.userLocale);
  }
  /** The script's time zone: appsscript.json's, apart from the spreadsheet's. */
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.user();
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.user();
  }
  private user(): GoogleAppsScript.Base.User {
    const email = this.email;
    return this.doc.runtime.expose('User', { getEmail: () => email });
  }
}

export class LocalUtilities implements Partial<GoogleAppsScript.Utilities.Utilities> {
  /** Java SimpleDateFormat patterns, the common letters: yyyy yy MM M dd d HH H mm ss and quoted text. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateObject(date)) throw new Error('Utilities.formatDate needs a Date.');
    return formatDateFields(fieldsInZone(date, timeZone), format);
  }
  /** Returns at once: tests don't wait. */
  sleep(): void {}
  getUuid(): string {
    return crypto.randomUUID();
  }
}

function formatLog(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && rest.length > 0) {
    let i = 0;
    return first.replace(/%[sdif]/g, () => String(rest[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

export class LocalLogger implements Partial<GoogleAppsScript.Base.Logger> {
  constructor(private readonly doc: Doc) {}
  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    this.doc.logs.push(formatLog(args));
    return chain(this);
  }
  getLog(): string {
    return this.doc.logs.join('\n');
  }
  clear(): void {
    this.doc.logs.length = 0;
  }
}

/** console for the script: kept with the logs rather than printed into the test output. */
export function scriptConsole(doc: Doc): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      void doc.logs.push(`${level}: ${formatLog(args)}`);
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('debug'),
  };
}
