/** Exactly the functions Apps Script must see; the build declares one global per export. */
export { SEGMENT, SEGMENT_REASON } from './addon/functions/segment';
export { BACKUP_GAP, FBS_COVERAGE, FBS_KEY_PEOPLE, FBS_ABSENCE_GAPS } from './addon/functions/fbs';
export { SAFETY_STOCK, ORDER_SIZE, DAILY_DEMAND, DEMAND_SD, DEMAND_TREND } from './addon/functions/stock';
export { ABC_CLASS, XYZ_CLASS } from './addon/functions/assortment';
export { DISCOUNT_BREAKEVEN } from './addon/functions/pricing';
export { CLIENT_SIGNALS } from './addon/functions/monitoring';
export { CLIENT_LATEST, PERIOD_CHANGE, PREVIOUS_VALUE } from './addon/functions/history';
export { WINBACK_STATUS } from './addon/functions/winback';
export { AGENDA, AGENDA_MANAGERS, AGENDA_BY_MANAGER } from './addon/functions/agenda';
export { CLIENT_CARD, CLIENT_HISTORY } from './addon/functions/card';
export { onOpen, onInstall, setupWorkbook, addSampleData, checkFbsCoverage, showHelp } from './addon/menu';
export { showClientWizard, wizardStart, saveClientReview } from './addon/wizard';
export { showImport, importStart, importSheet, importTable } from './addon/import';
