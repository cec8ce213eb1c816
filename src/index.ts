/** Exactly the functions Apps Script must see; the build declares one global per export. */
export { SEGMENT, BACKUP_GAP } from './addon/customFunctions';
export {
  CLIENT_SIGNALS,
  WINBACK_STATUS,
  FBS_COVERAGE,
  FBS_KEY_PEOPLE,
  FBS_ABSENCE_GAPS,
} from './addon/monitoringFunctions';
