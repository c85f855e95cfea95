export * from './tls-app';
