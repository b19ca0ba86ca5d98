// Choosing among places of the same name: the country or region the location names decides, then the part's
// position, then population; a part that only names a country is no town; not-places are recognised.
import { test } from "node:test";
import assert from "node:assert/strict";
import { geocode } from "../../../src/plugins/talkmap/geocode.js";
import { parseLocation } from "../../../src/plugins/talkmap/location.js";

function place(location: string): string {
  const g = geocode(location);
  return "lat" in g ? g.place : g.virtual ? "(not a place)" : "(unresolved)";
}

test("the country or region named decides among towns of the same name", () => {
  assert.equal(place("Cambridge, MA"), "Cambridge, US");
  assert.equal(place("Cambridge, UK"), "Cambridge, GB");
  assert.equal(place("Paris, TX"), "Paris, US");
  assert.equal(place("Paris"), "Paris, FR");
  assert.equal(place("Portland, OR"), "Portland, US");
  assert.equal(place("London, Ontario, Canada"), "London, CA");
  assert.equal(place("London"), "London, GB");
  assert.equal(place("Berkeley CA, USA"), "Berkeley, US");
  assert.equal(place("Perth, Western Australia"), "Perth, AU");
  assert.equal(place("Perth, Scotland"), "Perth, GB");
});

test("a portion of the US: states by name or postal code, DC, New York", () => {
  const portland = geocode("Portland, ME");
  assert.ok("lat" in portland && portland.lon > -72, "Portland, Maine is in the east");
  assert.equal(place("Washington, DC"), "Washington, D.C., US");
  assert.equal(place("New York, NY"), "New York City, US");
  assert.equal(place("St. Louis, MO."), "St. Louis, US");
});

test("venues before the town, towns spelt in other languages, city states", () => {
  assert.equal(place("Stanford University, Stanford, California, USA"), "Stanford, US");
  assert.equal(place("Zuse Institute Berlin, Germany"), "Berlin, DE");
  assert.equal(place("München, Germany"), "Munich, DE");
  assert.equal(place("Hong Kong"), "Hong Kong, HK");
  assert.equal(place("Singapore"), "Singapore, SG");
});

test("a country alone, a town that contradicts its country, and not-places", () => {
  assert.equal(place("United Kingdom"), "(unresolved)");
  assert.equal(place("Hawkshead, UK"), "(unresolved)", "no Russian village called Uk");
  assert.equal(place("Helsinki, Spain"), "(unresolved)");
  for (const l of ["Online", "Virtual", "Zoom", "To be confirmed", "TBA"]) assert.equal(place(l), "(not a place)", l);
});

test("locations are taken apart at commas, parentheses and trailing codes", () => {
  assert.deepEqual(
    parseLocation("Boston MA USA").parts.map((p) => [p.text, !!p.hint]),
    [
      ["Boston", false],
      ["MA", true],
      ["USA", true],
    ],
  );
  assert.deepEqual(
    parseLocation("Siena (Italy)").parts.map((p) => p.text),
    ["Siena", "Italy"],
  );
});
