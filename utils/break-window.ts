/** The break window (`popup.html?window=break`): opened by the worker at a prompt and by the options page's "try a minute". */
export const BREAK_WINDOW = { width: 420, height: 640 };

/** The keyboard command that starts a break (the manifest's `commands` in wxt.config.ts). */
export const START_BREAK_COMMAND = 'start-break';
