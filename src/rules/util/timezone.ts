// Go's time.LoadLocation, approximated with the IANA database of the JS runtime (Intl). Go also
// accepts `UTC`, `Local` and the empty string, and its lookup is case-sensitive, which Intl's is
// not: `america/new_york` fails in Go.

const GO_ONLY = new Set(['', 'UTC', 'Local', 'Factory']);

let canonicalByLowerCase: Map<string, string> | undefined;

function canonicalNames(): Map<string, string> {
  if (!canonicalByLowerCase) {
    canonicalByLowerCase = new Map();
    const supported = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
    for (const name of supported ? supported('timeZone') : []) canonicalByLowerCase.set(name.toLowerCase(), name);
  }
  return canonicalByLowerCase;
}

/** True when Go's time.LoadLocation would load this zone name. */
export function isGoLoadableLocation(name: string): boolean {
  if (GO_ONLY.has(name)) return true;
  // Go refuses paths that climb out of the zoneinfo tree, and has no numeric-offset names.
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\') || /^[+-]?\d/.test(name) || name.includes(':')) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  const known = canonicalNames().get(name.toLowerCase());
  if (known !== undefined) return known === name;
  if (resolved.toLowerCase() === name.toLowerCase()) return resolved === name;
  // An alias Intl canonicalised (US/Pacific, EST5EDT): every tzdata name has a capital letter.
  return /[A-Z]/.test(name);
}
