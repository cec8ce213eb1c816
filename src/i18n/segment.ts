import { defineTexts } from './define';

/** Short names of the playbook's segments (§2), shown after the group digit. */
export const segmentTexts = defineTexts({
  en: {
    groups: ['No crisis signal', 'Expects a fall', 'Fall recorded', 'Insolvent'],
  },
  ru: {
    groups: ['Нет сигнала кризиса', 'Ожидает падения', 'Падение зафиксировано', 'Неплатежеспособен'],
  },
});
