import { IMAGES } from '../lib/common/k8s/images';
import { CONFIG_CHECKSUM_ANNOTATION } from '../lib/common/vocabulary/yaml';
import { collectorConfigs, configFiles, containers, label, podSpec, synthObjects, workloads } from './helpers';

const objs = synthObjects();

describe('every container', () => {
  test.each(containers(objs))('%s requests cpu and memory and limits memory', (_n, c) => {
    expect(c.resources?.requests?.cpu).toBeDefined();
    expect(c.resources?.requests?.memory).toBeDefined();
    expect(c.resources?.limits?.memory).toBeDefined();
  });

  test.each(containers(objs, { init: false }))('%s has readiness and liveness probes', (_n, c) => {
    expect(c.readinessProbe).toBeDefined();
    expect(c.livenessProbe).toBeDefined();
  });

  test.each(containers(objs))('%s runs a pinned image with an explicit tag that is not latest', (_n, c) => {
    const m = /^(?<repo>[^@]+?)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@sha256:[0-9a-f]{64})?$/.exec(c.image);
    expect(m?.groups?.tag).toBeDefined();
    expect(m!.groups!.tag).not.toBe('latest');
    const pinned = Object.values(IMAGES).map((i) => `${i.repository}:${i.tag}`);
    expect(pinned.some((p) => c.image === p || c.image.endsWith(`/${p}`))).toBe(true);
  });

  test.each(containers(objs, { init: false }))('%s probes ports it declares', (_n, c) => {
    const names = (c.ports ?? []).map((p: any) => p.name);
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe].filter(Boolean)) {
      const port = probe.httpGet?.port ?? probe.tcpSocket?.port;
      expect(typeof port === 'number' || names.includes(port)).toBe(true);
    }
  });
});

