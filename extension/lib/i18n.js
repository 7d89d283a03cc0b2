// The interface language is a setting ("auto" follows the browser), which chrome.i18n cannot do:
// it always answers in the browser's language. So the extension reads its own messages.json files.
export const LANGUAGES = ["ar", "fr", "en"];

// Maps a BCP 47 tag (the browser's, or the service's "advice.lang") to one of our locales, or null.
// Moroccan Darija ("ary", "ary-Latn") reads the Arabic interface.
export function supportedLanguage(tag) {
  const primary = String(tag || "").toLowerCase().split("-")[0];
  const language = primary === "ary" ? "ar" : primary;
  return LANGUAGES.includes(language) ? language : null;
}

export function resolveLanguage(setting) {
  return supportedLanguage(setting) ?? supportedLanguage(chrome.i18n.getUILanguage()) ?? "en";
}

export function direction(language) {
  return language === "ar" ? "rtl" : "ltr";
}

const loaded = new Map();

// Returns {key: message} with named placeholders ($PLATFORM$) turned into their positional form ($1).
export async function loadStrings(language) {
  if (!loaded.has(language)) {
    loaded.set(language, fetch(chrome.runtime.getURL(`_locales/${language}/messages.json`))
      .then((response) => response.json())
      .then((messages) => Object.fromEntries(Object.entries(messages).map(([key, entry]) => [
        key,
        entry.message.replace(/\$(\w+)\$/g, (match, name) => entry.placeholders?.[name.toLowerCase()]?.content ?? match),
      ]))));
  }
  return loaded.get(language);
}

export function format(message, ...values) {
  return message.replace(/\$([1-9])/g, (match, index) => values[index - 1] ?? "");
}

// Fills every element carrying data-i18n (its text) or data-i18n-placeholder, and sets the page's
// language and direction.
export function localizePage(document, strings, language) {
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = strings[element.dataset.i18n];
  }
  for (const element of document.querySelectorAll("[data-i18n-placeholder]")) {
    element.placeholder = strings[element.dataset.i18nPlaceholder];
  }
}
