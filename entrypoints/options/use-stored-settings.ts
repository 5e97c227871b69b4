import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { validateSettings, type Settings } from '../../core/settings/settings';
import type { FieldErrors, SaveOutcome, SettingsController } from '../../components/options/settings-controller';
import { readSettings, updateSettings, watchSettings, type StoredSettings } from '../../utils/storage/settings-store';

function valueAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

const owns = (paths: string[], issuePath: string) =>
  paths.some((p) => issuePath === p || issuePath.startsWith(`${p}.`) || p.startsWith(`${issuePath}.`));

export function useStoredSettings(): SettingsController {
  const [stored, setStored] = useState<StoredSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [lastOutcome, setLastOutcome] = useState<SaveOutcome>({ kind: 'none', n: 0 });
  const outcome = (kind: SaveOutcome['kind']) => setLastOutcome((o) => ({ kind, n: o.n + 1 }));
  const [saveFailed, setSaveFailed] = useState(false);
  // The latest settings, for validating a change before the async save.
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let alive = true;
    const apply = (s: StoredSettings) => {
      if (!alive) return;
      latest.current = s.settings;
      // Keep the first read's report of reset fields: later reads of the now
      // repaired value would hide what the user needs to know.
      setStored((prev) => (prev ? { ...s, resetFields: prev.resetFields, fromFutureVersion: prev.fromFutureVersion } : s));
    };
    void readSettings().then(apply);
    const stop = watchSettings(apply);
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const save = useCallback(async (change: (s: Settings) => Settings, paths: string[]) => {
    const current = latest.current;
    if (!current) return false;
    const candidate = change(structuredClone(current));
    const checked = validateSettings(candidate);
    const clearOwned = (e: FieldErrors) => Object.fromEntries(Object.entries(e).filter(([p]) => !owns(paths, p)));
    if (!checked.ok) {
      // Show only the issues of the control being edited, beside it.
      const mine = checked.issues.filter((i) => owns(paths, i.path));
      const shown = mine.length > 0 ? mine : checked.issues;
      setErrors((e) => ({
        ...clearOwned(e),
        ...Object.fromEntries(shown.map((i) => [i.path, { ...i, value: valueAt(candidate, i.path) }])),
      }));
      outcome('rejected');
      return false;
    }
    setErrors(clearOwned);
    // Show the change at once (a switch must not flick back while storage
    // catches up); a failed save puts the stored value back below.
    const previous = current;
    latest.current = checked.settings;
    setStored((prev) => (prev ? { ...prev, settings: checked.settings } : prev));
    const revert = () => {
      latest.current = previous;
      setStored((prev) => (prev ? { ...prev, settings: previous } : prev));
    };
    try {
      const result = await updateSettings(change);
      if (!result.ok) {
        revert();
        setErrors((e) => ({ ...e, ...Object.fromEntries(result.issues.map((i) => [i.path, { ...i, value: undefined }])) }));
        outcome('rejected');
        return false;
      }
      setStored((prev) => (prev ? { ...prev, inLocal: result.inLocal } : prev));
      setSaveFailed(false);
      outcome('saved');
      return true;
    } catch {
      revert();
      setSaveFailed(true);
      outcome('rejected');
      return false;
    }
  }, []);

  return { stored, errors, save, lastOutcome, saveFailed };
}
