import * as fs from 'fs';

/**
 * PEM text given to a construct: a certificate chain, a private key, a CA certificate or a
 * certificate signing request. Read once, when the construct is created, so the synthesized
 * YAML does not depend on the file after that.
 */
export class Pem {
  /** PEM text read from a file (e.g. what `openssl` or an enterprise CA's portal wrote). */
  public static fromFile(path: string): Pem {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (e) {
      throw new Error(`cannot read PEM file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return new Pem(text, path);
  }

  /** PEM text given inline. */
  public static fromString(text: string): Pem {
    return new Pem(text, 'inline PEM');
  }

  /** Where the text came from, for messages. */
  public readonly source: string;
  /** The PEM text, with line endings as given. */
  public readonly text: string;

  private constructor(text: string, source: string) {
    if (!text.includes('-----BEGIN ')) {
      throw new Error(`${source} holds no PEM block (no "-----BEGIN ...-----" line); give PEM text, not DER or a file name`);
    }
    this.text = text;
    this.source = source;
  }
}
