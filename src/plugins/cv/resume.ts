import { dateRange, cvDate } from "./dates.js";
import { entry, escapeHtml, html, text, type Cv, type CvEntry, type CvLink, type CvSection } from "./model.js";

type Record_ = Record<string, unknown>;

/**
 * The sections a JSON Resume (`_data/cv.json`, or the same keys in `_data/cv.yml`) describes, in a CV's usual order;
 * academicpages' variants are read too (`company`, `website`, `gpa`, `presentations`, `teaching`). Publications,
 * presentations and teaching here are used only when the site has none of its own (see collections.ts).
 */
export const RESUME_SECTIONS: Array<{ key: string; title: string; read: (item: Record_) => CvEntry | undefined }> = [
  { key: "education", title: "Education", read: education },
  { key: "work", title: "Experience", read: work },
  { key: "publications", title: "Publications", read: publication },
  { key: "presentations", title: "Talks", read: presentation },
  { key: "teaching", title: "Teaching", read: teaching },
  { key: "projects", title: "Projects", read: project },
  { key: "awards", title: "Awards", read: award },
  { key: "certificates", title: "Certificates", read: certificate },
  { key: "volunteer", title: "Volunteering", read: volunteer },
  { key: "skills", title: "Skills", read: (i) => keywords(i, "name") },
  { key: "languages", title: "Languages", read: language },
  { key: "interests", title: "Interests", read: (i) => keywords(i, "name") },
  { key: "references", title: "References", read: reference },
];

/** The section of `key` from the data, or undefined when the data has no such list or it is empty. */
export function resumeSection(data: Record_, key: string): CvSection | undefined {
  const spec = RESUME_SECTIONS.find((s) => s.key === key);
  const list = data[key];
  if (!spec || !Array.isArray(list)) return undefined;
  const entries = list
    .filter((i): i is Record_ => !!i && typeof i === "object" && !Array.isArray(i))
    .map(spec.read)
    .filter((e): e is CvEntry => e !== undefined);
  if (entries.length === 0) return undefined;
  const lines = key === "skills" || key === "languages" || key === "interests" || key === "references";
  return { id: `cv-${key}`, title: spec.title, style: lines ? "lines" : "entries", entries };
}

