// The user's settings, in chrome.storage.local so they stay on this computer.
export const DEFAULTS = Object.freeze({
  endpoint: "http://127.0.0.1:8765",
  uiLanguage: "auto",
  highlight: false,
  dismissed: [],
});

export async function getSettings() {
  return { ...DEFAULTS, ...(await chrome.storage.local.get(Object.keys(DEFAULTS))) };
}

// Accepts what a person types ("http://host:port/", spaces around) and returns the base URL the
// service paths are appended to, or null when it is not an http(s) address.
export function normalizeEndpoint(value) {
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.origin + url.pathname.replace(/\/+$/, "");
}
