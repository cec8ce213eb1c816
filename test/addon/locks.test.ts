/**
 * Every action that writes holds the document lock, taken once per action, so two people
 * working at once never interleave their writes (issue 11, "Races"). The local workbook
 * logs the locks held at every write.
 */
import { texts } from '../../src/i18n';
import { reviewForm } from '../../src/core/review';
import { LocalWorkbook } from '../../tools/local-workbook';

const review = { ...reviewForm({}), name: 'ООО «Замок»', retailChange: '-12%' };

function open(locale = 'ru_RU', documentLock = true) {
  const wb = new LocalWorkbook({ locale, documentLock });
  return { wb, run: wb.load().run };
}

describe('Every writer holds the document lock, taken once per action', () => {
  it('setup, sample data and a save write nothing without the document lock', () => {
    const { wb, run } = open();
    for (const [action, ...args] of [
      ['setupWorkbook'],
      ['addSampleData'],
      ['saveClientReview', review, 'new'],
    ] as const) {
      wb.resetCalls();
      run(action, ...args);
      const writes = wb.writes();
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.filter((w) => !w.locks.includes('document'))).toEqual([]);
      expect(wb.callsByMethod()['LockService.getDocumentLock']).toBe(1);
    }
  });

  it('a save that needs setup takes the lock once and holds it throughout', () => {
    const { wb, run } = open('en_US');
    expect(run('saveClientReview', review, 'new')).toMatchObject({ status: 'saved', row: 2 });
    const calls = wb.callsByMethod();
    expect(calls['LockService.getDocumentLock']).toBe(1);
    expect(calls['Lock.tryLock']).toBe(1);
    expect(calls['Lock.releaseLock']).toBe(1);
    expect(wb.writes().filter((w) => !w.locks.includes('document'))).toEqual([]);
  });

  it.each([
    ['ru_RU', 'ru'],
    ['en_US', 'en'],
  ] as const)(
    'when another execution holds the lock, setup and sample data write nothing and say so (%s)',
    (locale, lang) => {
      const { wb, run } = open(locale);
      run('setupWorkbook');
      wb.holdLocksElsewhere();
      for (const action of ['setupWorkbook', 'addSampleData']) {
        wb.resetCalls();
        run(action);
        expect(wb.writes()).toEqual([]);
        expect(wb.alerts().at(-1)).toMatchObject({ prompt: texts[lang].addon.busy });
      }
      expect(run('saveClientReview', review, 'new')).toEqual({
        status: 'failed',
        message: texts[lang].wizard.busy,
      });
    },
  );

  it('falls back to the script lock where getDocumentLock() gives null', () => {
    const { wb, run } = open('ru_RU', false);
    run('setupWorkbook');
    expect(wb.writes().length).toBeGreaterThan(0);
    expect(wb.writes().filter((w) => !w.locks.includes('script'))).toEqual([]);
    expect(run('saveClientReview', review, 'new')).toMatchObject({ status: 'saved' });
  });
});
