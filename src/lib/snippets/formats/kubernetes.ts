/**
 * The Flink Kubernetes operator: a `FlinkDeployment` whose
 * `spec.flinkConfiguration` holds the options. Values are strings there, so
 * every value is written as a YAML string.
 */
import { Document, isScalar, type Node } from 'yaml';
import { EXAMPLE_NOTE, parseVersion, type SnippetFormat } from '../format.ts';

export const kubernetes: SnippetFormat = {
  id: 'kubernetes',
  label: 'Kubernetes',
  lang: 'yaml',
  render(settings, { version }) {
    const parsed = parseVersion(version) ?? [1, 20];
    const flinkConfiguration = Object.fromEntries(settings.map(({ key, value }) => [key, value]));
    const doc = new Document({
      apiVersion: 'flink.apache.org/v1beta1',
      kind: 'FlinkDeployment',
      metadata: { name: 'my-flink-deployment' },
      spec: {
        image: `flink:${parsed.join('.')}`,
        flinkVersion: `v${parsed.join('_')}`,
        flinkConfiguration,
        serviceAccount: 'flink',
        jobManager: { resource: { memory: '2048m', cpu: 1 } },
        taskManager: { resource: { memory: '2048m', cpu: 1 } },
      },
    });
    for (const { key, example } of settings) {
      const node = doc.getIn(['spec', 'flinkConfiguration', key], true) as Node | undefined;
      if (example && node && isScalar(node)) node.comment = ` ${EXAMPLE_NOTE}`;
    }
    return doc.toString({ lineWidth: 0 });
  },
};
