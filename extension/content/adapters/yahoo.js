"use strict";

// Yahoo Mail: data-test-id attributes survive where its class names are generated.
function yahooMessages(document) {
  const subject = document.querySelector('[data-test-id="message-group-subject-text"], [data-test-id="message-subject"]')
    ?.textContent.trim() ?? "";
  return Array.from(document.querySelectorAll('[data-test-id="message-view-body-content"]'), (body) => {
    const from = body.closest('[data-test-id="message-view"]')?.querySelector('[data-test-id="message-from"]');
    const sender = [from?.textContent.trim(), from?.getAttribute("title")].filter(Boolean).join(" ");
    return { body, subject, sender };
  });
}
