import type { RawConfig } from '../io/load-config.js';
import type { Problem } from '../core/types.js';
import type { Result } from './result.js';
import { checkSetting, isSettingKey } from './settings.js';
import type { Settings } from './settings.js';

/** A checked config: the settings it sets, and the folder its relative patterns count from. */
export interface CheckedConfig {
  readonly settings: Partial<Settings>;
  readonly source: string | undefined;
  readonly folder: string | undefined;
}

/**
 * Checks a config's content: it must be an object whose keys are settings (or `$schema`) with
 * values of the right type and range. Every unknown key and bad value is named.
 */
export function checkConfig(config: RawConfig | undefined): Result<CheckedConfig> {
  if (config === undefined) return { ok: true, value: { settings: {}, source: undefined, folder: undefined } };
  const { source, data } = config;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'BAD_VALUE', name: '(top level)', source, value: JSON.stringify(data) ?? 'nothing', expected: 'an object' }] };
  }
  const problems: Problem[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    if (!isSettingKey(key)) {
      problems.push({ code: 'UNKNOWN_CONFIG_KEY', key, source });
      continue;
    }
    const checked = checkSetting(key, value, false);
    if (checked.ok) settings[key] = checked.value;
    else problems.push({ code: 'BAD_VALUE', name: key, source, value: JSON.stringify(value), expected: checked.expected });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { settings: settings as Partial<Settings>, source, folder: config.folder } };
}
