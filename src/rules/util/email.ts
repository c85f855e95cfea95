// A port of Go's net/mail.ParseAddress (Go 1.22+, with domain literals), which cert-manager runs
// on every `emailAddresses` entry (C14), then requiring the parsed address to equal the input
// (C15). Error texts are Go's. RFC 2047 encoded-words in display names are passed through as
// plain words (Go only fails on them for unknown charsets).
import { isGoIP } from './ip';

export type MailParseResult = { readonly address: string; readonly name: string } | { readonly error: string };

const isVchar = (r: string): boolean => (r >= '!' && r <= '~') || r.codePointAt(0)! >= 0x80;
const isWSP = (r: string): boolean => r === ' ' || r === '\t';
const SPECIALS = '()<>[]:;@\\,"';
const isAtext = (r: string, dot: boolean): boolean => (r === '.' ? dot : !SPECIALS.includes(r) && isVchar(r));
const isQtext = (r: string): boolean => r !== '\\' && r !== '"' && isVchar(r);
const isDtext = (r: string): boolean => r !== '[' && r !== ']' && r !== '\\' && isVchar(r);

class MailError extends Error {}
const fail = (msg: string): never => {
  throw new MailError(msg);
};
const quoteRune = (r: string): string => `'${r}'`;

class AddrParser {
  constructor(public s: string) {}

  empty(): boolean {
    return this.s.length === 0;
  }
  peek(): string {
    return this.s[0];
  }
  consume(c: string): boolean {
    if (this.empty() || this.s[0] !== c) return false;
    this.s = this.s.slice(1);
    return true;
  }
  skipSpace(): void {
    this.s = this.s.replace(/^[ \t]+/, '');
  }
  skipCFWS(): boolean {
    this.skipSpace();
    while (this.consume('(')) {
      if (this.skipComment() === undefined) return false;
      this.skipSpace();
    }
    return true;
  }
  /** After `(`: the comment text, or undefined when unbalanced. */
  skipComment(): string | undefined {
    let depth = 1;
    let comment = '';
    while (!this.empty() && depth !== 0) {
      if (this.peek() === '\\' && this.s.length > 1) this.s = this.s.slice(1);
      else if (this.peek() === '(') depth++;
      else if (this.peek() === ')') depth--;
      if (depth > 0) comment += this.s[0];
      this.s = this.s.slice(1);
    }
    return depth === 0 ? comment : undefined;
  }

  parseSingleAddress(): { address: string; name: string } {
    const addrs = this.parseAddress(true);
    if (!this.skipCFWS()) fail('mail: misformatted parenthetical comment');
    if (!this.empty()) fail(`mail: expected single address, got ${JSON.stringify(this.s)}`);
    if (addrs.length === 0) fail('mail: empty group');
    if (addrs.length > 1) fail('mail: group with multiple addresses');
    return addrs[0];
  }

  parseAddress(handleGroup: boolean): { address: string; name: string }[] {
    this.skipSpace();
    if (this.empty()) fail('mail: no address');
    // addr-spec is the stricter grammar, so Go tries it first and falls back to name-addr.
    const saved = this.s;
    try {
      const spec = this.consumeAddrSpec();
      let name = '';
      this.skipSpace();
      if (!this.empty() && this.peek() === '(') name = this.consumeDisplayNameComment();
      return [{ address: spec, name }];
    } catch (e) {
      if (!(e instanceof MailError)) throw e;
      this.s = saved;
    }
    let displayName = '';
    if (this.peek() !== '<') displayName = this.consumePhrase();
    this.skipSpace();
    if (handleGroup && this.consume(':')) return this.consumeGroupList();
    if (!this.consume('<')) {
      if ([...displayName].every((r) => isAtext(r, true))) fail("mail: missing '@' or angle-addr");
      fail('mail: no angle-addr');
    }
    const spec = this.consumeAddrSpec();
    if (!this.consume('>')) fail('mail: unclosed angle-addr');
    return [{ address: spec, name: displayName }];
  }

  consumeGroupList(): { address: string; name: string }[] {
    const group: { address: string; name: string }[] = [];
    this.skipSpace();
    if (this.consume(';')) {
      if (!this.skipCFWS()) fail('mail: misformatted parenthetical comment');
      return group;
    }
    for (;;) {
      this.skipSpace();
      group.push(...this.parseAddress(false));
      if (!this.skipCFWS()) fail('mail: misformatted parenthetical comment');
      if (this.consume(';')) {
        if (!this.skipCFWS()) fail('mail: misformatted parenthetical comment');
        break;
      }
      if (!this.consume(',')) fail('mail: expected comma');
    }
    return group;
  }

