// How long the certificates of Let's Encrypt's ACME profiles last, by the date they are issued.
// Sources: letsencrypt.org/docs/profiles ("Validity Period") and the announcement "Decreasing
// Certificate Lifetimes to 45 Days" (2025-12-02): the opt-in `tlsserver` profile moves to 45 days
// on 2026-05-13, the default `classic` profile to 64 days on 2027-02-10 and to 45 days on
// 2028-02-16; `shortlived` issues 160 hours. Staging changes "approximately one month" before
// production, so a staging date within a month before a change makes no claim.
import { DAY_NS, HOUR_NS } from './go-duration';

interface Step {
  /** First issuance day (UTC) of this lifetime; undefined for the one in force before every change. */
  readonly from?: Date;
  readonly ns: number;
}

const LETS_ENCRYPT_PROFILES: { readonly [profile: string]: readonly Step[] } = {
  classic: [{ ns: 90 * DAY_NS }, { from: new Date('2027-02-10T00:00:00Z'), ns: 64 * DAY_NS }, { from: new Date('2028-02-16T00:00:00Z'), ns: 45 * DAY_NS }],
  tlsserver: [{ ns: 90 * DAY_NS }, { from: new Date('2026-05-13T00:00:00Z'), ns: 45 * DAY_NS }],
  shortlived: [{ ns: 160 * HOUR_NS }],
};

/** The profile Let's Encrypt uses for an order that names none. */
export const LETS_ENCRYPT_DEFAULT_PROFILE = 'classic';

const STAGING_LEAD_MS = 31 * 24 * 3600 * 1000;

/** What a profile issues on a date, and the changes still to come. */
export interface AcmeLifetime {
  readonly profile: string;
  /** The lifetime of a certificate issued on the date, in nanoseconds. */
  readonly ns: number;
  /** Later changes of this profile's lifetime, earliest first. */
  readonly upcoming: readonly { readonly from: Date; readonly ns: number }[];
}

/**
 * The lifetime of a Let's Encrypt certificate of `profile` (the default profile when undefined)
 * issued on `date`; undefined for a profile this table does not know, or a staging date too near
 * a change to tell.
 */
export function letsEncryptLifetime(profile: string | undefined, date: Date, staging: boolean): AcmeLifetime | undefined {
  const name = profile ?? LETS_ENCRYPT_DEFAULT_PROFILE;
  const steps = Object.prototype.hasOwnProperty.call(LETS_ENCRYPT_PROFILES, name) ? LETS_ENCRYPT_PROFILES[name] : undefined;
  if (!steps) return undefined;
  const t = date.getTime();
  if (staging && steps.some((s) => s.from && t < s.from.getTime() && t >= s.from.getTime() - STAGING_LEAD_MS)) return undefined;
  const current = [...steps].reverse().find((s) => !s.from || t >= s.from.getTime())!;
  const upcoming = steps.filter((s): s is Step & { from: Date } => s.from !== undefined && s.from.getTime() > t);
  return { profile: name, ns: current.ns, upcoming: upcoming.map((s) => ({ from: s.from, ns: s.ns })) };
}

/** `90 days`, `160 hours`. */
export function describeLifetime(ns: number): string {
  return ns % DAY_NS === 0 ? `${ns / DAY_NS} days` : `${ns / HOUR_NS} hours`;
}
