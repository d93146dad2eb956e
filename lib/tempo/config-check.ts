import { Reporter, hasKey, keyTreeFile, optionalTreeModel, shapeAt, treeModel, walkConfig } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig } from '../common/contract/findings';
import { lazy } from '../common/vocabulary/lazy';

/*
 * Tempo's config, judged by the key tree of the pinned Tempo version (schemas/, see
 * keyTreeFile): one tree dumped from its defaults, plus the yaml tags of the source. The
 * Tempo 2.x tree, when vendored, only tells keys removed in Tempo 3 from unknown ones.
 */

// Tempo parses time.Duration
const TEMPO = lazy(() => treeModel(keyTreeFile('tempo'), 'go', true));
/** Tempo 2.x, only for "present in 2.x" hints; used when the file is vendored. */
const TEMPO_2 = lazy(() => optionalTreeModel('tempo-2.10.8.json'));

const checkTempo = (c: EmbeddedConfig, report: Reporter): void => {
  const tempo = TEMPO();
  const sourceKeys = new Set(tempo.file.sourceKeys ?? []);
  const old = TEMPO_2();
  walkConfig(c, tempo.root, report, {
    product: `Tempo ${tempo.file.version}`,
    onUnknown: (segs, key) => {
      const inOld = old && hasKey(shapeAt(old.root, segs), key) ? `present in Tempo ${old.file.version}, removed in Tempo 3` : '';
      // The tree is built from a dump of the defaults, which leaves out `omitempty` fields;
      // a name that is still a yaml tag in the source may be one of those.
      if (sourceKeys.has(key) && !inOld) {
        return { level: 'warn', note: `not in the key tree, but '${key}' is a yaml tag in the ${tempo.file.version} source (possibly an omitted optional field): verify it` };
      }
      return inOld ? { level: 'error', note: inOld } : undefined;
    },
  });
};

/** The config format Tempo introduces, and its checker. */
/** Tempo's config: AGPL-licensed, never built here; judged in-process only. */
export const TEMPO_FORMAT = configFormat({
  name: 'tempo',
  image: 'tempo',
  judge: { inProcessOnly: 'Tempo is AGPL-3.0-licensed: it is not built here; its config is judged in-process (key tree, durations)' },
  check: checkTempo,
});
