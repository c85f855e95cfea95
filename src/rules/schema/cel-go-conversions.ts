// The string conversions of cel-go, the CEL the API server runs, where @bufbuild/cel parses
// differently: duration(string) is Go's time.ParseDuration (so `""` is an error and `1μs` a
// microsecond), int(string) is strconv.ParseInt in base 10. A string either rejects with cel-go's
// message ("type conversion error from 'string' to ...").
import { CelFunc, CelScalar, celFunc } from '@bufbuild/cel';
import { create } from '@bufbuild/protobuf';
import { Duration, DurationSchema } from '@bufbuild/protobuf/wkt';

const NANOS: { readonly [unit: string]: bigint } = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // micro sign
  μs: 1_000n, // Greek small letter mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX_NANOS = 2n ** 63n;

/** Nanoseconds of a Go duration string, or undefined where time.ParseDuration fails. */
export function parseGoDuration(text: string): bigint | undefined {
  let s = text;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const [whole, fraction] = [number[1], number[2]];
    if (whole === '' && (fraction === undefined || fraction === '')) return undefined;
    s = s.slice(number[0].length);
    const unitMatch = /^[^0-9.]+/.exec(s);
    if (!unitMatch) return undefined; // a number without a unit
    const unit = NANOS[unitMatch[0]];
    if (unit === undefined) return undefined;
    s = s.slice(unitMatch[0].length);
    let value = BigInt(whole === '' ? '0' : whole) * unit;
    if (value > MAX_NANOS) return undefined;
    if (fraction) {
      // Go keeps the fraction as a float64 scaled to the unit, truncated.
      const digits = fraction.slice(0, 18);
      value += BigInt(Math.trunc(Number(BigInt(digits)) * (Number(unit) / 10 ** digits.length)));
      if (value > MAX_NANOS) return undefined;
    }
    total += value;
    if (total > MAX_NANOS) return undefined;
  }
  if (!negative && total > MAX_NANOS - 1n) return undefined;
  return negative ? -total : total;
}

function durationOf(nanos: bigint): Duration {
  const seconds = nanos / 1_000_000_000n;
  return create(DurationSchema, { seconds, nanos: Number(nanos - seconds * 1_000_000_000n) });
}

/** Overrides of @bufbuild/cel's standard functions, with cel-go's results. */
export const CEL_GO_CONVERSIONS: readonly CelFunc[] = [
  celFunc('duration', [CelScalar.STRING], CelScalar.DYN, (s: string) => {
    const nanos = parseGoDuration(s);
    if (nanos === undefined) throw new Error("type conversion error from 'string' to 'google.protobuf.Duration'");
    return durationOf(nanos);
  }),
  celFunc('int', [CelScalar.STRING], CelScalar.INT, (s: string) => {
    const n = /^[+-]?[0-9]+$/.test(s) ? BigInt(s) : undefined;
    if (n === undefined || n < -(2n ** 63n) || n > 2n ** 63n - 1n) throw new Error("type conversion error from 'string' to 'int'");
    return n;
  }),
];
