// robfig/cron v3 ParseStandard (5 fields: minute hour day-of-month month day-of-week, plus
// descriptors and a `CRON_TZ=`/`TZ=` prefix), which cert-manager uses for renewal windows (C48).
// Error texts are robfig's.
import { parseGoDuration } from './go-duration';
import { isGoLoadableLocation } from './timezone';

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronError extends Error {}
const fail = (msg: string): never => {
  throw new CronError(msg);
};

/** Go's `%s` of a []string: `[a b c]`. */
const goList = (items: readonly string[]) => `[${items.join(' ')}]`;

function mustParseInt(expr: string): number {
  if (!/^[+-]?[0-9]+$/.test(expr)) fail(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const num = Number(expr);
  if (!Number.isSafeInteger(num)) fail(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`);
  if (num < 0) fail(`negative number (${num}) not allowed: ${expr}`);
  return num;
}

function parseIntOrName(expr: string, names?: Readonly<Record<string, number>>): number {
  const lower = expr.toLowerCase();
  if (names && Object.prototype.hasOwnProperty.call(names, lower)) return names[lower];
  return mustParseInt(expr);
}

function checkRange(expr: string, r: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
  } else {
    start = parseIntOrName(lowAndHigh[0], r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1], r.names);
    else return fail(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]);
    // "N/step" means "N-max/step".
    if (singleDigit) end = r.max;
  } else if (rangeAndStep.length > 2) {
    fail(`too many slashes: ${expr}`);
  }
  if (start < r.min) fail(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) fail(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) fail(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) fail(`step of range should be a positive number: ${expr}`);
}

/** The error robfig/cron's ParseStandard gives for `spec`, or undefined when it parses. */
export function cronStandardError(input: string): string | undefined {
  try {
    let spec = input;
    if (spec.length === 0) fail('empty spec string');
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const space = spec.indexOf(' ');
      const eq = spec.indexOf('=');
      // robfig slices spec[eq+1:i] without checking for a space; Go panics there, which the
      // webhook reports as a failure as well.
      const zone = space < 0 ? spec.slice(eq + 1) : spec.slice(eq + 1, space);
      if (space < 0 || !isGoLoadableLocation(zone)) fail(`provided bad location ${zone}: unknown time zone ${zone}`);
      spec = spec.slice(space).trim();
    }
    if (spec.startsWith('@')) {
      if (DESCRIPTORS.has(spec)) return undefined;
      if (spec.startsWith('@every ')) {
        const d = spec.slice('@every '.length);
        if (parseGoDuration(d) === undefined) fail(`failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(d)}`);
        return undefined;
      }
      fail(`unrecognized descriptor: ${spec}`);
    }
    const fields = spec.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) fail(`expected exactly 5 fields, found ${fields.length}: ${goList(fields)}`);
    fields.forEach((field, i) => {
      // strings.FieldsFunc drops empty pieces, so `1,,2` and even `,` pass.
      for (const expr of field.split(',').filter((e) => e !== '')) checkRange(expr, FIELDS[i]);
    });
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}
