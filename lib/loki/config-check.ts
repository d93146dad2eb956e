import { Reporter, hasKey, keyTreeFile, shapeAt, treeModel, walkConfig } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig } from '../common/contract/findings';
import { lazy } from '../common/vocabulary/lazy';

/*
 * Loki's config, judged by the blocks of the pinned Loki version (schemas/, see
 * keyTreeFile); loki-2.9.17.json only tells keys removed in Loki 3 from unknown ones.
 */

// Loki's <duration> fields are partly model.Duration (d, w, y)
const LOKI = lazy(() => treeModel(keyTreeFile('loki'), 'prometheus'));
const LOKI_2 = lazy(() => treeModel('loki-2.9.17.json', 'prometheus'));

const checkLoki = (c: EmbeddedConfig, report: Reporter): void => {
  const loki = LOKI();
  const old = LOKI_2();
  walkConfig(c, loki.root, report, {
    product: `Loki ${loki.file.version}`,
    onUnknown: (segs, key) =>
      hasKey(shapeAt(old.root, segs), key) ? { level: 'error', note: `present in Loki ${old.file.version}, removed in Loki 3` } : undefined,
  });
};

/** The config format Loki introduces, and its checker. */
/** Loki's config: AGPL-licensed, never built here; judged in-process only. */
export const LOKI_FORMAT = configFormat({
  name: 'loki',
  image: 'loki',
  judge: { inProcessOnly: 'Loki is AGPL-3.0-licensed: it is not built here; its config is judged in-process (key tree, durations)' },
  check: checkLoki,
});
