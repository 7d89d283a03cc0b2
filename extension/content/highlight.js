"use strict";

// Optional (options page): marks the passages the service found, in the message itself. Uses
// CSS.highlights, so the webmail's DOM is not modified; browsers without it simply show no marks.
function highlightEvidence(reading, analysis) {
  if (typeof Highlight !== "function" || !globalThis.CSS?.highlights) return;
  let highlight = CSS.highlights.get("amane-evidence");
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set("amane-evidence", highlight);
  }
  for (const finding of analysis.findings ?? []) {
    if (finding.field !== "text") continue;
    const start = codePointToUtf16(reading.text, finding.start);
    const end = codePointToUtf16(reading.text, finding.end);
    const range = rangeOfText(reading.pieces, start, end);
    if (range) highlight.add(range);
  }
}
