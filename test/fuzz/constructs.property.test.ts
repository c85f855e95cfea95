// Property: whatever props a user writes, every public construct either synthesizes output the
// cluster accepts (schema-valid, no error finding, no hole) or fails with the library's own
// validation error. Never a TypeError, a crash, or `undefined` in the YAML.
import * as fc from 'fast-check';
import { CONSTRUCTS } from './constructs';
import { fcParameters, judgeBuild } from './harness';

describe.each(CONSTRUCTS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  test('synthesizes valid output or fails with a rule id or a documented message', () => {
    fc.assert(fc.property(entry.arbitrary, (props) => judgeBuild(entry, props)), fcParameters());
  });
});
