/** The import's texts in one language, as the components take them. */
import type { texts } from '../../i18n';

export type ImportTexts = (typeof texts)['ru']['import'];
