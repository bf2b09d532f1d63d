/**
 * The list's geometry, shared with the popup's start: the worker sends codes
 * for the first rows with the list itself (`popup.open`), as many as the first
 * screen can show, so they need not be asked for after the first render.
 */

/** Fixed row height: rows are never measured, so scrolling never jumps. */
export const ROW_HEIGHT = 56;

/** Rows rendered beyond each edge of the view, so a short scroll shows no gap. */
export const OVERSCAN = 4;

/** The popup's height (entrypoints/popup/views/MainView.vue): more than the list can ever show at once. */
const POPUP_HEIGHT = 560;

/** The rows on the first screen, and those rendered around them. */
export const FIRST_SCREEN_ROWS = Math.ceil(POPUP_HEIGHT / ROW_HEIGHT) + OVERSCAN;
