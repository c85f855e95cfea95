// What the issuer tests share: a test CA certificate (for caBundle fields) and a test chart.
import { Testing } from 'cdk8s';
import { WARNINGS_CONTEXT_KEY } from '../../src/core/rule-validation';

/** A self-signed EC test CA, for the caBundle fields of ACME, Vault and Venafi issuers. */
export const TEST_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIBiTCCAS+gAwIBAgIUEvl/p/H9jksM6y/reJv8P6zO7TMwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPRXhhbXBsZSBUZXN0IENBMB4XDTI2MTEyMzEwMDM1MVoXDTM2
MTEyMDEwMDM1MVowGjEYMBYGA1UEAwwPRXhhbXBsZSBUZXN0IENBMFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEMD5X0fYnaJ1JtGp602joxunJcBI6UjTvmL3VR4so
TLhIvcUIu5OPgeDZ/tvkHnKIKNCcspkaXnJVY6MN1iWAI6NTMFEwHQYDVR0OBBYE
FK5ENhSLu83E75N9FpY3MX5mt36EMB8GA1UdIwQYMBaAFK5ENhSLu83E75N9FpY3
MX5mt36EMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAP1G3boq
QAnElmYfgJV4dChu3kox4UvUDkMOGXblQ5A3AiAxD9eZsJejxoUTlGk6tOh/DZfN
UGvmSHM2aFCEofkAmQ==
-----END CERTIFICATE-----
`;

/** A test chart; warnings are silenced unless `warnings: 'error'` makes them fail synth. */
export function chart(warnings: 'silent' | 'error' = 'silent'): ReturnType<typeof Testing.chart> {
  const c = Testing.chart();
  c.node.setContext(WARNINGS_CONTEXT_KEY, warnings);
  return c;
}
