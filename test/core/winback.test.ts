import { dayOf } from '../../src/core/days';
import fc from 'fast-check';
import { DEFAULT_WARN_DAYS, WINBACK_STATUS_ARGS, winbackBlockers, winbackRow } from '../../src/core/winback';
import { column, isWellFormedResult } from '../support/arbitraries';
import { runColumn } from '../../src/addon/functions/column';
import { blockersTexts } from '../../src/present/winback';
import { RU, sheetIn } from '../support/sheets';

const AS_OF = new Date(2026, 10, 26, 9, 30); // 26 Nov 2026, a morning
/** A day relative to AS_OF, at a different time of day to prove only calendar days count. */
const day = (offset: number) => new Date(2026, 10, 26 + offset, 18, 45);
/** The same days as the rule sees them once read: calendar days of the spreadsheet's zone. */
const isoDay = (offset: number) => dayOf(day(offset), RU.timeZone);

type Args = Partial<Record<keyof typeof WINBACK_STATUS_ARGS, unknown>>;
const read = (args: Args) =>
  winbackRow(
    {
      contract_expiry: '',
      poa_expiry: '',
      last_contact: '',
      as_of: AS_OF,
      warn_days: '',
      ...args,
    } as never,
    RU,
  );
const run = (args: Args, lang: 'ru' | 'en' = 'en') =>
  runColumn(
    sheetIn(lang),
    'WINBACK_STATUS',
    WINBACK_STATUS_ARGS,
    args as never,
    winbackRow,
    blockersTexts(lang),
  );

describe('winbackBlockers (If the client has left)', () => {
  /** A client with a far contract and a contact today, but for what `c` says. */
  const blockers = (c: Parameters<typeof winbackBlockers>[0], warn = DEFAULT_WARN_DAYS) =>
    winbackBlockers(
      { contractExpiry: isoDay(1000), lastContact: isoDay(0), ...c },
      dayOf(AS_OF, RU.timeZone),
      warn,
    );

  it('counts an agreement valid through its expiry day: expired only from the day after', () => {
    expect(blockers({ contractExpiry: isoDay(-1) })).toEqual([
      { kind: 'expired', agreement: 'contract', on: isoDay(-1) },
    ]);
    expect(blockers({ contractExpiry: isoDay(0) })).toEqual([
      { kind: 'expiring', agreement: 'contract', inDays: 0 },
    ]);
  });

  it('warns of expiry within warn_days inclusive, not a day later', () => {
    expect(blockers({ poaExpiry: isoDay(30) })).toEqual([{ kind: 'expiring', agreement: 'poa', inDays: 30 }]);
    expect(blockers({ poaExpiry: isoDay(31) })).toEqual([]);
    expect(blockers({ poaExpiry: isoDay(10) }, 7)).toEqual([]);
    expect(blockers({ poaExpiry: isoDay(7) }, 7)).toHaveLength(1);
  });

  it('flags more than warn_days without contact, not exactly warn_days', () => {
    expect(blockers({ lastContact: isoDay(-30) })).toEqual([]);
    expect(blockers({ lastContact: isoDay(-31) })).toEqual([{ kind: 'silence', days: 31 }]);
    expect(blockers({ lastContact: isoDay(0) })).toEqual([]);
  });

  it('lists contract, power of attorney and contact in that order', () => {
    expect(
      blockers({ contractExpiry: isoDay(-44), poaExpiry: isoDay(12), lastContact: isoDay(-45) }).map(
        (b) => b.kind,
      ),
    ).toEqual(['expired', 'expiring', 'silence']);
  });

  it('blocks a client in touch with neither a contract nor a power of attorney on file', () => {
    expect(blockers({ contractExpiry: undefined })).toEqual([{ kind: 'noAgreement' }]);
    expect(blockers({ contractExpiry: undefined, poaExpiry: isoDay(100) })).toEqual([]);
  });

  it('blocks a client with agreements but no contact on record, after the agreements', () => {
    expect(blockers({ lastContact: undefined })).toEqual([{ kind: 'noContact' }]);
    expect(blockers({ lastContact: undefined, poaExpiry: isoDay(-1) }).map((b) => b.kind)).toEqual([
      'expired',
      'noContact',
    ]);
  });
});

