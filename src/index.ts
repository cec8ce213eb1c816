/** Exactly the functions Apps Script must see; the build declares one global per export. */
export { SEGMENT, BACKUP_GAP } from './addon/customFunctions';
export { onOpen, onInstall, setupWorkbook, addSampleData, checkFbsCoverage, showHelp } from './addon/menu';
export { showClientWizard, wizardStart, saveClientReview } from './addon/wizard';