describe('every object', () => {
  test.each(objs.map((o) => [label(o), o]))('%s has a human name without a hash suffix', (_n, o) => {
    expect(o.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
    expect(o.metadata.name).not.toMatch(/-(?=[0-9a-f]*[0-9])[0-9a-f]{8}$/);
  });

  test.each(objs.map((o) => [label(o), o]))('%s carries the standard labels (name, part-of, managed-by)', (_n, o) => {
    const labels = o.metadata.labels ?? {};
    expect([labels['app.kubernetes.io/name'], labels['app.kubernetes.io/part-of'], labels['app.kubernetes.io/managed-by']]).toEqual([
      expect.stringMatching(/^[a-z0-9-]+$/),
      'observability-stack',
      'cdk8s',
    ]);
  });

  test('names are unique per kind and namespace', () => {
    const keys = objs.map((o) => `${o.env}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('every workload', () => {
  test.each(workloads(objs))('%s rolls when its config changes (checksum annotation), unless it reloads its files itself or a sidecar watching them tells it to', (_n, _o, template) => {
    const configVolumes = (template.spec.volumes ?? []).filter((v: any) => v.configMap).map((v: any) => v.name);
    // Prometheus reads its config and rule files again when they change (--config.auto-reload)
    const autoReload = template.spec.containers.some((c: any) => (c.args ?? []).includes('--config.auto-reload'));
    // Alertmanager is told to reload by a sidecar that watches the directory of every ConfigMap it mounts
    const watched = configVolumes.every((v: string) =>
      template.spec.containers.some((c: any) => (c.volumeMounts ?? []).some((m: any) => m.name === v && (c.args ?? []).includes(`--watched-dir=${m.mountPath}`))),
    );
    const reloadsItself = autoReload || watched;
    if (configVolumes.length && !reloadsItself) expect(template.metadata.annotations?.[CONFIG_CHECKSUM_ANNOTATION]).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each(workloads(objs))('%s mounts only ConfigMaps that exist', (_n, o, template) => {
    for (const v of template.spec.volumes ?? []) {
      if (!v.configMap) continue;
      expect(objs.some((c) => c.kind === 'ConfigMap' && c.metadata.name === v.configMap.name && c.metadata.namespace === o.metadata.namespace)).toBe(true);
    }
  });

  test.each(workloads(objs))('%s uses a ServiceAccount that exists', (_n, o, template) => {
    const sa = template.spec.serviceAccountName;
    if (sa) expect(objs.some((c) => c.kind === 'ServiceAccount' && c.metadata.name === sa && c.metadata.namespace === o.metadata.namespace)).toBe(true);
  });
});

describe('every embedded config', () => {
  test.each(configFiles(objs))('%s parses back as a YAML object', (_n, _o, _f, parsed) => {
    expect(parsed).not.toBeNull();
    expect(typeof parsed).toBe('object');
  });
});

describe('every collector config', () => {
  const configs = collectorConfigs(objs);
  test('there is at least one', () => expect(configs.length).toBeGreaterThan(0));

  test.each(configs)('%s defines every component its pipelines name', (_n, cfg) => {
    for (const [name, p] of Object.entries<any>(cfg.service.pipelines)) {
      for (const r of p.receivers) expect([name, r, r in (cfg.receivers ?? {}) || r in (cfg.connectors ?? {})]).toEqual([name, r, true]);
      for (const pr of p.processors ?? []) expect([name, pr, pr in (cfg.processors ?? {})]).toEqual([name, pr, true]);
      for (const e of p.exporters) expect([name, e, e in (cfg.exporters ?? {}) || e in (cfg.connectors ?? {})]).toEqual([name, e, true]);
    }
  });

  test.each(configs)('%s defines every extension it enables, and enables what it defines', (_n, cfg) => {
    expect([...cfg.service.extensions].sort()).toEqual(Object.keys(cfg.extensions ?? {}).sort());
  });

  test.each(configs)('%s runs memory_limiter first, and no processor that answers success for data it may drop', (_n, cfg) => {
    for (const p of Object.values<any>(cfg.service.pipelines)) {
      expect(p.processors[0]).toBe('memory_limiter');
      // `batch` buffers, answers success and only logs what its exporter refuses
      expect(p.processors).not.toContain('batch');
      // the sampler drops what its exporter refuses: only before an exporter that waits when full
      if (p.processors.includes('tail_sampling')) {
        expect(cfg.processors.tail_sampling.block_on_overflow).toBe(true);
        for (const e of p.exporters) expect([e, cfg.exporters[e].sending_queue.block_on_overflow]).toEqual([e, true]);
      }
    }
  });

  test.each(configs)('%s batches in each exporter\'s queue, in bytes (the agent\'s on disk, the gateway\'s in memory)', (name, cfg) => {
    const storage = name.includes('otel-gateway') ? undefined : 'file_storage';
    for (const [id, e] of Object.entries<any>(cfg.exporters).filter(([id]) => id !== 'debug')) {
      expect([id, e.sending_queue.storage, e.sending_queue.batch?.sizer, e.sending_queue.batch?.max_size > 0]).toEqual([id, storage, 'bytes', true]);
    }
  });

  test.each(configs)('%s uses no deprecated component alias', (_n, cfg) => {
    const deprecated = ['otlp', 'otlphttp', 'filelog', 'k8sattributes', 'loadbalancing', 'resourcedetection', 'spanmetrics', 'servicegraph'];
    for (const kind of ['exporters', 'processors', 'connectors'] as const) {
      for (const id of Object.keys(cfg[kind] ?? {})) expect(deprecated).not.toContain(id.split('/')[0]);
    }
    for (const id of Object.keys(cfg.receivers ?? {})) expect(['filelog', 'k8sobjects', 'kubeletstats', 'hostmetrics']).not.toContain(id.split('/')[0]);
  });

  test.each(configs)('%s gives every exporter a retry and a sending queue', (_n, cfg) => {
    for (const [id, e] of Object.entries<any>(cfg.exporters)) {
      if (id.startsWith('debug')) continue;
      // load_balancing: its own queue and retry (the only level a persistent queue works at)
      expect([id, e.retry_on_failure?.enabled, e.sending_queue?.enabled]).toEqual([id, true, true]);
    }
  });

  test.each(configs)('%s never gives up a retry: no exporter or receiver drops what it accepted after a time limit', (_n, cfg) => {
    const retries = [...Object.entries<any>(cfg.exporters), ...Object.entries<any>(cfg.receivers ?? {})].filter(([, c]) => c?.retry_on_failure);
    for (const [id, c] of retries) expect([id, c.retry_on_failure.enabled, c.retry_on_failure.max_elapsed_time]).toEqual([id, true, '0s']);
    // the file_log receiver is one of them wherever it runs
    if (cfg.receivers?.file_log) expect(retries.map(([id]) => id)).toContain('file_log');
  });
});

test('the workloads found include every component', () => {
  const names = objs.filter((o) => podSpec(o)).map((o) => o.metadata.name).sort();
  expect(names).toEqual(expect.arrayContaining(['loki', 'otel-agent', 'prometheus', 'tempo']));
});
