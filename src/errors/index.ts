export {
  LecternError,
  isLecternError,
  type SourceLocation,
  type ErrorTopic,
  type LecternErrorOptions,
} from "./lectern-error.js";
export { codeFrame } from "./code-frame.js";
export { formatError } from "./format.js";
