export type Lang = 'ru' | 'en';

/** Both languages must hold the same keys with the same shapes, so a missing translation is a compile error. */
export function defineTexts<T>(t: { readonly en: T; readonly ru: NoInfer<T> }): Readonly<Record<Lang, T>> {
  return t;
}

/** `ru…` locales get Russian, every other locale English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^ru/i.test(locale ?? '') ? 'ru' : 'en';
}
