// How the API server names a schema property inside a CEL rule (k8s.io/apiserver/pkg/cel Escape):
// a property that is not a plain identifier is written with escape sequences, so the Gateway API's
// `namespace` field is `self.__namespace__` in a rule and `x-y` is `self.x__dash__y`.

/** CEL's reserved words; a property named like one is written `__<word>__`. */
const CEL_RESERVED = new Set([
  'true', 'false', 'null', 'in',
  'as', 'break', 'const', 'continue', 'else',
  'for', 'function', 'if', 'import', 'let',
  'loop', 'package', 'namespace', 'return',
  'var', 'void', 'while',
]);

const ESCAPES: { readonly [sequence: string]: string } = {
  '__': '__underscores__',
  '.': '__dot__',
  '-': '__dash__',
  '/': '__slash__',
};

/**
 * The CEL identifier of a schema property, or undefined when the API server cannot expose it
 * (it starts with a digit or holds a character other than letters, digits, `_`, `.`, `-`, `/`):
 * such a property is invisible to the rules of the object around it.
 */
export function escapeCelProperty(name: string): string | undefined {
  if (escaped.has(name)) return escaped.get(name);
  const result = escape(name);
  escaped.set(name, result);
  return result;
}

// Property names are few and come back on every object.
const escaped = new Map<string, string | undefined>();

function escape(name: string): string | undefined {
  if (name === '' || (name[0] >= '0' && name[0] <= '9')) return undefined;
  if (CEL_RESERVED.has(name)) return `__${name}__`;
  if (!/^[A-Za-z0-9_.\-/]+$/.test(name)) return undefined;
  return name.replace(/__|[.\-/]/g, (sequence) => ESCAPES[sequence]);
}
