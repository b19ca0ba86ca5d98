import { test } from "node:test";
import assert from "node:assert/strict";
import { externalUrlProblem } from "../../src/check/external-url.js";

test("well-formed external URLs pass", () => {
  for (const url of [
    "https://scholar.google.com/citations?user=X",
    "http://localhost:4000/",
    "https://192.168.0.1/x",
    "https://[::1]/",
    "mailto:keqing@example.org",
    "mailto:?subject=hi",
    "tel:+86-10-1234",
    "//cdn.example.net/lib.js",
    "https://xn--bcher-kva.example/",
    "https://bücher.example/",
    "doi:10.1000/182",
  ]) {
    assert.equal(externalUrlProblem(url), undefined, url);
  }
});

test("typical mistakes are named", () => {
  assert.equal(externalUrlProblem("htps://example.org"), "uses the unknown scheme 'htps:' (a typo for 'https:'?)");
  assert.equal(externalUrlProblem("https:/example.org"), "should start with 'https://'");
  assert.equal(externalUrlProblem("https://example org"), "contains whitespace (write it as %20, or the link breaks)");
  assert.equal(externalUrlProblem("https://github"), "has host 'github', which is not a domain name");
  assert.equal(externalUrlProblem("https://example..org"), "has host 'example..org' with an empty part");
  assert.equal(
    externalUrlProblem("https://example.c0m"),
    "has host 'example.c0m', whose ending '.c0m' is not a top-level domain",
  );
  assert.equal(externalUrlProblem("https://"), "is not a valid URL");
  assert.equal(
    externalUrlProblem("mailto:keqing(at)example.org"),
    "has 'keqing(at)example.org', which is not an e-mail address",
  );
  assert.equal(
    externalUrlProblem("mailto:keqing AT example.org"),
    "has 'keqing AT example.org', which is not an e-mail address",
  );
  assert.equal(externalUrlProblem("mailto:a@example.org,b@example.org"), undefined);
  assert.equal(externalUrlProblem("fiel:///home/me/cv.pdf"), "uses the unknown scheme 'fiel:'");
});
