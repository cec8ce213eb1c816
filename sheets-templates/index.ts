import { clients } from './clients';
import { costs } from './costs';
import { dashboard } from './dashboard';
import { fbsAbsences, fbsFunctions, fbsLevels, fbsMatrix, fbsPlan } from './fbs';
import { lost } from './lost';
import { monitoring } from './monitoring';
import { offers } from './offers';
import { pricing } from './pricing';
import { settings } from './settings';
import type { SheetTemplate } from './types';

/** Raised whenever a template changes in a way setup must bring older workbooks up to. */
export const TEMPLATE_VERSION = 2;

/** In tab order. Settings come first in setup so formulas can name its ranges. */
export const TEMPLATES: readonly SheetTemplate[] = [
  dashboard,
  clients,
  monitoring,
  offers,
  pricing,
  lost,
  costs,
  fbsFunctions,
  fbsLevels,
  fbsMatrix,
  fbsPlan,
  fbsAbsences,
  settings,
];

export type { SheetTemplate, TableTemplate, SettingsTemplate, ReportTemplate, SheetId } from './types';
