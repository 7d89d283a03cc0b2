// Firefox smoke test: load the unpacked extension into Firefox ESR, point it at an Amane service through
// its options page, open a webmail page at the webmail's real address, and report the warning it shows.
//
//   node scripts/firefox_smoke.mjs --endpoint URL --extension DIR --page FILE --url URL
//                                  [--firefox PATH] [--timeout MS]
//
// Prints one JSON line: {"saveStatus", "warning": {attributes, dir, title, ...} | null, "errors": [...]}.
// Exits 0 when a warning appeared, 1 when none did, 2 on a setup failure. Run by tests/browser/test_firefox.py.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import puppeteer from "puppeteer-core";

const { values: args } = parseArgs({
  options: {
    endpoint: { type: "string" },
    extension: { type: "string" },
    page: { type: "string" },
    url: { type: "string" },
    firefox: { type: "string", default: "/usr/bin/firefox-esr" },
    timeout: { type: "string", default: "20000" },
  },
});
for (const name of ["endpoint", "extension", "page", "url"]) {
  if (!args[name]) {
    console.error(`missing --${name}`);
    process.exit(2);
  }
}
const timeout = Number(args.timeout);
const extensionDir = path.resolve(args.extension);
const manifest = JSON.parse(await readFile(path.join(extensionDir, "manifest.json"), "utf8"));
const addonId = manifest.browser_specific_settings.gecko.id;
const pageHtml = await readFile(args.page, "utf8");
// Firefox gives every installed extension a random internal UUID; fixing it in advance tells us the
// address of the extension's own pages (moz-extension://UUID/...).
const uuid = randomUUID();

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: args.firefox,
  headless: true,
  // Without it, WebDriver BiDi refuses to navigate a tab to a moz-extension:// page.
  args: ["--remote-allow-system-access"],
  extraPrefsFirefox: {
    "extensions.webextensions.uuids": JSON.stringify({ [addonId]: uuid }),
    // The test's service runs on a free port, outside the default host permissions: the options page asks
    // for an optional permission, and this grants it as a person clicking "Allow" would.
    "extensions.webextOptionalPermissionPrompts": false,
  },
});

// Every wait below has its own timeout; this catches a hang outside them (a stuck protocol call), so a
// failed run never leaves Firefox behind on a shared machine.
const deadline = setTimeout(() => {
  console.error("firefox_smoke: overall deadline exceeded");
  browser.process()?.kill("SIGKILL");
  process.exit(2);
}, 5 * timeout);
deadline.unref();

const errors = [];
let warning = null;
try {
  const installed = await browser.installExtension(extensionDir);
  if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);

  const options = await browser.newPage();
  options.on("pageerror", (error) => errors.push(`options: ${error.message}`));
  // Firefox moves the tab into the extension process and puppeteer never sees that navigation end.
  // Wait instead for the page to fill the field from storage: typing before that would be overwritten.
  options.goto(`moz-extension://${uuid}/options/options.html`).catch(() => {});
  await options.waitForFunction(() => document.querySelector("#endpoint")?.value, { timeout });
  const endpointInput = await options.$("#endpoint");
  await endpointInput.evaluate((input) => {
    input.value = "";
  });
  await endpointInput.type(args.endpoint);
  await options.click("#save");
  await options.waitForFunction(() => document.querySelector("#status")?.textContent.trim(), { timeout });
  const saveStatus = await options.$eval("#status", (status) => status.textContent.trim());

  const mail = await browser.newPage();
  mail.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  // Serve the fixture at the webmail's real address (no network, no proxy: WebDriver BiDi answers the
  // request), so the content scripts run under their real match patterns.
  const served = args.url.split("#", 1)[0];
  await mail.setRequestInterception(true);
  mail.on("request", (request) => {
    if (request.url().split("#", 1)[0] === served) {
      request.respond({ status: 200, contentType: "text/html; charset=utf-8", body: pageHtml });
    } else {
      request.abort();
    }
  });
  await mail.goto(args.url, { waitUntil: "load", timeout });
  const host = await mail.waitForSelector("div[data-amane-warning]", { timeout }).catch(() => null);
  if (host) {
    warning = await host.evaluate((element) => {
      const root = element.shadowRoot;
      const text = (selector) => root?.querySelector(selector)?.textContent.trim() ?? null;
      return {
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        shadowRoot: root ? "open" : null,
        dir: root?.querySelector("[data-role=root]")?.getAttribute("dir") ?? null,
        title: text("[data-role=title]"),
        reasons: text("[data-role=reasons]"),
        steps: text("[data-role=steps]"),
        buttons: [...(root?.querySelectorAll("button[data-role]") ?? [])].map((b) => b.dataset.role),
        nextSiblingClass: element.nextElementSibling?.className ?? null,
      };
    });
  }
  console.log(JSON.stringify({ saveStatus, warning, errors }));
} catch (error) {
  console.log(JSON.stringify({ warning, errors: [...errors, `setup: ${error.message}`] }));
  process.exitCode = 2;
} finally {
  await browser.close();
}
if (process.exitCode === undefined) process.exitCode = warning ? 0 : 1;
