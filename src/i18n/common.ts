import { ruArgName, ruArgNames } from './args';
import { defineTexts, type Lang } from './define';
import { type Cell, type CellProblem, isDate, type ProblemCode, type ShapeError } from '../core/vocabulary';

const MAX_QUOTED = 40;

/** "1 день", "3 дня", "11 дней", "21 день": Russian picks the noun form by the last digits. */
export function ruDays(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form =
    mod100 >= 11 && mod100 <= 14 ? 'дней' : mod10 === 1 ? 'день' : mod10 >= 2 && mod10 <= 4 ? 'дня' : 'дней';
  return `${n} ${form}`;
}

export function enDays(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** The bad value as the user typed it, short enough for a cell; a number with the language's decimal mark (0,6 in Russian). */
export function quoteValue(value: Cell, lang: Lang): string {
  let s: string;
  // Readers quote a date as the day it shows in the spreadsheet's zone; a Date here is a slip, shown whole.
  if (isDate(value)) s = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  else if (typeof value === 'boolean') s = value ? 'TRUE' : 'FALSE';
  else if (typeof value === 'number' && lang === 'ru') s = String(value).replace('.', ',');
  else s = String(value ?? '');
  // Cut on code points: a cut inside a surrogate pair would leave half an emoji.
  const points = Array.from(s);
  return points.length > MAX_QUOTED ? `${points.slice(0, MAX_QUOTED - 1).join('')}…` : s;
}

type ProblemTexts = Record<ProblemCode, (arg: string, value: string) => string>;

const en: ProblemTexts = {
  notNumber: (a, v) => `${a}: "${v}" is not a number`,
  date: (a, v) => `${a}: "${v}" is a date, a number is expected`,
  negative: (a, v) => `${a}: "${v}" can't be negative`,
  belowMinus100: (a, v) => `${a}: "${v}" is a fall of more than 100 %; type a percentage, e.g. -12%`,
  notPercent: (a, v) => `${a}: "${v}" must be between 0 and 100 %`,
  level: (a, v) => `${a}: "${v}" is not a level; use 1, 2 or 3`,
  noLevel: (a) => `${a}: the level is missing (1, 2 or 3)`,
  unknownRole: (a, v) => `${a}: unknown role "${v}"; use Owner, Backup 1 or Backup 2`,
  noOwner: (a) => `${a}: nobody owns this function`,
  missing: (a) => `${a}: the value is missing`,
  tooLarge: (a, v) => `${a}: "${v}" is too large`,
  notServiceLevel: (a, v) => `${a}: "${v}" must be above 0 and below 100 %, e.g. 95%`,
  needsAvgDemand: (a) => `${a}: needed when lead_time_sd is given`,
  over100: (a, v) => `${a}: "${v}" is over 100 %; type a percentage, e.g. 20%`,
  noPayback: (a, v) => `${a}: "${v}" is not below the margin; no extra volume can pay it back`,
  notDate: (a, v) => `${a}: "${v}" is not a date`,
  notBoolean: (a, v) => `${a}: "${v}" is not a yes or no; use TRUE, FALSE or leave blank`,
  afterAsOf: (a, v) => `${a}: "${v}" is after as_of`,
  beforeStart: (a, v) => `${a}: "${v}" is before the start date`,
  notPositive: (a, v) => `${a}: "${v}" must be greater than 0`,
  notWhole: (a, v) => `${a}: "${v}" must be a whole number`,
  unknownName: (a, v) => `${a}: "${v}" is not among the employees`,
  unnamedHolder: (a) => `${a}: a role stands in a column without an employee name`,
  threeLevels: (a, v) => `${a}: "${v}" is one number too many; give three, the backups for levels 1, 2 and 3`,
};

const ru: ProblemTexts = {
  notNumber: (a, v) => `${a}: «${v}» — не число`,
  date: (a, v) => `${a}: «${v}» — дата, а нужно число`,
  negative: (a, v) => `${a}: «${v}» — не может быть отрицательным`,
  belowMinus100: (a, v) => `${a}: «${v}» — падение больше 100 %; введите процент, например -12%`,
  notPercent: (a, v) => `${a}: «${v}» — нужно от 0 до 100 %`,
  level: (a, v) => `${a}: «${v}» — не уровень; укажите 1, 2 или 3`,
  noLevel: (a) => `${a}: пусто — укажите 1, 2 или 3`,
  unknownRole: (a, v) => `${a}: неизвестная роль «${v}»; укажите Владелец, 1 Бэкапер или 2 Бэкапер`,
  noOwner: (a) => `${a}: у функции нет владельца`,
  missing: (a) => `${a}: не указано значение`,
  tooLarge: (a, v) => `${a}: «${v}» — слишком большое число`,
  notServiceLevel: (a, v) => `${a}: «${v}» — нужно больше 0 и меньше 100 %, например 95%`,
  needsAvgDemand: (a) => `${a}: нужен, если указан ${ruArgNames.lead_time_sd}`,
  over100: (a, v) => `${a}: «${v}» — больше 100 %; введите процент, например 20%`,
  noPayback: (a, v) => `${a}: «${v}» — не меньше маржи: такую скидку не окупит никакой рост объёма`,
  notDate: (a, v) => `${a}: «${v}» — не дата`,
  notBoolean: (a, v) => `${a}: «${v}» — не «да» и не «нет»; укажите ИСТИНА, ЛОЖЬ или оставьте пустым`,
  afterAsOf: (a, v) => `${a}: «${v}» — позже сегодняшней даты`,
  beforeStart: (a, v) => `${a}: «${v}» — раньше даты начала`,
  notPositive: (a, v) => `${a}: «${v}» — должно быть больше 0`,
  notWhole: (a, v) => `${a}: «${v}» — нужно целое число`,
  unknownName: (a, v) => `${a}: «${v}» — нет среди сотрудников`,
  unnamedHolder: (a) => `${a}: роль стоит в столбце без имени сотрудника`,
  threeLevels: (a, v) => `${a}: «${v}» — лишнее число; нужно три: бэкаперов для уровней 1, 2 и 3`,
};

export const WARNING = '⚠';

export const commonTexts = defineTexts({
  en: {
    problem: (p: CellProblem) =>
      `${WARNING} ${p.row === undefined ? '' : `row ${p.row}, `}${en[p.code](p.arg, quoteValue(p.value, 'en'))}`,
    shapeError: (fn: string, e: ShapeError) =>
      e.kind === 'width'
        ? `${fn}: ${e.arg} must be one column`
        : e.kind === 'names'
          ? `${fn}: ${e.arg} has ${e.count} names, ${e.otherArg} has ${e.otherCount} columns`
          : `${fn}: ranges differ in height: ${e.arg} has ${e.count} rows, ${e.otherArg} has ${e.otherCount}`,
  },
  ru: {
    problem: (p: CellProblem) =>
      `${WARNING} ${p.row === undefined ? '' : `строка ${p.row}, `}${ru[p.code](ruArgName(p.arg), quoteValue(p.value, 'ru'))}`,
    shapeError: (fn: string, e: ShapeError) => {
      const [arg, other] = [ruArgName(e.arg), ruArgName(e.otherArg)];
      return e.kind === 'width'
        ? `${fn}: ${arg} — нужен один столбец`
        : e.kind === 'names'
          ? `${fn}: имён (${arg}) ${e.count}, а столбцов (${other}) ${e.otherCount}`
          : `${fn}: диапазоны разной высоты: ${arg} — строк: ${e.count}, ${other} — строк: ${e.otherCount}`;
    },
  },
});
