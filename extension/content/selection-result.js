"use strict";

// Shows the result of "Check with Amane" at the top of the page; injected on demand with the warning
// files. A new check replaces the previous result.
async function showSelectionResult(result, text) {
  document.querySelector('[data-amane-warning][data-source="selection"]')?.remove();
  let host;
  if (result.status === "ok" && result.analysis.verdict !== "none") {
    const message = { text, subject: "", sender: "", hash: await sha256Hex(text) };
    host = createWarning(result, message);
  } else if (result.status === "ok") {
    host = createNotice(result.ui, result.ui.strings.title_none);
  } else {
    const explanation = result.status === "unreachable" ? result.ui.strings.serviceUnreachable : result.ui.strings.serviceError;
    host = createNotice(result.ui, explanation);
  }
  host.setAttribute("data-source", "selection");
  document.body.prepend(host);
  host.scrollIntoView({ block: "nearest" });
  reportWarningCount();
}
