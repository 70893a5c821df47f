/**
 * Java, the way the option's Flink version recommends: from 1.19 on, typed
 * `ConfigOption`s (`config.set(ConfigOptions.key(…).intType()…, 4)`), since
 * the string setters were deprecated then (and removed in 2.0); before 1.19,
 * `config.setString/setInteger/…`. Without a known version, the current style.
 */
import { EXAMPLE_NOTE, versionBefore, type SnippetFormat } from '../format.ts';
import { parseDuration, parseList, parseMap, parseMemorySize } from '../../registry/values.ts';
import type { SnippetSetting } from '../value.ts';

export function javaString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')}"`;
}

function javaDuration(ms: number): string {
  for (const [factor, method] of [
    [86_400_000, 'ofDays'],
    [3_600_000, 'ofHours'],
    [60_000, 'ofMinutes'],
    [1_000, 'ofSeconds'],
  ] as const) {
    if (ms !== 0 && ms % factor === 0) return `Duration.${method}(${ms / factor})`;
  }
  return Number.isInteger(ms) ? `Duration.ofMillis(${ms})` : `Duration.ofNanos(${Math.round(ms * 1_000_000)})`;
}

/** The typed option expression and the value expression, with the imports they need. */
function typed({ key, value, option }: SnippetSetting): { option: string; value: string; imports: string[] } {
  const k = `ConfigOptions.key(${javaString(key)})`;
  const number = (suffix: string) => (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? `${value}${suffix}` : null);
  switch (option.baseType) {
    case 'Boolean':
      if (value === 'true' || value === 'false') return { option: `${k}.booleanType().noDefaultValue()`, value, imports: [] };
      break;
    case 'Integer': {
      const v = number('');
      if (v && /^[+-]?\d+$/.test(value)) return { option: `${k}.intType().noDefaultValue()`, value: v, imports: [] };
      break;
    }
    case 'Long': {
      const v = number('L');
      if (v && /^[+-]?\d+$/.test(value)) return { option: `${k}.longType().noDefaultValue()`, value: v, imports: [] };
      break;
    }
    case 'Float': {
      const v = number('f');
      if (v) return { option: `${k}.floatType().noDefaultValue()`, value: v, imports: [] };
      break;
    }
    case 'Double': {
      const v = number('d');
      if (v) return { option: `${k}.doubleType().noDefaultValue()`, value: v, imports: [] };
      break;
    }
    case 'Duration': {
      const ms = parseDuration(value);
      if (ms !== null) return { option: `${k}.durationType().noDefaultValue()`, value: javaDuration(ms), imports: ['java.time.Duration'] };
      break;
    }
    case 'MemorySize':
      if (parseMemorySize(value) !== null)
        return {
          option: `${k}.memoryType().noDefaultValue()`,
          value: `MemorySize.parse(${javaString(value)})`,
          imports: ['org.apache.flink.configuration.MemorySize'],
        };
      break;
    case 'List':
      if (option.elementType === 'String' || option.elementType === 'Enum') {
        return {
          option: `${k}.stringType().asList().noDefaultValue()`,
          value: `List.of(${parseList(value).map(javaString).join(', ')})`,
          imports: ['java.util.List'],
        };
      }
      break;
    case 'Map': {
      const map = parseMap(value);
      if (map) {
        const entries = Object.entries(map).map(([mk, mv]) => `Map.entry(${javaString(mk)}, ${javaString(mv)})`);
        return { option: `${k}.mapType().noDefaultValue()`, value: `Map.ofEntries(${entries.join(', ')})`, imports: ['java.util.Map'] };
      }
      break;
    }
    default:
      break;
  }
  // Strings, enums (their class is not in the notes) and anything else: Flink converts the string when the option is read.
  return { option: `${k}.stringType().noDefaultValue()`, value: javaString(value), imports: [] };
}

const LEGACY_SETTER: Partial<Record<string, string>> = {
  Boolean: 'setBoolean',
  Integer: 'setInteger',
  Long: 'setLong',
  Float: 'setFloat',
  Double: 'setDouble',
};

function legacy({ key, value, option }: SnippetSetting): string {
  const setter = LEGACY_SETTER[option.baseType];
  const suffix = option.baseType === 'Long' ? 'L' : option.baseType === 'Float' ? 'f' : '';
  const literal =
    setter &&
    /^[+-]?\d+(\.\d+)?$|^(true|false)$/.test(value) &&
    !(option.baseType !== 'Float' && option.baseType !== 'Double' && value.includes('.'));
  return literal
    ? `config.${setter}(${javaString(key)}, ${value}${suffix});`
    : `config.setString(${javaString(key)}, ${javaString(value)});`;
}

export const java: SnippetFormat = {
  id: 'java',
  label: 'Java',
  lang: 'java',
  render(settings, { version }) {
    const old = versionBefore(version, 1, 19);
    const imports = new Set([
      'org.apache.flink.configuration.Configuration',
      'org.apache.flink.streaming.api.environment.StreamExecutionEnvironment',
    ]);
    const lines: string[] = [];
    for (const setting of settings) {
      const note = setting.example ? ` // ${EXAMPLE_NOTE}` : '';
      if (old) {
        lines.push(`${legacy(setting)}${note}`);
      } else {
        const t = typed(setting);
        imports.add('org.apache.flink.configuration.ConfigOptions');
        for (const name of t.imports) imports.add(name);
        lines.push(`config.set(${t.option}, ${t.value});${note}`);
      }
    }
    return `${[
      ...[...imports].sort().map((name) => `import ${name};`),
      '',
      'Configuration config = new Configuration();',
      ...lines,
      'StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);',
    ].join('\n')}\n`;
  },
};
