// Options: where the service is, the language of the warnings, highlighting. A custom service
// address needs the browser's permission for that host, asked for while the click still counts as a
// user gesture (Firefox refuses permission requests made later).
import { loadStrings, localizePage, resolveLanguage } from "../lib/i18n.js";
import { getSettings, normalizeEndpoint } from "../lib/settings.js";

const $ = (selector) => document.querySelector(selector);

async function localize(uiLanguage) {
  const language = resolveLanguage(uiLanguage);
  const strings = await loadStrings(language);
  localizePage(document, strings, language);
  return strings;
}

async function start() {
  const settings = await getSettings();
  let strings = await localize(settings.uiLanguage);
  $("#endpoint").value = settings.endpoint;
  $("#language").value = settings.uiLanguage;
  $("#highlight").checked = settings.highlight;

  $("#form").addEventListener("submit", (event) => {
    event.preventDefault();
    const endpoint = normalizeEndpoint($("#endpoint").value);
    if (!endpoint) {
      $("#status").textContent = strings.invalidEndpoint;
      return;
    }
    // Already granted for the webmails and the default address; requested (and the request shown)
    // only for a new host. Not awaited before saving: the answer may never come (a dismissed prompt).
    let permission;
    try {
      permission = chrome.permissions.request({ origins: [`${new URL(endpoint).origin}/*`] });
    } catch {
      // An address no match pattern can express (an IPv6 literal, for one): saved all the same.
      permission = Promise.resolve(false);
    }
    const uiLanguage = $("#language").value;
    chrome.storage.local.set({ endpoint, uiLanguage, highlight: $("#highlight").checked }).then(async () => {
      strings = await localize(uiLanguage);
      $("#endpoint").value = endpoint;
      $("#status").textContent = strings.saved;
      const granted = await permission.catch(() => false);
      if (!granted) $("#status").textContent = strings.permissionDenied;
    });
  });
}

start();
