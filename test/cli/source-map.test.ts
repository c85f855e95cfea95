import { InputError, parseObjects } from '../../src/cli/source-map';

const YAML_TEXT = `# a comment
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
  annotations:
    cert-manager.io/issuer-kind: Issuer
spec:
  dnsNames:
    - a.example.com
    - b.example.com
  privateKey:
    size: 1024
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: {name: one}
  - apiVersion: v1
    kind: Secret
    metadata: {name: two}
    data:
      tls.crt: ""
`;

describe('field positions from the YAML node ranges', () => {
  const [cert, one, two] = parseObjects(YAML_TEXT, 'x.yaml');

  test('a field path points at its key; a list item at the item', () => {
    expect(cert.source.start).toEqual({ line: 2, column: 1 });
    expect(cert.source.locate('spec.privateKey.size')).toEqual({ line: 13, column: 5 });
    expect(cert.source.locate('spec.dnsNames[1]')).toEqual({ line: 11, column: 7 });
    expect(cert.source.locate('')).toEqual({ line: 2, column: 1 });
  });

  test('annotation keys with dots and slashes, written with dots or in brackets', () => {
    expect(cert.source.locate('metadata.annotations.cert-manager.io/issuer-kind')).toEqual({ line: 7, column: 5 });
    expect(cert.source.locate('metadata.annotations[cert-manager.io/issuer-kind]')).toEqual({ line: 7, column: 5 });
  });

  test('an absent field falls back to its nearest existing ancestor', () => {
    expect(cert.source.locate('spec.privateKey.algorithm')).toEqual({ line: 12, column: 3 });
    expect(cert.source.locate('spec.dnsNames[7]')).toEqual({ line: 9, column: 3 });
    expect(cert.source.locate('spec.issuerRef.name')).toEqual({ line: 8, column: 1 });
  });

  test('objects of a List are located inside it', () => {
    expect(one.source.start).toEqual({ line: 18, column: 5 });
    expect(two.source.locate('data[tls.crt]')).toEqual({ line: 25, column: 7 });
    expect(two.source.locate('data.tls.crt')).toEqual({ line: 25, column: 7 });
  });

  test('an undefined alias is reported at its line and column', () => {
    expect(() => parseObjects('a: 1\nb:\n  - *.example.com\n', 'y.yaml')).toThrow(InputError);
    expect(() => parseObjects('a: 1\nb:\n  - *.example.com\n', 'y.yaml')).toThrow(/^y\.yaml:3:5: cannot parse YAML: \*\.example\.com is an alias/);
    // A defined anchor is fine.
    expect(parseObjects('a: &x {k: 1}\nb: *x\n', 'z.yaml')[0].object).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });
});
