import { Chart, Testing } from 'cdk8s';

/** The validation error that synthesizing `chart` throws; fails the test when synthesis succeeds. */
export function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth succeeded, expected a validation error');
}

/** The validation error of a fresh test chart once `build` has put its constructs into it. */
export function synthErrorOf(build: (chart: Chart) => void): string {
  const chart = Testing.chart();
  build(chart);
  return synthError(chart);
}
