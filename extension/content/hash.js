"use strict";

// Hex SHA-256 of the UTF-8 bytes of `text`: the key of an opened message (analyzed once, dismissed
// for good) and the fingerprint written into the evidence file.
async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
