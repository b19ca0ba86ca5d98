import type { Layout } from "../../model/layout.js";

/** The page a redirect writes (same markup as jekyll-redirect-from 0.16's `redirect` layout). */
export const REDIRECT_TEMPLATE = `<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>
`;

/** The built-in `redirect` layout, used unless the site has its own `_layouts/redirect.html`. */
export function redirectLayout(): Layout {
  return {
    name: "redirect",
    absPath: "",
    relativePath: "_layouts/redirect.html",
    data: {},
    content: REDIRECT_TEMPLATE,
    lineOffset: 0,
    fileSource: REDIRECT_TEMPLATE,
  };
}
