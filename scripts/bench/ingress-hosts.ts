// A cdk8s-plus Ingress with host rules, with or without useDictionaryHostRules: used by
// test/edge/ingress-host-rules.test.ts and by scripts/bench/hidden-classes.ts in its own process.
import { Chart } from 'cdk8s';
import { HttpIngressPathType, Ingress, IngressBackend, Service } from 'cdk8s-plus-27';
import { useDictionaryHostRules } from '../../src/edge/ingress-host-rules';

export function ingressWithHosts(chart: Chart, id: string, hosts: string[], dictionary: boolean): Ingress {
  const ingress = new Ingress(chart, id, { metadata: { name: id } });
  if (dictionary) useDictionaryHostRules(ingress);
  const backend = IngressBackend.fromService(new Service(chart, `${id}-svc`, { metadata: { name: `${id}-svc` }, ports: [{ port: 80 }] }));
  for (const host of hosts) {
    ingress.addHostRule(host, '/', backend, HttpIngressPathType.PREFIX);
    ingress.addHostRule(host, '/api', backend, HttpIngressPathType.PREFIX);
  }
  return ingress;
}
