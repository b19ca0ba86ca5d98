import { RegexLexer, rule } from "./engine.js";

const KEYWORD =
  "\\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\\b";
const LETTER = "(?:\\p{Alphabetic}|_)";
const IDENTIFIER = `(?!${KEYWORD})${LETTER}(?:${LETTER}|\\p{Nd})*`;
const OPERATOR =
  "\\+=|\\+\\+|\\+|&\\^=|&\\^|&=|&&|&|==|=|!=|!|-=|--|-|\\|=|\\|\\||\\||<=|<-|<<=|<<|<|\\*=|\\*|\\^=|\\^|>>=|>>|>=|>|\\/|\\/=|:=|%|%=|\\.\\.\\.|\\.|:";
const SEPARATOR = "\\(|\\)|\\[|\\]|\\{|\\}|,|;";
const DECIMALS = "[0-9]+";
const EXPONENT = `[eE][+\\-]?${DECIMALS}`;
const FLOAT_LIT = `${DECIMALS}\\.(?:${DECIMALS})?(?:${EXPONENT})?|${DECIMALS}${EXPONENT}|\\.${DECIMALS}(?:${EXPONENT})?`;
const INT_LIT = "0[xX][0-9A-Fa-f]+|[0-9][0-9]*|0[0-7]*";
const ESCAPED_CHAR = "\\\\[abfnrtv\\\\'\"]";
const UNICODE_VALUE = `[^\\n]|\\\\u[0-9A-Fa-f]{4}|\\\\U[0-9A-Fa-f]{8}|${ESCAPED_CHAR}`;
const BYTE_VALUE = "\\\\[0-7]{3}|\\\\x[0-9A-Fa-f]{2}";
const ESCAPE_SEQUENCE = `${ESCAPED_CHAR}|\\\\u[0-9A-Fa-f]{4}|\\\\U[0-9A-Fa-f]{8}|\\\\x[0-9A-Fa-f]{2}`;
const TYPES =
  "\\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\\b";
const CONSTANTS = "\\b(?:true|false|iota|nil)\\b";
const FUNCTIONS = "\\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover)\\b";

/** Rouge's Go lexer. */
export const go: RegexLexer = new RegexLexer({
  simple_tokens: [
    rule(/\/\/(?:(?!\n).)*|\/\*(?:(?!\*\/).)*\*\//s, "c"),
    rule(new RegExp(KEYWORD), "k"),
    rule(new RegExp(TYPES), "kt"),
    rule(new RegExp(FUNCTIONS), "nb"),
    rule(new RegExp(CONSTANTS), "no"),
    rule(new RegExp(`(?:${DECIMALS}|${FLOAT_LIT})i`), "m"),
    rule(new RegExp(FLOAT_LIT), "m"),
    rule(new RegExp(INT_LIT), "m"),
    rule(new RegExp(`'(?:${UNICODE_VALUE}|${BYTE_VALUE})'`), "sc"),
    rule(new RegExp(OPERATOR), "o"),
    rule(new RegExp(SEPARATOR), "p"),
    rule(new RegExp(IDENTIFIER, "u"), "n"),
    rule(/\s+/, ""),
  ],
  root: [{ mixin: "simple_tokens" }, rule(/`/, "s", "raw_string"), rule(/"/, "s", "interpreted_string")],
  interpreted_string: [
    rule(new RegExp(ESCAPE_SEQUENCE), "se"),
    rule(/\\./, "err"),
    rule(/"/, "s", "#pop"),
    rule(/[^"\\]+/, "s"),
  ],
  raw_string: [rule(/`/, "s", "#pop"), rule(/[^`]+/, "s")],
});
