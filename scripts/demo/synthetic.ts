/**
 * Synthetic distributors, to try the workbook at scale: the same seed gives the same
 * clients. Each is drawn for one segment of New segmentation (docs/method.md) (insolvent, fall recorded,
 * expects a fall, no signal): its master data for Clients, and this month's Monitoring
 * period with figures that make the rule put it there at the default thresholds (5 % drop,
 * 90 days, a materiality of 10 000). Rows are template sample rows, so they are written
 * exactly as "Add sample data" writes.
 */
import type { L10n, SampleRow } from '../../sheets-templates/types';
import type { SegmentGroup } from '../../src/core/segment';

/** mulberry32: a small, well-mixed 32-bit generator; enough for demo data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMS = ['ООО', 'АО', 'ТД', 'ГК', 'ИП'];
const ROOTS = [
  'Север',
  'Волга',
  'Урал',
  'Сибирь',
  'Дон',
  'Кама',
  'Балтика',
  'Кубань',
  'Алтай',
  'Ока',
  'Енисей',
  'Амур',
  'Вятка',
  'Онега',
  'Печора',
  'Каспий',
];
const ENDINGS = ['-Трейд', '-Опт', '-Дистрибуция', ' Снаб', '-Логистик', ' Партнёр', '-Маркет'];
const REGIONS: L10n[] = [
  { ru: 'Москва', en: 'Moscow' },
  { ru: 'Санкт-Петербург', en: 'St Petersburg' },
  { ru: 'Новосибирск', en: 'Novosibirsk' },
  { ru: 'Екатеринбург', en: 'Yekaterinburg' },
  { ru: 'Казань', en: 'Kazan' },
  { ru: 'Нижний Новгород', en: 'Nizhny Novgorod' },
  { ru: 'Самара', en: 'Samara' },
  { ru: 'Ростов-на-Дону', en: 'Rostov-on-Don' },
  { ru: 'Краснодар', en: 'Krasnodar' },
  { ru: 'Воронеж', en: 'Voronezh' },
  { ru: 'Пермь', en: 'Perm' },
  { ru: 'Владивосток', en: 'Vladivostok' },
];
const MANAGERS = ['Иванова', 'Петров', 'Сидоров', 'Кузнецова', 'Смирнов', 'Орлова'];
const YES = { ru: 'Да', en: 'Yes' };
const NO = { ru: 'Нет', en: 'No' };
const ANSWERS: L10n[] = [
  { ru: 'Важна отсрочка, не скидка', en: 'Payment terms matter, not discount' },
  { ru: 'Просит скидку 5 %', en: 'Asks for 5 % off' },
  { ru: 'Цена устраивает', en: 'Price is fine' },
  { ru: 'Готов взять ассортимент под акцию', en: 'Will take a promo assortment' },
];
/** How often each segment is drawn: most clients are already hit or expect to be. */
const SEGMENT_WEIGHTS: ReadonlyArray<readonly [SegmentGroup, number]> = [
  [0, 0.25],
  [1, 0.3],
  [2, 0.3],
  [3, 0.15],
];

export interface SyntheticClients {
  /** Rows of the Clients template: master data. */
  readonly clients: SampleRow[];
  /** One Monitoring row per client, for the first day of this month: what decides its segment. */
  readonly monitoring: SampleRow[];
  /** The segment each client was drawn for, by row. */
  readonly segments: SegmentGroup[];
}

export function syntheticClients(count: number, seed: number, today: Date): SyntheticClients {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const between = (lo: number, hi: number) => lo + next() * (hi - lo);
  /** A change as a person types it: whole tenths of a percent. */
  const change = (lo: number, hi: number) => Math.round(between(lo, hi) * 1000) / 1000;
  const days = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const segment = (): SegmentGroup => {
    let r = next();
    for (const [g, w] of SEGMENT_WEIGHTS) if ((r -= w) < 0) return g;
    return 0;
  };
  const periodStart = -(today.getDate() - 1);
  const used = new Map<string, number>();
  const out: SyntheticClients = { clients: [], monitoring: [], segments: [] };

  for (let i = 0; i < count; i++) {
    const base = `${pick(FORMS)} «${pick(ROOTS)}${pick(ENDINGS)}»`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const name = seen === 0 ? base : `${base} ${seen + 1}`;
    const g = segment();
    // Thresholds: a change of -5 % or less is a fall; more than 90 days overdue is insolvency.
    const retailChange: number | '' =
      g === 3 ? change(-0.4, 0.02) : g === 2 ? change(-0.4, -0.05) : next() < 0.1 ? '' : change(-0.049, 0.08);
    const retailForecast: number | '' =
      g === 1
        ? change(-0.3, -0.05)
        : g === 0
          ? next() < 0.1
            ? ''
            : change(-0.049, 0.08)
          : change(-0.35, 0.03);
    const overdueDays: number | boolean =
      g === 3 ? (next() < 0.1 ? true : days(91, 240)) : next() < 0.6 ? 0 : days(1, 90);
    const before = Math.round(between(150, 3000)) * 1000;
    const fall = typeof retailChange === 'number' ? retailChange : 0;
    const now = Math.max(0, Math.round((before * (1 + fall + between(-0.1, 0.05))) / 1000) * 1000);
    const asked = next() < 0.5;
    // Insolvency needs a material overdue: at least the 10 000 of Settings.
    const overdueAmount =
      g === 3
        ? Math.round(between(20, 2000)) * 1000
        : overdueDays === 0
          ? ''
          : Math.round(between(1, 300)) * 1000;
    out.segments.push(g);
    out.clients.push({
      name,
      region: pick(REGIONS),
      manager: pick(MANAGERS),
      purchasesBefore: before,
      creditLimit: Math.round((before * between(0.5, 2)) / 10000) * 10000,
      paymentTerms: pick([14, 21, 30, 45, 60]),
      priceAsked: asked ? YES : NO,
      ...(asked ? { priceAnswer: pick(ANSWERS) } : {}),
    });
    const ourSales =
      typeof retailChange === 'number'
        ? change(retailChange - 0.08, retailChange + 0.04)
        : change(-0.1, 0.05);
    out.monitoring.push({
      client: name,
      period: { daysFromToday: periodStart },
      shipments: g === 3 && overdueDays === true ? 0 : now,
      // Block 1, the client's total sales: the retail change the segment is decided by.
      totalSalesDynamics: retailChange,
      ourSalesDynamics: ourSales,
      competitorSalesDynamics: change(-0.15, 0.1),
      // Buying much less than selling (destocking) or much more (overstocking) now and then.
      ourPurchasesDynamics: change(ourSales - 0.2, ourSales + 0.15),
      competitorPurchasesDynamics: change(-0.2, 0.15),
      solvencyDynamics: overdueDays,
      decisionMakerDynamics: next() < 0.1 ? YES : NO,
      retailForecast,
      overdueAmount,
    });
  }
  return out;
}
