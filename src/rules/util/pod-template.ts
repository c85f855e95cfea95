// The pods a workload object runs: their labels and spec, as the controllers create them.
import { KubeObject, apiGroupOf, kindOf, metadataOf, record } from '../object';

const APPS_WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];

/** The pod template of a workload (apps/v1 workloads, Jobs, CronJobs) or a Pod itself; undefined for other objects. */
export function podTemplateOf(obj: KubeObject): { labels: Record<string, unknown>; spec: Record<string, any> } | undefined {
  const group = apiGroupOf(obj);
  const kind = kindOf(obj);
  let template: Record<string, any>;
  if (group === 'apps' && APPS_WORKLOADS.includes(kind)) template = record(record(obj.spec).template);
  else if (group === 'batch' && kind === 'Job') template = record(record(obj.spec).template);
  else if (group === 'batch' && kind === 'CronJob') template = record(record(record(record(obj.spec).jobTemplate).spec).template);
  else if (group === '' && kind === 'Pod') return { labels: metadataOf(obj).labels, spec: record(obj.spec) };
  else return undefined;
  return { labels: record(record(template.metadata).labels), spec: record(template.spec) };
}
