// The values helper on its own: helm's merge semantics and the schema messages, on small schemas.
import { mergeValues, valueAt, valuesSchemaProblems, withoutNulls } from '../../src/install/helm-values';

describe('mergeValues', () => {
  test('objects merge key by key; arrays and scalars replace; inputs stay untouched', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const override = { a: { c: [3], e: true }, d: 'y' };
    expect(mergeValues(base, override)).toEqual({ a: { b: 1, c: [3], e: true }, d: 'y' });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
    expect(override).toEqual({ a: { c: [3], e: true }, d: 'y' });
  });

  test('null is kept for helm (it removes the chart default too); undefined is ignored', () => {
    const merged = mergeValues({ a: { b: 1, c: 2 } }, { a: { b: null, c: undefined } });
    expect(merged).toEqual({ a: { b: null, c: 2 } });
    expect(withoutNulls(merged)).toEqual({ a: { c: 2 } });
  });

  test('an object replaces a scalar and the other way round', () => {
    expect(mergeValues({ a: 1, b: { c: 1 } }, { a: { x: 1 }, b: 'flat' })).toEqual({ a: { x: 1 }, b: 'flat' });
  });

  test('valueAt reads a dotted path', () => {
    expect(valueAt({ a: { b: { c: true } } }, 'a.b.c')).toBe(true);
    expect(valueAt({ a: 1 }, 'a.b.c')).toBeUndefined();
  });
});

describe('valuesSchemaProblems', () => {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $ref: '#/$defs/root',
    $defs: {
      root: {
        type: 'object',
        additionalProperties: false,
        properties: {
          replicaCount: { type: 'number' },
          logFormat: { enum: ['text', 'json'] },
          podLabels: { type: 'object', additionalProperties: { type: 'string' } },
          names: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
    },
  };

  test('values that fit give no problems', () => {
    expect(valuesSchemaProblems(schema, { replicaCount: 2, logFormat: 'json', podLabels: { a: 'b' }, names: ['x'] }, 'demo 1.0.0')).toEqual([]);
  });

  test('each miss gives path, bad value, what the schema wants and a fix', () => {
    const problems = valuesSchemaProblems(schema, {
      replicaCount: '2',
      logFormat: 'yaml',
      podLabels: { 'app.kubernetes.io/name': 3 },
      names: [''],
      replicas: 2,
    }, 'demo 1.0.0');
    expect(problems).toEqual([
      'values.logFormat: "yaml" is not an allowed value; the demo 1.0.0 chart\'s values.schema.json allows "text", "json"; use one of them',
      'values.names[0]: "" must NOT have fewer than 1 characters (minLength); change the value to what the demo 1.0.0 chart\'s '
        + 'values.schema.json describes at #/$defs/root/properties/names/items/minLength',
      'values.podLabels["app.kubernetes.io/name"]: 3 is an integer, but the demo 1.0.0 chart\'s values.schema.json wants string; give string',
      'values.replicaCount: "2" is a string, but the demo 1.0.0 chart\'s values.schema.json wants number; give number (write 2, without quotes)',
      'values.replicas: unknown key (value 2); the demo 1.0.0 chart\'s values.schema.json allows no such key at values; did you mean "replicaCount"?',
    ]);
  });

  test('an unknown key with no likely match lists the known keys', () => {
    expect(valuesSchemaProblems(schema, { zzz: {} }, 'demo 1.0.0')).toEqual([
      'values.zzz: unknown key (value {}); the demo 1.0.0 chart\'s values.schema.json allows no such key at values; '
        + 'remove it, or use one of: logFormat, names, podLabels, replicaCount',
    ]);
  });
});
