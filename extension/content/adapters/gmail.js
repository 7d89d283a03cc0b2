"use strict";

// Gmail: each opened message of a conversation has its own body, div.a3s, inside div.adn (which
// carries data-message-id); the sender is span.gD with email and name attributes.
function gmailMessages(document) {
  const subject = document.querySelector("h2.hP")?.textContent.trim() ?? "";
  return Array.from(document.querySelectorAll("div.adn div.a3s, div.ii.gt > div.a3s"), (body) => {
    const from = body.closest("div.adn")?.querySelector("span.gD[email]");
    const name = from?.getAttribute("name") ?? "";
    const email = from?.getAttribute("email") ?? "";
    return { body, subject, sender: name && name !== email ? `${name} <${email}>` : email };
  }).filter((message, index, all) => all.findIndex((other) => other.body === message.body) === index);
}
