// TLS-M14: a Linkerd ServerAuthorization that lets unauthenticated clients in from every
// address (0.0.0.0/0, ::/0) opens the Server to plaintext from outside the cluster, wherever the
// pod is reachable from; the cluster's own networks (Linkerd's default when `networks` is unset)
// is the usual scope for probes and unmeshed in-cluster clients.
import { list, record, str } from '../object';
import { ObjectCheck } from '../rule';

const checkServerAuthorization: ObjectCheck = (obj, report) => {
  const client = record(record(obj.spec).client);
  if (client.unauthenticated !== true) return;
  list(client.networks).forEach((network, i) => {
    const cidr = str(record(network).cidr);
    if (!cidr || !/\/0$/.test(cidr.trim())) return;
    const path = `spec.client.networks[${i}].cidr`;
    const except = list(record(network).except).length > 0 ? ' (its except list removes only some of them)' : '';
    report.warning('TLS-M14', path, `${path}: ${cidr} with unauthenticated: true lets plaintext clients from every address reach the Server${except}, `
      + 'without mesh identity or TLS; drop networks to keep Linkerd\'s default (the cluster networks), list the client networks instead, '
      + 'or require meshTLS identities (client.meshTLS.serviceAccounts)');
  });
};

export const LINKERD_SERVER_AUTHORIZATION_CHECKS: readonly ObjectCheck[] = [checkServerAuthorization];
