import { test } from "node:test";
import assert from "node:assert/strict";
import { runInNewContext } from "node:vm";
import { join } from "node:path";
import { injectLiveReload, liveClientSource, liveReloadScript } from "../../src/serve/client.js";
import { liveClientFile, packageRoot } from "../../src/package-files.js";
import { contentTypeFor } from "../../src/serve/content-type.js";
import { byteRange } from "../../src/serve/http.js";

test("the live-reload script goes before the last </body>, else </html>, else at the end", () => {
  const s = "<script>x</script>";
  assert.equal(
    injectLiveReload("<html><body><p>a</p></body></html>", s),
    "<html><body><p>a</p><script>x</script></body></html>",
  );
  assert.equal(
    injectLiveReload("<pre></body></pre><BODY>a</BODY >\n", s),
    "<pre></body></pre><BODY>a<script>x</script></BODY >\n",
  );
  assert.equal(injectLiveReload("<html>a</html>", s), "<html>a<script>x</script></html>");
  assert.equal(injectLiveReload("<p>fragment", s), "<p>fragment<script>x</script>");
});

test("the injected script is one self-contained, parseable script using the event channel", () => {
  const script = liveReloadScript("123-4");
  const body = script.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, "");
  assert.doesNotThrow(() => new Function(body));
  assert.match(body, /new EventSource\(eventsPath\)/);
  assert.ok(body.endsWith('clientMain("/__lectern/events", "123-4");\n})();'), body.slice(-60));
  assert.ok(!body.slice(0, -1).includes("</script"), "nothing closes the script early");
});

test("the served script runs alone: evaluated as sent, with only the browser's globals, it opens the event channel", () => {
  const body = liveReloadScript("1-1")
    .replace(/^<script[^>]*>/, "")
    .replace(/<\/script>$/, "");
  const opened: string[] = [];
  const sandbox = {
    document: { hidden: false, addEventListener() {}, getElementById: () => null },
    EventSource: class {
      constructor(url: string) {
        opened.push(url);
      }
    },
    location: { href: "http://localhost:4000/" },
  };
  runInNewContext(body, sandbox);
  assert.deepEqual(opened, ["/__lectern/events"]);
});

test("the client is sent from tsc's output of live-client.ts, never from the bundle", () => {
  assert.equal(liveClientFile(), join(packageRoot(), "dist", "src", "serve", "live-client.js"));
  assert.ok(!/__name|__defProp|require\(/.test(liveClientSource()), "no bundler helper in the served client");
});

test("content types", () => {
  assert.equal(contentTypeFor("a/index.html"), "text/html; charset=utf-8");
  assert.equal(contentTypeFor("main.css"), "text/css; charset=utf-8");
  assert.equal(contentTypeFor("feed.xml"), "application/xml; charset=utf-8");
  assert.equal(contentTypeFor("x.JPG"), "image/jpeg");
  assert.equal(contentTypeFor("files/paper.pdf"), "application/pdf");
  assert.equal(contentTypeFor("README"), "application/octet-stream");
});

test("byte ranges (video players and PDF viewers ask for them)", () => {
  assert.deepEqual(byteRange("bytes=0-99", 1000), { start: 0, end: 99 });
  assert.deepEqual(byteRange("bytes=900-", 1000), { start: 900, end: 999 });
  assert.deepEqual(byteRange("bytes=-100", 1000), { start: 900, end: 999 });
  assert.deepEqual(byteRange("bytes=990-5000", 1000), { start: 990, end: 999 });
  assert.equal(byteRange("bytes=1000-", 1000), null);
  assert.equal(byteRange("bytes=5-2", 1000), null);
  assert.equal(byteRange(undefined, 1000), undefined);
  assert.equal(byteRange("bytes=0-1,5-6", 1000), undefined, "multiple ranges: the whole file");
});
