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

/** In tab order, Settings last; setup goes through them in this order. */
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
