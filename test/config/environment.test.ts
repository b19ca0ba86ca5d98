import { test } from "node:test";
import assert from "node:assert/strict";
import { buildEnvironment } from "../../src/config/environment.js";

test("JEKYLL_ENV sets the mode (default development); the option wins over the variable", () => {
  assert.equal(buildEnvironment({}, {}).mode, "development");
  assert.equal(buildEnvironment({}, { JEKYLL_ENV: "production" }).mode, "production");
  assert.equal(buildEnvironment({ environment: "staging" }, { JEKYLL_ENV: "production" }).mode, "staging");
});

test("SOURCE_DATE_EPOCH in whole seconds is the build time; the time option wins; anything else means now", () => {
  assert.equal(
    buildEnvironment({}, { SOURCE_DATE_EPOCH: "1798761600" }).time.toISOString(),
    "2027-01-01T00:00:00.000Z",
  );
  const fixed = new Date("2020-01-02T03:04:05Z");
  assert.equal(buildEnvironment({ time: fixed }, { SOURCE_DATE_EPOCH: "1798761600" }).time, fixed);
  const before = Date.now();
  const now = buildEnvironment({}, { SOURCE_DATE_EPOCH: "soon" }).time.getTime();
  assert.ok(now >= before && now <= Date.now());
});

test("ASSET_HOST_URL is kept for jemoji; empty means unset", () => {
  assert.equal(buildEnvironment({}, { ASSET_HOST_URL: "https://a.example" }).assetHost, "https://a.example");
  assert.equal(buildEnvironment({}, { ASSET_HOST_URL: "" }).assetHost, undefined);
});
