import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import * as YAML from 'yaml';
import { ruleDoc } from '../catalogue';

/** The repository's linter configuration, found upward from the audited path. */
export const CONFIG_FILE_NAME = '.cdk8s-tls.yaml';

export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

/** `.cdk8s-tls.yaml`, read and checked. */
export interface LinterConfig {
  /** The file it was read from; undefined for the empty configuration. */
  readonly file?: string;
  /** Per-rule severity, or `off`. Keys are upper-case rule ids. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Globs of files not to audit, relative to the config file's directory (`**`, `*`, `?`). */
  readonly excludePaths: readonly string[];
  /** Namespaces whose objects are not reported. */
  readonly excludeNamespaces: readonly string[];
}

export const EMPTY_CONFIG: LinterConfig = { rules: {}, excludePaths: [], excludeNamespaces: [] };

/** Bad configuration: names the file, the key and what is wrong. */
export class ConfigError extends Error {}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      additionalProperties: { type: 'string', enum: ['error', 'warning', 'info', 'off'] },
    },
    exclude: {
      type: 'object',
      additionalProperties: false,
      properties: {
        paths: { type: 'array', items: { type: 'string', minLength: 1 } },
        namespaces: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true }).compile(SCHEMA);

/** Parses and checks a configuration text; `file` is for messages and relative paths. */
export function parseConfig(text: string, file: string): LinterConfig {
  let value: unknown;
  try {
    value = YAML.parse(text) ?? {};
  } catch (e) {
    throw new ConfigError(`${file}: cannot parse YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((err) => {
      const at = err.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
      if (err.keyword === 'additionalProperties') {
        const key = (err.params as { additionalProperty: string }).additionalProperty;
        return `unknown key "${at === '(top level)' ? key : `${at}.${key}`}" (known: ${knownKeys(at)})`;
      }
      if (err.keyword === 'enum') return `${at}: must be one of error, warning, info, off`;
      return `${at}: ${err.message}`;
    });
    throw new ConfigError(`${file}: ${problems.join('; ')}`);
  }
  const raw = value as { rules?: Record<string, RuleSetting>; exclude?: { paths?: string[]; namespaces?: string[] } };
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    if (!ruleDoc(id)) throw new ConfigError(`${file}: rules.${id}: no such rule; 'cdk8s-tls rules' lists them`);
    rules[id.toUpperCase()] = setting;
  }
  return { file, rules, excludePaths: raw.exclude?.paths ?? [], excludeNamespaces: raw.exclude?.namespaces ?? [] };
}

function knownKeys(at: string): string {
  return at === 'exclude' ? 'paths, namespaces' : 'rules, exclude';
}

export function readConfig(file: string): LinterConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfig(text, file);
}

/** The nearest `.cdk8s-tls.yaml` in `start` or a directory above it. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Whether `file` matches one of the config's path excludes (globs relative to the config's directory). */
export function isExcludedPath(config: LinterConfig, file: string): boolean {
  if (!config.file || config.excludePaths.length === 0) return false;
  const relative = path.relative(path.dirname(config.file), path.resolve(file)).split(path.sep).join('/');
  return config.excludePaths.some((glob) => globToRegExp(glob).test(relative));
}

/** `**` any directories, `*` any characters but `/`, `?` one; a glob ending in `/` matches everything below. */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/^\.\//, '').replace(/\/$/, '/**');
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}
