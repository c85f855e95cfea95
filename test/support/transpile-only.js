// Every ts-node a test starts (`cdk8s synth` of an example runs `npx ts-node main.ts`) only
// transpiles: a full type check per process costs seconds each time, and the test task's
// typecheck step checks the types of tests, library and examples once.
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
