"use strict";

// The warning's own stylesheet, inside its shadow root: the webmail's CSS cannot reach it and it
// cannot leak out. `all: initial` on the host stops inherited page styles (fonts, colours, direction).
function warningStyle() {
  return `
:host { all: initial; display: block; margin: 0 0 12px; }
[data-role=root] {
  --risk: #b3261e;
  box-sizing: border-box;
  border: 1px solid color-mix(in srgb, var(--risk) 35%, white);
  border-inline-start: 6px solid var(--risk);
  border-radius: 8px;
  background: color-mix(in srgb, var(--risk) 7%, white);
  color: #1f1f1f;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif;
  padding: 12px 16px;
  max-width: 60rem;
}
[data-risk=medium] { --risk: #b45309; }
[data-risk=low] { --risk: #8a6d00; }
[data-risk=none] { --risk: #0f6e6e; }
[data-role=brand] { display: flex; gap: 8px; align-items: center; font-size: 12px; color: #444; margin: 0; }
[data-role=risk] { color: white; background: var(--risk); border-radius: 999px; padding: 0 8px; font-weight: 600; }
[data-role=title] { font-size: 17px; margin: 4px 0 2px; color: var(--risk); }
h3 { font-size: 13px; margin: 8px 0 2px; text-transform: none; }
ul, ol { margin: 0; padding-inline-start: 22px; }
li { margin: 2px 0; }
[data-role=emergency] { margin: 8px 0 0; font-weight: 600; }
[data-role=actions] { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 5px 12px;
  border: 1px solid #8a8a8a; background: white; color: #1f1f1f;
}
button[data-role=report] { background: var(--risk); border-color: var(--risk); color: white; font-weight: 600; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
}
