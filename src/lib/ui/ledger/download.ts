/** Moved to ui/export/download.ts; kept so the ledger panel's import still works. */
export { saveText } from '../export/download';