  consumeAddrSpec(): string {
    const saved = this.s;
    try {
      this.skipSpace();
      if (this.empty()) fail('mail: no addr-spec');
      let localPart: string;
      if (this.peek() === '"') {
        localPart = this.consumeQuotedString();
        if (localPart === '') fail('mail: empty quoted-string in addr-spec');
      } else {
        localPart = this.consumeAtom(true, false);
      }
      if (!this.consume('@')) fail('mail: missing @ in addr-spec');
      this.skipSpace();
      if (this.empty()) fail('mail: no domain in addr-spec');
      const domain = this.peek() === '[' ? this.consumeDomainLiteral() : this.consumeAtom(true, false);
      return `${localPart}@${domain}`;
    } catch (e) {
      this.s = saved;
      throw e;
    }
  }

  consumeQuotedString(): string {
    const runes = [...this.s];
    let i = 1;
    let out = '';
    let escaped = false;
    for (;;) {
      if (i >= runes.length) fail('mail: unclosed quoted-string');
      const r = runes[i];
      if (escaped) {
        if (!isVchar(r) && !isWSP(r)) fail(`mail: bad character in quoted-string: ${quoteRune(r)}`);
        out += r;
        escaped = false;
      } else if (isQtext(r) || isWSP(r)) {
        out += r;
      } else if (r === '"') {
        break;
      } else if (r === '\\') {
        escaped = true;
      } else {
        fail(`mail: bad character in quoted-string: ${quoteRune(r)}`);
      }
      i++;
    }
    this.s = runes.slice(i + 1).join('');
    return out;
  }

  consumeAtom(dot: boolean, permissive: boolean): string {
    const runes = [...this.s];
    let i = 0;
    while (i < runes.length && isAtext(runes[i], dot)) i++;
    if (i === 0) fail('mail: invalid string');
    const atom = runes.slice(0, i).join('');
    this.s = runes.slice(i).join('');
    if (!permissive) {
      if (atom.startsWith('.')) fail('mail: leading dot in atom');
      if (atom.includes('..')) fail('mail: double dot in atom');
      if (atom.endsWith('.')) fail('mail: trailing dot in atom');
    }
    return atom;
  }

  consumeDomainLiteral(): string {
    if (!this.consume('[')) fail('mail: missing "[" in domain-literal');
    let dtext = '';
    for (;;) {
      if (this.empty()) fail('mail: unclosed domain-literal');
      if (this.peek() === ']') break;
      const r = [...this.s][0];
      if (!isDtext(r)) fail(`mail: bad character in domain-literal: ${quoteRune(r)}`);
      dtext += r;
      this.s = this.s.slice(r.length);
    }
    if (!this.consume(']')) fail('mail: unclosed domain-literal');
    if (!isGoIP(dtext)) fail(`mail: invalid IP address in domain-literal: ${JSON.stringify(dtext)}`);
    return `[${dtext}]`;
  }

  consumePhrase(): string {
    const words: string[] = [];
    let error: string | undefined;
    for (;;) {
      if (words.length > 0 && !this.skipCFWS()) fail('mail: misformatted parenthetical comment');
      this.skipSpace();
      if (this.empty()) break;
      try {
        words.push(this.peek() === '"' ? this.consumeQuotedString() : this.consumeAtom(true, true));
      } catch (e) {
        if (!(e instanceof MailError)) throw e;
        error = e.message;
        break;
      }
    }
    // Go ignores the error once it has at least one word.
    if (error !== undefined && words.length === 0) fail(`mail: missing word in phrase: ${error}`);
    return words.join(' ');
  }

  consumeDisplayNameComment(): string {
    if (!this.consume('(')) fail('mail: comment does not start with (');
    const comment = this.skipComment();
    if (comment === undefined) fail('mail: misformatted parenthetical comment');
    return (comment ?? '').split(/[ \t]+/).filter((w) => w !== '').join(' ');
  }
}

/** Go's mail.ParseAddress: the address and display name, or Go's error text. */
export function parseMailAddress(input: string): MailParseResult {
  try {
    return new AddrParser(input).parseSingleAddress();
  } catch (e) {
    if (e instanceof MailError) return { error: e.message };
    throw e;
  }
}
