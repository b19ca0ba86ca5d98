import type { SeoView } from "./drop.js";

type Hash = Record<string, unknown>;
const present = (v: unknown) => v !== null && v !== undefined;

/** The JSON-LD object jekyll-seo-tag writes: keys sorted, empty ones left out. */
export function jsonLd(seo: SeoView): Hash {
  const author = seo.author;
  const image = seo.image;
  const type = seo.type;
  const logo = seo.logo;
  const values: Hash = {
    "@context": "https://schema.org",
    "@type": type,
    author: authorJson(author),
    dateModified: seo.dateModified,
    datePublished: seo.datePublished,
    description: seo.description,
    headline: seo.pageTitle,
    image: image ? imageJson(image) : undefined,
    mainEntityOfPage:
      type === "BlogPosting" || type === "CreativeWork" ? { "@type": "WebPage", "@id": seo.canonicalUrl } : undefined,
    name: seo.name,
    publisher: logo ? publisherJson(logo, author) : undefined,
    sameAs: seo.links,
    url: seo.canonicalUrl,
  };
  const out: Hash = {};
  for (const key of Object.keys(values).sort()) if (present(values[key])) out[key] = values[key];
  return out;
}

function authorJson(author: Hash): Hash | undefined {
  if (!present(author["name"]) || author["name"] === false) return undefined;
  const type = author["type"];
  if (present(type) && type !== "Person" && type !== "Organization") return undefined;
  const out: Hash = { "@type": present(type) ? type : "Person", name: author["name"] };
  if (present(author["url"]) && author["url"] !== false) out["url"] = author["url"];
  return out;
}

function imageJson(image: Hash): unknown {
  const keys = Object.keys(image);
  if (keys.length === 1) return image["path"];
  const out: Hash = {};
  for (const k of keys) if (k !== "path") out[k] = image[k];
  out["url"] = image["path"];
  out["@type"] = "imageObject";
  return out;
}

function publisherJson(logo: string, author: Hash): Hash {
  const out: Hash = { "@type": "Organization", logo: { "@type": "ImageObject", url: logo } };
  if (present(author["name"]) && author["name"] !== false) out["name"] = author["name"];
  return out;
}
