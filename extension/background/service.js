// The only code that talks to the Amane service. One request per message, with a deadline and no
// retries: callers ask again only on a new user action or a newly opened message.
import { direction, format, loadStrings, resolveLanguage, supportedLanguage } from "../lib/i18n.js";
import { getSettings, normalizeEndpoint, DEFAULTS } from "../lib/settings.js";

const TIMEOUT_MS = 10_000;

async function post(endpoint, path, body) {
  return fetch(`${endpoint}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

// Everything the page, the popup or the selection result needs to show a result in `language`,
// with the strings that carry values from the response already filled in.
async function interfaceFor(language, { analysis, endpoint, code } = {}) {
  const strings = { ...(await loadStrings(language)) };
  const advice = analysis?.advice;
  strings.reportButton = format(strings.reportButton, advice?.report?.name ?? "");
  strings.emergency = advice?.emergency ? format(strings.emergency, advice.emergency.label, advice.emergency.number) : "";
  strings.serviceUnreachable = format(strings.serviceUnreachable, endpoint ?? "");
  strings.serviceError = format(strings.serviceError, code ?? "");
  return { lang: language, dir: direction(language), strings };
}

// Resolves to {status: "ok", analysis, ui} | {status: "unreachable", ui} | {status: "error", ui}.
export async function analyze({ text, subject = "", sender = "", channel }) {
  const settings = await getSettings();
  const endpoint = normalizeEndpoint(settings.endpoint) ?? DEFAULTS.endpoint;
  const chosen = settings.uiLanguage === "auto" ? null : supportedLanguage(settings.uiLanguage);
  const body = { text, subject, sender };
  if (channel) body.channel = channel;
  // Without a chosen language the service answers in the message's language.
  if (chosen) body.lang = chosen;
  let response;
  try {
    response = await post(endpoint, "/v1/analyze", body);
  } catch {
    return { status: "unreachable", ui: await interfaceFor(resolveLanguage(settings.uiLanguage), { endpoint }) };
  }
  if (!response.ok) {
    return { status: "error", ui: await interfaceFor(resolveLanguage(settings.uiLanguage), { code: response.status }) };
  }
  const analysis = await response.json();
  const language = chosen ?? supportedLanguage(analysis.advice?.lang) ?? resolveLanguage("auto");
  return { status: "ok", analysis, ui: await interfaceFor(language, { analysis }) };
}

// Resolves to {status: "ok" | "unreachable", ui} for the popup to say whether the service answers.
export async function health() {
  const settings = await getSettings();
  const endpoint = normalizeEndpoint(settings.endpoint) ?? DEFAULTS.endpoint;
  let status = "unreachable";
  try {
    const response = await fetch(`${endpoint}/v1/health`, { credentials: "omit", cache: "no-store", signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.ok) status = "ok";
  } catch {
    // Reported through the status.
  }
  return { status, ui: await interfaceFor(resolveLanguage(settings.uiLanguage), { endpoint }) };
}
