// Requests from the content scripts and the popup. Replies go through sendResponse (returning true
// keeps the channel open), which both Chromium and Firefox support.
import { showWarningCount } from "./badge.js";
import { analyze, health } from "./service.js";

const handlers = {
  analyze: (message) => analyze(message),
  health: () => health(),
  "warning-count": (message, sender) => {
    if (sender.tab) showWarningCount(sender.tab.id, message.count);
    return Promise.resolve();
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only the extension's own pages and content scripts can reach this listener (no externally_connectable).
  const handler = handlers[message?.type];
  if (!handler) return false;
  handler(message, sender).then(sendResponse, () => sendResponse({ status: "error" }));
  return true;
});
