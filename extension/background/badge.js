// The toolbar badge counts the warnings shown in the current tab; content scripts report the count.
const BADGE_COLOR = "#b3261e";

export function showWarningCount(tabId, count) {
  chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  chrome.action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" });
}

chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") chrome.action.setBadgeText({ tabId, text: "" });
});
