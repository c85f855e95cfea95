// jest's order, with the files whose cost is not in their size first when jest has no timings.
// jest starts the longest files first from the timings an earlier run cached; without them (a
// fresh clone on a fresh machine) it orders by file size, and the property tests, a file of a
// dozen lines that runs twenty thousand syntheses, would start last and keep one worker busy
// long after the other has finished.
const Sequencer = require('@jest/test-sequencer').default;

/** Small files that run long: fast-check properties and the examples' CLI syntheses. */
const LONG_FOR_THEIR_SIZE = [/[\\/]test[\\/]fuzz[\\/][^\\/]+\.test\.ts$/, /[\\/]test[\\/]examples\.test\.ts$/];

class LongFilesFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.filter((t) => t.duration == null && LONG_FOR_THEIR_SIZE.some((re) => re.test(t.path)));
    return [...first, ...sorted.filter((t) => !first.includes(t))];
  }
}

module.exports = LongFilesFirst;
