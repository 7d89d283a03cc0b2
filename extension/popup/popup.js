// The toolbar popup: check a pasted message (an SMS, a WhatsApp message) and say plainly whether
// the Amane service can be reached. It asks the background, which alone talks to the service.
import { localizePage, resolveLanguage, loadStrings } from "../lib/i18n.js";
import { getSettings } from "../lib/settings.js";

const $ = (selector) => document.querySelector(selector);

function setStatus(text, kind = "") {
  $("#status").textContent = text;
  $("#status").dataset.kind = kind;
}

function fillList(list, heading, items) {
  list.replaceChildren(...items.map((item) => Object.assign(document.createElement("li"), { textContent: item })));
  list.hidden = heading.hidden = items.length === 0;
}

function showResult({ analysis, ui }) {
  const result = $("#result");
  const advice = analysis.verdict === "none" ? {} : analysis.advice ?? {};
  // The result is written in the language of its advice, which may differ from the popup's.
  result.dataset.risk = analysis.risk;
  result.lang = ui.lang;
  result.dir = ui.dir;
  $("#verdict").dataset.verdict = analysis.verdict;
  $("#verdict").textContent = ui.strings[`title_${analysis.verdict}`];
  $("#reasons-heading").textContent = ui.strings.reasonsHeading;
  $("#steps-heading").textContent = ui.strings.stepsHeading;
  fillList($("#reasons"), $("#reasons-heading"), [...new Set(analysis.findings.map((finding) => finding.explanation).filter(Boolean))]);
  fillList($("#steps"), $("#steps-heading"), advice.steps ?? []);
  $("#emergency").textContent = analysis.verdict === "none" ? "" : ui.strings.emergency;
  const reportUrl = advice.report?.url;
  $("#report").hidden = !(reportUrl && /^https?:\/\//.test(reportUrl));
  if (!$("#report").hidden) {
    $("#report").href = reportUrl;
    $("#report").textContent = ui.strings.reportButton;
  }
  result.hidden = false;
}

function showProblem(answer) {
  $("#result").hidden = true;
  const strings = answer?.ui?.strings;
  if (!strings) return;
  setStatus(answer.status === "unreachable" ? strings.serviceUnreachable : strings.serviceError, "problem");
}

async function check(strings) {
  const text = $("#text").value;
  if (!text.trim()) {
    setStatus(strings.pasteFirst);
    return;
  }
  setStatus(strings.checking);
  $("#check").disabled = true;
  const answer = await chrome.runtime.sendMessage({ type: "analyze", text });
  $("#check").disabled = false;
  if (answer?.status === "ok") {
    setStatus("");
    showResult(answer);
  } else {
    showProblem(answer);
  }
}

async function start() {
  const { uiLanguage } = await getSettings();
  const language = resolveLanguage(uiLanguage);
  const strings = await loadStrings(language);
  localizePage(document, strings, language);
  $("#check").addEventListener("click", () => check(strings));
  const answer = await chrome.runtime.sendMessage({ type: "health" });
  // A check started meanwhile says more than the health probe: leave its status alone.
  if ($("#status").textContent) return;
  if (answer?.status === "ok") setStatus(strings.serviceReady);
  else showProblem(answer);
}

start();
