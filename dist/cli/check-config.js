import { checkSetting, isSettingKey } from './settings.js';
/**
 * Checks a config's content: it must be an object whose keys are settings (or `$schema`) with
 * values of the right type and range. Every unknown key and bad value is named.
 */
export function checkConfig(config) {
    if (config === undefined)
        return { ok: true, value: { settings: {}, source: undefined, folder: undefined } };
    const { source, data } = config;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return { ok: false, problems: [{ code: 'BAD_VALUE', name: '(top level)', source, value: JSON.stringify(data) ?? 'nothing', expected: 'an object' }] };
    }
    const problems = [];
    const settings = {};
    for (const [key, value] of Object.entries(data)) {
        if (key === '$schema')
            continue;
        if (!isSettingKey(key)) {
            problems.push({ code: 'UNKNOWN_CONFIG_KEY', key, source });
            continue;
        }
        const checked = checkSetting(key, value, false);
        if (checked.ok)
            settings[key] = checked.value;
        else
            problems.push({ code: 'BAD_VALUE', name: key, source, value: JSON.stringify(value), expected: checked.expected });
    }
    return problems.length > 0
        ? { ok: false, problems }
        : { ok: true, value: { settings: settings, source, folder: config.folder } };
}
