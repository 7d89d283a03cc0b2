"use strict";

// When a webmail's structure is not the one its adapter knows (a redesign, a new layout), find the
// main message text anyway: from the main area, go down into the child that holds most of the text
// while one does. A list of messages (the inbox) is mostly links and short rows, so it is left alone.
const FALLBACK_MIN_CHARS = 80;

function mainTextElement(document) {
  let current = document.querySelector('[role="main"]') ?? document.body;
  if (!current) return null;
  for (;;) {
    const total = current.innerText.length;
    const next = [...current.children].find((child) => !child.hasAttribute("data-amane-warning") && child.innerText?.length >= total * 0.7);
    if (!next) return current;
    current = next;
  }
}

function fallbackMessages(document) {
  const body = mainTextElement(document);
  if (!body || body.innerText.length < FALLBACK_MIN_CHARS) return [];
  const linkText = [...body.querySelectorAll("a")].reduce((sum, link) => sum + link.innerText.length, 0);
  if (linkText > body.innerText.length / 3) return [];
  return [{ body, subject: "", sender: "" }];
}
