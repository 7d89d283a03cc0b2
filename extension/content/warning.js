"use strict";

// The warning shown above a message. Every text it shows (the message, the service's explanations
// and advice) goes in through textContent: nothing from the page or the service is parsed as HTML.

function element(tagName, attributes = {}, text = "") {
  const node = document.createElement(tagName);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function listOf(role, items) {
  const list = element(role === "steps" ? "ol" : "ul", { "data-role": role });
  for (const item of items) list.append(element("li", {}, item));
  return list;
}

function evidenceFileName(date) {
  return `amane-evidence-${date.toISOString().replace(/[:.]/g, "-")}.json`;
}

// Downloads what a complaint needs, through a link on a blob: no downloads permission, no server.
async function saveEvidence(shadow, message, analysis) {
  const now = new Date();
  const record = {
    text: message.text,
    subject: message.subject,
    sender: message.sender,
    url: location.href,
    time: now.toISOString(),
    analysis,
    sha256: await sha256Hex(message.text),
  };
  const link = element("a", { download: evidenceFileName(now), hidden: "" });
  link.href = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: "application/json" }));
  shadow.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

// Tells the background how many warnings this page shows, for the toolbar badge.
function reportWarningCount() {
  const count = document.querySelectorAll("[data-amane-warning]:not([data-verdict=none])").length;
  chrome.runtime.sendMessage({ type: "warning-count", count }).catch(() => {});
}

// Builds the warning host for `result` ({analysis, ui}) about `message` ({text, subject, sender, hash}).
// `onDismiss` runs after "Not a threat". Returns the host element, not yet in the page.
function createWarning(result, message, onDismiss) {
  const { analysis, ui } = result;
  const strings = ui.strings;
  const advice = analysis.advice ?? {};
  const host = element("div", {
    "data-amane-warning": "",
    "data-verdict": analysis.verdict,
    "data-risk": analysis.risk,
    "data-lang": ui.lang,
    "data-message-hash": message.hash,
  });
  const shadow = host.attachShadow({ mode: "open" });
  const root = element("section", { "data-role": "root", "data-risk": analysis.risk, dir: ui.dir, lang: ui.lang, role: "alert" });

  const brand = element("p", { "data-role": "brand" }, strings.warningBrand);
  if (strings[`risk_${analysis.risk}`]) brand.append(element("span", { "data-role": "risk" }, strings[`risk_${analysis.risk}`]));
  // The title says the verdict in the interface's words; the service's advice.title says the same.
  root.append(brand, element("h2", { "data-role": "title" }, strings[`title_${analysis.verdict}`]));

  const reasons = [...new Set((analysis.findings ?? []).map((finding) => finding.explanation).filter(Boolean))];
  if (reasons.length) root.append(element("h3", {}, strings.reasonsHeading), listOf("reasons", reasons));
  if (advice.steps?.length) root.append(element("h3", {}, strings.stepsHeading), listOf("steps", advice.steps));
  if (strings.emergency) root.append(element("p", { "data-role": "emergency" }, strings.emergency));

  const actions = element("div", { "data-role": "actions" });
  const reportUrl = advice.report?.url;
  if (reportUrl && /^https?:\/\//.test(reportUrl)) {
    const report = element("button", { type: "button", "data-role": "report" }, strings.reportButton);
    report.addEventListener("click", () => window.open(reportUrl, "_blank", "noopener,noreferrer"));
    actions.append(report);
  }
  const save = element("button", { type: "button", "data-role": "save" }, strings.saveButton);
  save.addEventListener("click", () => saveEvidence(shadow, message, analysis));
  const dismiss = element("button", { type: "button", "data-role": "dismiss" }, strings.dismissButton);
  dismiss.addEventListener("click", () => {
    host.remove();
    reportWarningCount();
    onDismiss?.();
  });
  actions.append(save, dismiss);
  root.append(actions);

  shadow.append(element("style", {}, warningStyle()), root);
  return host;
}

// A short notice in the same frame, for results that are not warnings (nothing found, service down).
function createNotice(ui, title) {
  const host = element("div", { "data-amane-warning": "", "data-verdict": "none", "data-risk": "none", "data-lang": ui.lang });
  const shadow = host.attachShadow({ mode: "open" });
  const root = element("section", { "data-role": "root", "data-risk": "none", dir: ui.dir, lang: ui.lang, role: "status" });
  const close = element("button", { type: "button", "data-role": "dismiss" }, ui.strings.closeButton);
  close.addEventListener("click", () => host.remove());
  const actions = element("div", { "data-role": "actions" });
  actions.append(close);
  root.append(element("p", { "data-role": "brand" }, ui.strings.extensionName), element("h2", { "data-role": "title" }, title), actions);
  shadow.append(element("style", {}, warningStyle()), root);
  return host;
}
