import { createRequire } from "node:module";
import { isAbsolute, join } from "node:path";

/** The four faces the PDF sets text in: paths of TrueType or OpenType files. */
export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

const FAMILY = "@expo-google-fonts/source-sans-3";
const FILES: FontFiles = {
  regular: "400Regular/SourceSans3_400Regular.ttf",
  bold: "700Bold/SourceSans3_700Bold.ttf",
  italic: "400Regular_Italic/SourceSans3_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/SourceSans3_700Bold_Italic.ttf",
};

/**
 * Source Sans 3 (SIL Open Font License), the typeface of RenderCV's classic theme, from its npm package; `cv.fonts`
 * in `_config.yml` (`regular`, `bold`, `italic`, `bold_italic`: font files in the site) replaces any of the faces,
 * e.g. with a font that covers Chinese.
 */
export function fontFiles(source: string, configured: Record<string, unknown> = {}): FontFiles {
  const require = createRequire(import.meta.url);
  const own = (key: string) => {
    const v = configured[key];
    return typeof v === "string" && v.trim() ? (isAbsolute(v) ? v : join(source, v)) : undefined;
  };
  return {
    regular: own("regular") ?? require.resolve(`${FAMILY}/${FILES.regular}`),
    bold: own("bold") ?? require.resolve(`${FAMILY}/${FILES.bold}`),
    italic: own("italic") ?? require.resolve(`${FAMILY}/${FILES.italic}`),
    boldItalic: own("bold_italic") ?? require.resolve(`${FAMILY}/${FILES.boldItalic}`),
  };
}
