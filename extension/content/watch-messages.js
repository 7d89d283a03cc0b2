"use strict";

// Webmails are single-page apps: opening a message changes the DOM without loading a page. Watch the
// DOM, find the opened messages with the site's adapter (or the fallback), and have each message
// analyzed once, keyed by the hash of its content.

const SITE_ADAPTERS = {
  "mail.google.com": gmailMessages,
  "outlook.live.com": outlookMessages,
  "outlook.office.com": outlookMessages,
  "outlook.office365.com": outlookMessages,
  "mail.yahoo.com": yahooMessages,
};
const MIN_MESSAGE_CHARS = 20;
const SCAN_DELAY_MS = 250;
// A message whose check failed (service down) is tried again on a later change after this delay,
// never in a loop.
const RETRY_AFTER_MS = 30_000;
const MAX_DISMISSED = 5000;

// hash → {state: "pending" | "done" | "failed", result?, at}, for this page's lifetime only (never stored).
const checked = new Map();
let dismissed = new Set();
let highlightEnabled = false;

function openedMessages() {
  const found = SITE_ADAPTERS[location.hostname]?.(document) ?? [];
  return found.length ? found : fallbackMessages(document);
}

function placeWarning(body, host) {
  if (body === document.body) body.prepend(host);
  else body.before(host);
}

function showWarning(message, reading, result) {
  const host = createWarning(result, message, () => {
    dismissed.add(message.hash);
    // Oldest first: the bound keeps storage small after years of use.
    chrome.storage.local.set({ dismissed: [...dismissed].slice(-MAX_DISMISSED) });
  });
  placeWarning(message.body, host);
  if (highlightEnabled) highlightEvidence(reading, result.analysis);
  reportWarningCount();
}

async function check(message, reading) {
  const entry = { state: "pending", at: Date.now() };
  checked.set(message.hash, entry);
  let result;
  try {
    result = await chrome.runtime.sendMessage({
      type: "analyze", text: reading.text, subject: message.subject, sender: message.sender, channel: "email",
    });
  } catch {
    result = { status: "error" };
  }
  // When the service cannot answer the page shows nothing: the popup is where that is said.
  if (result?.status !== "ok") {
    Object.assign(entry, { state: "failed", at: Date.now() });
    return;
  }
  Object.assign(entry, { state: "done", result });
  if (result.analysis.verdict !== "none" && message.body.isConnected && !dismissed.has(message.hash)) {
    showWarning(message, reading, result);
  }
}

async function scan() {
  for (const message of openedMessages()) {
    const reading = readMessageText(message.body);
    if (reading.text.length < MIN_MESSAGE_CHARS) continue;
    message.text = reading.text;
    message.hash = await sha256Hex([message.subject, message.sender, message.text].join("\n"));
    if (dismissed.has(message.hash)) continue;
    const entry = checked.get(message.hash);
    if (!entry || (entry.state === "failed" && Date.now() - entry.at > RETRY_AFTER_MS)) {
      check(message, reading);
    } else if (entry.state === "done" && entry.result.analysis.verdict !== "none"
        && !document.querySelector(`[data-amane-warning][data-message-hash="${message.hash}"]`)) {
      // The webmail re-rendered the message (and dropped the warning): show it again, no new request.
      showWarning(message, reading, entry.result);
    }
  }
}

let scanTimer = null;
let scanning = null;

function scheduleScan() {
  clearTimeout(scanTimer);
  scanTimer = setTimeout(async () => {
    await scanning;
    scanning = scan().catch(() => {});
  }, SCAN_DELAY_MS);
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (changes.dismissed) dismissed = new Set(changes.dismissed.newValue ?? []);
  if (changes.highlight) highlightEnabled = Boolean(changes.highlight.newValue);
});

chrome.storage.local.get({ dismissed: [], highlight: false }).then((stored) => {
  dismissed = new Set(stored.dismissed);
  highlightEnabled = stored.highlight;
  new MutationObserver(scheduleScan).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  scheduleScan();
});
