// "Check with Amane" on selected text, for every site the extension does not read by itself (chat
// sites, other webmails). The click grants activeTab, which lets the result be shown in that page.
import { loadStrings, resolveLanguage } from "../lib/i18n.js";
import { getSettings } from "../lib/settings.js";
import { analyze } from "./service.js";

export const MENU_ID = "amane-check-selection";

// Plain function declarations only, so injecting them again into the same page is harmless.
const RESULT_SCRIPTS = ["content/hash.js", "content/warning-style.js", "content/warning.js", "content/selection-result.js"];

async function menuTitle() {
  const { uiLanguage } = await getSettings();
  return (await loadStrings(resolveLanguage(uiLanguage))).contextMenuCheck;
}

// On an update the previous version's item is still there: start from none.
chrome.runtime.onInstalled.addListener(async () => {
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ["selection"] });
});

chrome.storage.onChanged.addListener(async (changes, area) => {
  if (area === "local" && changes.uiLanguage) chrome.contextMenus.update(MENU_ID, { title: await menuTitle() });
});

export async function checkSelection(info, tab) {
  if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return;
  const result = await analyze({ text: info.selectionText });
  const target = { tabId: tab.id, frameIds: [info.frameId ?? 0] };
  await chrome.scripting.executeScript({ target, files: RESULT_SCRIPTS });
  await chrome.scripting.executeScript({
    target,
    func: (shown, text) => showSelectionResult(shown, text),
    args: [result, info.selectionText],
  });
}

chrome.contextMenus.onClicked.addListener(checkSelection);
