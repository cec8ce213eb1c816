/**
 * What surrounds every service call the script makes: counting, the authorization
 * mode, the limits of custom functions, the lock log, and the realm of the values
 * handed back to the script.
 */
import vm from 'node:vm';
import { isDateObject } from './values';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** The services' kinds, used as the first half of the counters' keys (`Range.setValues`). */
export type ServiceKind =
  | 'SpreadsheetApp'
  | 'Spreadsheet'
  | 'Sheet'
  | 'Range'
  | 'RangeList'
  | 'NamedRange'
  | 'Protection'
  | 'DataValidationBuilder'
  | 'DataValidation'
  | 'ConditionalFormatRuleBuilder'
  | 'ConditionalFormatRule'
  | 'BooleanCondition'
  | 'EmbeddedChartBuilder'
  | 'EmbeddedChart'
  | 'Charts'
  | 'PropertiesService'
  | 'Properties'
  | 'LockService'
  | 'Lock'
  | 'Ui'
  | 'Menu'
  | 'PromptResponse'
  | 'HtmlService'
  | 'HtmlOutput'
  | 'ScriptApp'
  | 'Session'
  | 'User'
  | 'Utilities'
  | 'Logger';

/** Objects that hold document data: a custom function may read them but never change them. */
const DOCUMENT_KINDS = new Set<ServiceKind>([
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'NamedRange',
  'Protection',
]);
const MUTATION =
  /^(set|insert|delete|append|clear|protect|remove|add|activate|hide|show|move|merge|sort|rename|toast|update|trim|randomize|check|uncheck|breakApart|autoResize|copyTo|copyFormatToRange|copyValuesToRange)/;

/**
 * What AuthMode.NONE forbids (an add-on's onOpen before the user has used it in this
 * document): anything that reads the document or stored data. Menus may be built.
 */
const NEEDS_AUTH: Partial<Record<ServiceKind, RegExp>> = {
  SpreadsheetApp: /^(getActive|getCurrentCell|getSelection|open|setActive|flush|create)/,
  PropertiesService: /./,
  LockService: /./,
  Session: /^(getActiveUser|getEffectiveUser|getTemporaryActiveUserKey)$/,
};

export interface WriteRecord {
  /** `Range.setValues`, `Sheet.insertRowsAfter`… */
  readonly call: string;
  /** What was written: `'Клиенты'!A2:C4`, a sheet name… */
  readonly target: string;
  /** The locks the script held at the time (`document`, `script`, `user`). */
  readonly locks: readonly string[];
  /** Cells of a range written (1 for a sheet or the spreadsheet): what one call per cell would take. */
  readonly cells: number;
}

/** A read of cell contents or formats (`Range.getValues`…): what it covered. */
export interface ReadRecord {
  readonly call: string;
  readonly target: string;
  readonly cells: number;
}

/** Range getters that read something of every cell of the range. */
const CELL_READ =
  /^get(Value|DisplayValue|Formula|FormulaR1C1|Note|NumberFormat|DataValidation|Background|FontColor|FontWeight|FontStyle|FontSize|Wrap|HorizontalAlignment|VerticalAlignment|RichTextValue)s?$/;

/**
 * The method by which a service object says what it stands for in the write log
 * (`'Клиенты'!A2:C4`); a symbol, so the script can't call it and it isn't counted.
 */
export const DESCRIBE = Symbol('describe');

/** How many cells a service object covers (a Range's size); absent means one. */
export const CELLS = Symbol('cells');

interface Described {
  [DESCRIBE](): string;
  [CELLS]?(): number;
}

/** `this` as the Apps Script type a chainable method returns (the runtime hands back the counted object). */
export function chain<G>(target: object): G {
  return target as G;
}

export class Realm {
  private Array: ArrayConstructor = Array;
  private Object: ObjectConstructor = Object;
  private Date: DateConstructor = Date;

  attach(context: vm.Context): void {
    this.Array = vm.runInContext('Array', context);
    this.Object = vm.runInContext('Object', context);
    this.Date = vm.runInContext('Date', context);
  }

  /** A Date of this realm at an instant (epoch milliseconds). */
  date(time: number): Date {
    return new this.Date(time);
  }

