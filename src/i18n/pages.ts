import { enPages } from './en-pages';
import { addEnglish } from './index';

// Imported by every module that shows the pages' words (strings.settings, .editor, .storage, …):
// their English comes with the first of them, not with the first load.
addEnglish(enPages);
