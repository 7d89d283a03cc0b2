// The service worker (Chromium) or event page (Firefox): the only part that talks to the service.
import { checkSelection } from "./context-menu.js";
import "./messages.js";

// Playwright and people debugging cannot open a context menu; from the worker's console they call
// amane.checkSelection({menuItemId: "amane-check-selection", selectionText: "…"}, tab).
globalThis.amane = { checkSelection };