describe('winbackRow (one row of =WINBACK_STATUS)', () => {
  it('gives nothing for a row whose three dates are blank, even without as_of', () => {
    expect(read({})).toBeUndefined();
    expect(read({ as_of: '' })).toBeUndefined();
  });

  it('reads dates typed as text in either form', () => {
    expect(read({ contract_expiry: '2026-11-25', last_contact: '2026-11-20' })).toEqual([
      { kind: 'expired', agreement: 'contract', on: '2026-11-25' },
    ]);
    expect(read({ poa_expiry: '06.12.2026', last_contact: '20.11.2026', as_of: '26.11.2026' })).toEqual([
      { kind: 'expiring', agreement: 'poa', inDays: 10 },
    ]);
  });

  it('takes warn_days for both expiry and silence', () => {
    expect(read({ contract_expiry: day(8), last_contact: day(-10), warn_days: 7 })).toEqual([
      { kind: 'silence', days: 10 },
    ]);
    expect(read({ contract_expiry: day(8), last_contact: day(-10), warn_days: '' })).toEqual([
      { kind: 'expiring', agreement: 'contract', inDays: 8 },
    ]);
  });

  it('names missing data as plain reasons: a contact without agreements, agreements without a contact', () => {
    expect(read({ last_contact: day(-3) })).toEqual([{ kind: 'noAgreement' }]);
    expect(read({ poa_expiry: day(100) })).toEqual([{ kind: 'noContact' }]);
    expect(read({ contract_expiry: day(100), poa_expiry: day(-2) })).toEqual([
      { kind: 'expired', agreement: 'poa', on: isoDay(-2) },
      { kind: 'noContact' },
    ]);
  });

  it('refuses a row without as_of: the function never reads the clock', () => {
    expect(() => read({ contract_expiry: day(100), as_of: '' })).toThrow(
      expect.objectContaining({ code: 'missing', arg: 'as_of' }),
    );
  });

  it.each([
    [{ contract_expiry: 'soon' }, 'contract_expiry', 'notDate'],
    [{ poa_expiry: 45000 }, 'poa_expiry', 'notDate'],
    [{ last_contact: '31.11.2026' }, 'last_contact', 'notDate'],
    [{ contract_expiry: day(1), as_of: 'today' }, 'as_of', 'notDate'],
    [{ contract_expiry: day(1), warn_days: -1 }, 'warn_days', 'negative'],
    [{ last_contact: day(1) }, 'last_contact', 'afterAsOf'],
  ])('reports %j as a problem of %s', (args, arg, code) => {
    expect(() => read(args)).toThrow(expect.objectContaining({ arg, code }));
  });
});

describe('WINBACK_STATUS over a column', () => {
  it('gives each lost client its blockers, "" when nothing blocks, ⚠ on its row only', () => {
    const out = run(
      {
        contract_expiry: [[day(-45)], [day(200)], ['soon'], ['']],
        poa_expiry: [[''], [day(200)], [''], ['']],
        last_contact: [[day(-3)], [day(-5)], [''], ['']],
        as_of: AS_OF,
      },
      'ru',
    );
    expect(out).toEqual([
      ['срок договора истёк 12.10.2026'],
      [''],
      ['⚠ срок договора: «soon» — не дата'],
      [''],
    ]);
  });

  it('says so when no agreement or no contact is on file, without ⚠, and leaves a blank row blank', () => {
    const args = {
      contract_expiry: [[''], [day(100)], [''], [day(-45)]],
      poa_expiry: [[''], [''], [''], ['']],
      last_contact: [[day(-3)], [''], [''], ['']],
      as_of: AS_OF,
    };
    expect(run(args, 'ru')).toEqual([
      ['нет ни договора, ни доверенности'],
      ['нет ни одного записанного контакта'],
      [''],
      ['срок договора истёк 12.10.2026; нет ни одного записанного контакта'],
    ]);
    expect(run(args, 'en')).toEqual([
      ['no record of a contract or power of attorney'],
      ['no record of any contact'],
      [''],
      ['contract expired 2026-10-12; no record of any contact'],
    ]);
  });

  it('shows a missing as_of on every filled row', () => {
    expect(run({ contract_expiry: [[day(1)], [''], [day(2)]], as_of: '' }, 'en')).toEqual([
      ['⚠ as_of: the value is missing'],
      [''],
      ['⚠ as_of: the value is missing'],
    ]);
  });

  const REASON =
    /^((срок (договора|доверенности) (истёк|истекает)|(contract|power of attorney) (expired|expires)|нет контакта|no contact) |нет ни договора, ни доверенности$|нет ни одного записанного контакта$|no record of a contract or power of attorney$|no record of any contact$)/;

  it('gives every row reasons, "" or a ⚠ text for any mix of cell values', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((h) => fc.tuple(column(h), column(h), column(h), column(1), column(1))),
        fc.constantFrom('ru' as const, 'en' as const),
        ([contract, poa, contact, asOf, warn], lang) => {
          const out = run(
            {
              contract_expiry: contract,
              poa_expiry: poa,
              last_contact: contact,
              as_of: asOf,
              warn_days: warn,
            },
            lang,
          );
          expect(out).toHaveLength(contract.length);
          for (const [cell] of out) {
            expect(isWellFormedResult(cell)).toBe(true);
            const text = String(cell);
            if (text === '' || text.startsWith('⚠ ')) continue;
            for (const reason of text.split('; ')) {
              expect(reason).toMatch(REASON);
              expect(reason).not.toMatch(/NaN|undefined|Invalid/);
            }
          }
        },
      ),
    );
  });

  it('never blocks a client whose agreements run past the warning and who was contacted within it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (warn, ahead, ago) => {
          const out = read({
            contract_expiry: day(warn + ahead),
            poa_expiry: day(warn + ahead),
            last_contact: day(-Math.min(ago, warn)),
            warn_days: warn,
          });
          expect(out).toEqual([]);
        },
      ),
    );
  });
});
