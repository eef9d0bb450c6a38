/**
 * The app's one analysis: settings, session, views and the page's workspace live in this module,
 * not in a page, so that visiting the Methods page and coming back keeps the results (and the
 * worker's keys).
 * The site is prerendered static files: there is no request state to share between users.
 */
import { i18n } from './locale.svelte';
import { AnalysisSession } from './session.svelte';
import { AnalysisSettings } from './settings.svelte';
import { ResultViews } from './result-views.svelte';
import { AnalysisWorkspace } from './workspace.svelte';

export const settings = new AnalysisSettings();
export const session = new AnalysisSession(settings);
export const views = new ResultViews(session, settings);
export const workspace = new AnalysisWorkspace(session, settings, views, i18n);
