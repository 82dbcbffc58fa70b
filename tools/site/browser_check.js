#!/usr/bin/env node
// Check the built site in headless Chromium (Debian's, driven by playwright-core):
// every page renders, every format page shows its tables and its diagrams load with a real size, the
// search finds a field and leads to its page, no link inside the site is broken,
// and no request leaves localhost. Prints a JSON report; exits 1 on any failure.
//
//   node tools/site/browser_check.js BASE_URL SCREENSHOT.png [CHROMIUM]
"use strict";
const { chromium } = require("playwright-core");

const [base, screenshot, executablePath = "/usr/bin/chromium"] = process.argv.slice(2);
if (!screenshot) {
  console.error("usage: browser_check.js BASE_URL SCREENSHOT.png [CHROMIUM]");
  process.exit(2);
}
const origin = new URL(base).origin;
const failures = [];
const outside = [];

function sameSite(url) {
  return new URL(url).origin === origin;
}

async function render(page, url) {
  // Every page is rendered, so any request it makes (fonts, scripts, images) meets the route below,
  // and every image on it must load with a real size; a format page must show tables and a diagram.
  await page.goto(url, { waitUntil: "load" });
  const info = await page.evaluate(() => ({
    tables: document.querySelectorAll("article table").length,
    images: [...document.querySelectorAll("article img")].map((img) => ({
      src: img.currentSrc || img.src, complete: img.complete, natural: img.naturalWidth, width: img.width,
    })),
  }));
  for (const img of info.images) {
    if (!img.complete || img.natural === 0 || img.width === 0) failures.push(`${url}: image ${img.src} did not load`);
  }
  if (!new URL(url).pathname.includes("/specs/")) return 0;
  if (info.tables === 0) failures.push(`${url}: no table`);
  if (info.images.length === 0) failures.push(`${url}: no diagram`);
  return info.images.length;
}

function attributes(html, name) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))) {
    out.push(m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  }
  return out;
}

async function crawl() {
  // Every HTML page reachable from the home page, and every link and fragment on it (fetched
  // here; main() then renders each page in the browser).
  const pages = new Set([base]);
  const queue = [base];
  const checked = new Map();
  const idsOf = new Map();        // page -> the ids on it
  const fragments = [];           // [from, page, id] of every link with a fragment
  let links = 0;
  while (queue.length) {
    const url = queue.shift();
    const response = await fetch(url);
    if (response.status !== 200) {
      failures.push(`${url}: status ${response.status}`);
      continue;
    }
    const html = await response.text();
    idsOf.set(url, new Set(attributes(html, "id")));
    const hrefs = attributes(html, "href").map((href) => new URL(href, url).href)
      .filter((href) => href.startsWith("http") && sameSite(href));
    const targets = [...new Set(hrefs.map((href) => href.split("#")[0]))].filter((key) => !checked.has(key));
    for (const key of targets) {   // one at a time: a small server's listen backlog drops bursts
      const r = await fetch(key, { method: "HEAD" });
      checked.set(key, r.status);
      const isHtml = (r.headers.get("content-type") || "").includes("text/html");
      if (r.status === 200 && isHtml && !pages.has(key)) {
        pages.add(key);
        queue.push(key);
      }
    }
    for (const href of hrefs) {
      links += 1;
      const [key, fragment] = [href.split("#")[0], decodeURIComponent(new URL(href).hash.slice(1))];
      if (checked.get(key) !== 200) failures.push(`${url}: broken link ${href} (${checked.get(key)})`);
      else if (fragment) fragments.push([url, key, fragment]);
    }
  }
  for (const [from, page, id] of fragments) {
    if (idsOf.has(page) && !idsOf.get(page).has(id)) failures.push(`${from}: link to missing anchor ${page}#${id}`);
  }
  return { pages: [...pages], links, targets: checked.size, anchors: fragments.length };
}

async function checkSearch(page) {
  await page.goto(base, { waitUntil: "load" });
  await page.click(".md-search__input");
  await page.fill(".md-search__input", "refcount_order");
  // the first link of a result is its page; the ones after it, the sections where the word is
  const hit = page.locator('.md-search-result__link[href*="refcount_order"]').first();
  await hit.waitFor({ state: "attached", timeout: 20000 });
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), hit.click({ force: true })]);
  const found = await page.evaluate(() => document.body.innerText.includes("refcount_order"));
  if (!found) failures.push(`search for refcount_order led to ${page.url()}, which does not show it`);
  return page.url();
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const report = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("data:") || url.startsWith("blob:") || sameSite(url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (err) => failures.push(`${page.url()}: script error ${err.message}`));
    let t = Date.now();
    const lap = (name) => { report[`seconds_${name}`] = (Date.now() - t) / 1000; t = Date.now(); };
    const crawled = await crawl();
    lap("crawl");
    report.pages = crawled.pages.length;
    report.links = crawled.links;
    report.link_targets = crawled.targets;
    report.anchors = crawled.anchors;
    const formatPages = crawled.pages.filter((url) => new URL(url).pathname.includes("/specs/"));
    if (formatPages.length === 0) failures.push("no format page is reachable from the home page");
    report.format_pages = formatPages.length;
    report.diagrams = 0;
    for (const url of crawled.pages) report.diagrams += await render(page, url);
    lap("render");
    await page.goto(new URL("specs/qcow2/", base).href, { waitUntil: "load" });
    await page.screenshot({ path: screenshot, fullPage: false });
    report.search_result = await checkSearch(page).catch((err) => {
      failures.push(`search: ${err.message.split("\n")[0]}`);
    });
    lap("search");
  } finally {
    await browser.close();
  }
  report.outside_requests = outside;
  if (outside.length) failures.push(`requests left localhost: ${outside.slice(0, 5).join(", ")}`);
  report.failures = failures;
  process.stdout.write(JSON.stringify(report, null, 1) + "\n");
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
