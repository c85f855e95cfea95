// The secrets constructs; src/index.ts re-exports this module.
export * from './pem';
export * from './certificate-consumption';
export * from './tls-secret';
export * from './user-certificate';
export * from './client-certificate';
export * from './webhook-serving-certificate';