/** Name, headline, contact line and summary: `basics` first, the site's `author:` for whatever it leaves out. */
export function resumeHeader(data: Record_, author: Record_): Pick<Cv, "name" | "label" | "contact" | "summary_html"> {
  const basics = isRecord(data.basics) ? data.basics : {};
  const place = isRecord(basics.location)
    ? [basics.location.city, basics.location.region, basics.location.countryCode].map(text).filter(Boolean).join(", ")
    : text(basics.location);
  const email = text(basics.email) || text(author.email);
  const phone = text(basics.phone);
  const website = text(basics.url) || text(basics.website) || text(author.uri);
  const location = place || text(author.location);
  const contact: CvLink[] = [];
  if (location) contact.push({ kind: "location", text: location });
  if (email) contact.push({ kind: "email", text: email, href: `mailto:${email}` });
  if (phone) contact.push({ kind: "phone", text: phone, href: `tel:${phone.replace(/[^\d+]/g, "")}` });
  if (website)
    contact.push({ kind: "website", text: website.replace(/^https?:\/\//, "").replace(/\/$/, ""), href: website });
  for (const p of Array.isArray(basics.profiles) ? basics.profiles.filter(isRecord) : []) {
    const url = text(p.url);
    const label = text(p.network) || text(p.username) || url;
    if (label) contact.push({ kind: text(p.network).toLowerCase() || "profile", text: label, href: url || undefined });
  }
  return {
    name: text(basics.name) || text(author.name),
    label: text(basics.label),
    contact,
    summary_html: html(basics.summary) ?? "",
  };
}

function education(i: Record_): CvEntry | undefined {
  const title = html(i.institution);
  if (!title) return undefined;
  const degree = [text(i.studyType), text(i.area)].filter(Boolean).join(" in ");
  const score = text(i.score) || text(i.gpa);
  const courses = Array.isArray(i.courses) ? i.courses.map(text).filter(Boolean) : [];
  return entry(title, {
    url: text(i.url) || text(i.website) || undefined,
    subtitle_html: degree ? escapeHtml(degree) : undefined,
    detail_html: score ? escapeHtml(`GPA: ${score}`) : undefined,
    date: dateRange(i.startDate, i.endDate),
    location: text(i.location) || undefined,
    highlights_html: courses.length ? [escapeHtml(`Courses: ${courses.join(", ")}`)] : [],
  });
}

function work(i: Record_): CvEntry | undefined {
  const title = html(i.name) ?? html(i.company);
  if (!title) return undefined;
  return entry(title, {
    url: text(i.url) || text(i.website) || undefined,
    subtitle_html: html(i.position),
    detail_html: html(i.summary) ?? html(i.description),
    date: dateRange(i.startDate, i.endDate),
    location: text(i.location) || undefined,
    highlights_html: highlights(i.highlights),
  });
}

function volunteer(i: Record_): CvEntry | undefined {
  return work({ ...i, name: i.organization ?? i.name });
}

function project(i: Record_): CvEntry | undefined {
  const title = html(i.name);
  if (!title) return undefined;
  return entry(title, {
    url: text(i.url) || undefined,
    subtitle_html: html(Array.isArray(i.roles) ? i.roles.map(text).join(", ") : undefined),
    detail_html: html(i.description),
    date: dateRange(i.startDate, i.endDate),
    highlights_html: highlights(i.highlights),
  });
}

function publication(i: Record_): CvEntry | undefined {
  const title = html(i.name) ?? html(i.title);
  if (!title) return undefined;
  return entry(title, {
    url: text(i.url) || text(i.website) || undefined,
    subtitle_html: html(i.authors),
    detail_html: html(i.publisher),
    date: cvDate(i.releaseDate).replace(/^\D+/, ""),
    highlights_html: i.summary ? [escapeHtml(text(i.summary))] : [],
  });
}

function presentation(i: Record_): CvEntry | undefined {
  const title = html(i.name) ?? html(i.title);
  if (!title) return undefined;
  return entry(title, {
    url: text(i.url) || undefined,
    subtitle_html: html(i.event),
    detail_html: html(i.description),
    date: cvDate(i.date),
    location: text(i.location) || undefined,
  });
}

function teaching(i: Record_): CvEntry | undefined {
  const title = html(i.course) ?? html(i.name);
  if (!title) return undefined;
  return entry(title, {
    subtitle_html: html([text(i.role), text(i.institution)].filter(Boolean).join(", ")),
    detail_html: html(i.description),
    date: i.startDate ? dateRange(i.startDate, i.endDate) : cvDate(i.date),
  });
}

function award(i: Record_): CvEntry | undefined {
  const title = html(i.title) ?? html(i.name);
  if (!title) return undefined;
  return entry(title, { subtitle_html: html(i.awarder), detail_html: html(i.summary), date: cvDate(i.date) });
}

function certificate(i: Record_): CvEntry | undefined {
  const title = html(i.name);
  if (!title) return undefined;
  return entry(title, { url: text(i.url) || undefined, subtitle_html: html(i.issuer), date: cvDate(i.date) });
}

function language(i: Record_): CvEntry | undefined {
  const title = html(i.language) ?? html(i.name);
  return title ? entry(title, { detail_html: html(i.fluency) }) : undefined;
}

function reference(i: Record_): CvEntry | undefined {
  const title = html(i.name);
  return title ? entry(title, { detail_html: html(i.reference) }) : undefined;
}

/** "Name: keyword, keyword" (skills, interests). */
function keywords(i: Record_, key: string): CvEntry | undefined {
  const title = html(i[key]);
  if (!title) return undefined;
  const words = Array.isArray(i.keywords) ? i.keywords.map(text).filter(Boolean).join(", ") : "";
  const level = text(i.level);
  return entry(title, { detail_html: html(words || level) });
}

function highlights(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter(Boolean).map(escapeHtml) : [];
}

function isRecord(v: unknown): v is Record_ {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
