/** Exactly the functions Apps Script must see; the build declares one global per export. */
export { SEGMENT, BACKUP_GAP } from './addon/customFunctions';
export { SAFETY_STOCK, ORDER_SIZE, ABC_CLASS, XYZ_CLASS, DISCOUNT_BREAKEVEN } from './addon/offerFunctions';
export { onOpen, onInstall, setupWorkbook, addSampleData, checkFbsCoverage, showHelp } from './addon/menu';
export {
  CLIENT_SIGNALS,
  WINBACK_STATUS,
  FBS_COVERAGE,
  FBS_KEY_PEOPLE,
  FBS_ABSENCE_GAPS,
} from './addon/monitoringFunctions';
export { showClientWizard, wizardStart, saveClientReview } from './addon/wizard';
