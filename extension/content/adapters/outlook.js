"use strict";

// Outlook on the web: the body is div[id^=UniqueMessageBody] in [role=document]. Its aria-label is
// translated with the interface ("Message body", "Corps du message"…), so the English label is only
// one of the hooks. The sender is span.OZZZK inside span.o4zjZ.
function outlookMessages(document) {
  const bodies = new Set(document.querySelectorAll(
    '[role="document"] div[id^="UniqueMessageBody"], div[id^="UniqueMessageBody"], [aria-label="Message body"]',
  ));
  const outermost = [...bodies].filter((body) => ![...bodies].some((other) => other !== body && other.contains(body)));
  const subject = document.querySelector('[role="main"] [role="heading"]')?.textContent.trim() ?? "";
  return outermost.map((body) => {
    let sender = "";
    for (let ancestor = body.parentElement; ancestor && !sender; ancestor = ancestor.parentElement) {
      sender = ancestor.querySelector(".o4zjZ .OZZZK")?.textContent.trim() ?? "";
    }
    return { body, subject, sender };
  });
}
