export * from './rule-suppressions';
export * from './tls-validation';
