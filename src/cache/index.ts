/** The build cache (Jekyll's `.jekyll-cache`): results that cost time to compute, kept on disk between builds. */
export { DiskCache } from "./disk-cache.js";
export { cacheDirFor, siteCache, DEFAULT_CACHE_DIR } from "./site-cache.js";
export { hashOf, hashFile, hashListing } from "./hash.js";
export { lecternVersion, packageVersion, CACHE_FORMAT } from "./versions.js";
export { ConversionStore } from "./conversions.js";
