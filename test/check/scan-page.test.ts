import { test } from "node:test";
import assert from "node:assert/strict";
import { scanPage, srcsetUrls } from "../../src/check/scan-page.js";

test("references are collected from every URL-bearing attribute, with positions", () => {
  const scan = scanPage(
    [
      `<!doctype html><html><head><title> T </title>`,
      `<link rel="icon" href="/favicon.ico"><link rel="stylesheet" href="/main.css"><link rel="preconnect" href="https://fonts.example">`,
      `<meta property="og:image" content="/images/card.png"></head><body>`,
      `<picture><source srcset="/a.webp 1x,/a2.webp 2x"><img src="/a.png"></picture>`,
      `<video src="/v.mp4" poster="/p.jpg"></video><iframe src="/embed.html"></iframe><a href="/x/">x</a>`,
      `</body></html>`,
    ].join("\n"),
  );
  assert.equal(scan.title, "T");
  assert.deepEqual(
    scan.references.map((r) => `${r.line}:${r.column} ${r.kind} ${r.source} ${r.url}`),
    [
      "2:18 file link href /favicon.ico",
      "2:61 stylesheet link href /main.css",
      "3:27 image meta content /images/card.png",
      "4:18 image source srcset /a.webp",
      "4:18 image source srcset /a2.webp",
      "4:55 image img src /a.png",
      "5:8 file video src /v.mp4",
      "5:21 image video poster /p.jpg",
      "5:53 file iframe src /embed.html",
      "5:83 link a href /x/",
    ],
  );
});

test("ids and named anchors are recorded; an svg <title> is not the page title", () => {
  const scan = scanPage(`<p id="a"></p><a name="b"></a><svg><title>icon</title></svg><p id="a"></p>`);
  assert.deepEqual([...scan.ids.keys()], ["a"]);
  assert.equal(scan.ids.get("a")!.length, 2);
  assert.deepEqual([...scan.names], ["b"]);
  assert.equal(scan.title, undefined);
  assert.equal(scan.document, false);
  assert.equal(scanPage("just text").hasElements, false);
});

test("srcset candidates are split on commas between candidates only", () => {
  assert.deepEqual(srcsetUrls("a.png 1x, b.png 2x"), ["a.png", "b.png"]);
  assert.deepEqual(srcsetUrls("a.png 480w,b.png 800w"), ["a.png", "b.png"]);
  assert.deepEqual(srcsetUrls("only.png"), ["only.png"]);
});

test("pathologically deep nesting is scanned without overflowing the stack", () => {
  const scan = scanPage(`${"<div>".repeat(20000)}<a id="deep" href="/x/">x</a>`);
  assert.deepEqual([...scan.ids.keys()], ["deep"]);
  assert.equal(scan.references.length, 1);
});

test("ids and links inside a <template> are not part of the page", () => {
  const scan = scanPage(`<template><p id="t"><a href="/t/">t</a></p></template><p id="t"></p>`);
  assert.equal(scan.ids.get("t")!.length, 1);
  assert.equal(scan.references.length, 0);
});
