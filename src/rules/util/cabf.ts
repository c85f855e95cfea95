// CA/Browser Forum Baseline Requirements, ballot SC-081v3 (passed 2025-04-11): the longest
// validity a publicly trusted TLS subscriber certificate may have, by the date it is issued.

/** When each maximum starts (UTC midnight), latest first, and the maximum in days. */
const SC081V3_SCHEDULE: readonly { readonly from: Date; readonly days: number }[] = [
  { from: new Date('2029-03-15T00:00:00Z'), days: 47 },
  { from: new Date('2027-03-15T00:00:00Z'), days: 100 },
  { from: new Date('2026-03-15T00:00:00Z'), days: 200 },
];
const BEFORE_SC081V3_DAYS = 398;

/**
 * The maximum validity, in days, of a publicly trusted TLS certificate issued on `date`:
 * 398 before 2026-03-15, 200 from then, 100 from 2027-03-15, 47 from 2029-03-15.
 */
export function maxPublicCertificateLifetimeDays(date: Date): number {
  const t = date.getTime();
  for (const step of SC081V3_SCHEDULE) {
    if (t >= step.from.getTime()) return step.days;
  }
  return BEFORE_SC081V3_DAYS;
}

/** The date the maximum in force on `date` started, as YYYY-MM-DD, or undefined before SC-081v3. */
export function publicLifetimeLimitSince(date: Date): string | undefined {
  const step = SC081V3_SCHEDULE.find((s) => date.getTime() >= s.from.getTime());
  return step?.from.toISOString().slice(0, 10);
}