  /** A copy of arrays, plain objects and dates made in the script's realm; service objects stay as they are. */
  import<T>(value: T): T {
    if (Array.isArray(value)) {
      const out = new this.Array();
      for (const v of value) out.push(this.import(v));
      return out as T;
    }
    if (isDateObject(value)) return new this.Date(value.getTime()) as T;
    if (isPlainObject(value)) {
      const out = new this.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = this.import(v);
      return out as T;
    }
    return value;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || (Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object');
}

export class Runtime {
  private readonly counts = new Map<string, number>();
  private readonly customCounts = new Map<string, number>();
  private readonly targets = new WeakMap<object, object>();
  private readonly log: WriteRecord[] = [];
  private readonly readLog: ReadRecord[] = [];
  private counting = true;
  /** Calls made to fail, by `Kind.method`: how many more calls pass before one throws, and its message. */
  private readonly failures = new Map<string, { pass: number; message: string }>();
  /** The custom function being evaluated, if any. */
  private customFunction: string | undefined;
  readonly realm = new Realm();

  constructor(
    public authMode: AuthMode,
    private readonly heldLocks: () => readonly string[],
  ) {}

  /** Wraps a service object so every method call the script makes is counted and checked. */
  expose<G>(kind: ServiceKind, target: object): G {
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const value = Reflect.get(t, prop, t);
        if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') return value;
        return (...args: unknown[]) => {
          this.beforeCall(kind, prop, t);
          const result = value.apply(t, args);
          // Chained calls (`range.setValue(…).setNote(…)`) go on through the counted object.
          return result === t ? proxy : result;
        };
      },
    });
    this.targets.set(proxy, target);
    return proxy as G;
  }

  /** The object behind a service object the script passed back (a Range to setActiveRange…). */
  unwrap<T>(exposed: unknown, what: string): T {
    const target = typeof exposed === 'object' && exposed !== null ? this.targets.get(exposed) : undefined;
    if (!target) throw new Error(`Invalid argument: ${what}`);
    return target as T;
  }

  /** The `nth` call of `key` ('Range.setValues') from now throws `message`, as a failing service does. */
  failCall(key: string, nth: number, message: string): void {
    this.failures.set(key, { pass: nth - 1, message });
  }

  private failIfAsked(key: string): void {
    const failure = this.failures.get(key);
    if (!failure) return;
    if (failure.pass-- > 0) return;
    this.failures.delete(key);
    throw new Error(failure.message);
  }

  private beforeCall(kind: ServiceKind, method: string, target: object): void {
    const key = `${kind}.${method}`;
    if (this.counting) this.failIfAsked(key);
    if (this.counting) {
      const counts = this.customFunction ? this.customCounts : this.counts;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (this.customFunction) {
      if (kind === 'SpreadsheetApp' && method === 'getUi')
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      if (DOCUMENT_KINDS.has(kind) && MUTATION.test(method))
        throw new Error(`You do not have permission to call ${method}`);
      return;
    }
    if (this.authMode === 'NONE' && NEEDS_AUTH[kind]?.test(method)) {
      throw new Error(
        `You do not have permission to call ${key} in AuthMode.NONE (an add-on's onOpen before authorization).`,
      );
    }
    if (!this.counting || !DOCUMENT_KINDS.has(kind)) return;
    const described = target as Partial<Described>;
    const what = described[DESCRIBE]?.() ?? kind;
    const cells = described[CELLS]?.() ?? 1;
    if (MUTATION.test(method))
      this.log.push({ call: key, target: what, locks: [...this.heldLocks()], cells });
    // getValue and the other singular getters read the range's top-left cell only.
    else if (kind === 'Range' && CELL_READ.test(method))
      this.readLog.push({ call: key, target: what, cells: method.endsWith('s') ? cells : 1 });
  }

  /** Runs `fn` as the add-on's custom function `name`: reads allowed, writes and UI refused, calls counted apart. */
  asCustomFunction<T>(name: string, fn: () => T): T {
    const outer = this.customFunction;
    this.customFunction = name;
    try {
      return fn();
    } finally {
      this.customFunction = outer;
    }
  }

  get inCustomFunction(): boolean {
    return this.customFunction !== undefined;
  }

  /** Runs `fn` without counting or logging (a test setting up the document as a user would). */
  uncounted<T>(fn: () => T): T {
    const outer = this.counting;
    const mode = this.authMode;
    this.counting = false;
    this.authMode = 'FULL';
    try {
      return fn();
    } finally {
      this.counting = outer;
      this.authMode = mode;
    }
  }

  calls(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  callsByMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  customFunctionServiceCalls(): Record<string, number> {
    return Object.fromEntries([...this.customCounts].sort(([a], [b]) => a.localeCompare(b)));
  }

  resetCalls(): void {
    this.counts.clear();
    this.customCounts.clear();
    this.log.length = 0;
    this.readLog.length = 0;
  }

  writes(): readonly WriteRecord[] {
    return [...this.log];
  }

  reads(): readonly ReadRecord[] {
    return [...this.readLog];
  }
}
