/**
 * Emits ajv's compiled validators as one ES module per schema document, the way ajv standalone would emit one big
 * file, but split: each compiled function lives in the module of the document its schema belongs to, a `$ref` into
 * another document is an `import`, and only the scope values a function uses are declared. Modules are pure (no
 * top-level statement but declarations), so a bundler keeps only what an import reaches.
 *
 * It reads what ajv keeps for standalone code (`validate.source`: the function's code and its scope values, and
 * `validate.schemaEnv`: where its schema lives); the post-processing steps of generate.ts then make the code linear.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';

/** A name in ajv's code generation scope (`validate12`, `pattern3`, `formats0`…) with the value it stands for. */
interface ScopeName {
  readonly prefix: string;
  readonly str: string;
  readonly value?: { readonly ref?: unknown; readonly code?: unknown; readonly key?: unknown };
}
interface CompiledSource {
  readonly validateName: ScopeName;
  readonly validateCode: string;
  readonly scopeValues: Readonly<Record<string, Iterable<ScopeName>>>;
}
interface Compiled {
  readonly source?: CompiledSource;
  readonly schemaEnv: { readonly root: { readonly schema: { readonly $id?: string } } };
}

/** How a run-time value of the generated code is imported instead of ajv's `require(…)`. */
export interface RuntimeImport {
  /** Module specifier, relative to the emitted module. */
  readonly from: string;
  readonly name: string;
}

/** What the caller decides: module names, and how ajv's `require` expressions and format definitions are imported. */
export interface EmitOptions {
  /** The module name (file name without `.js`) of the schema document with this `$id`. */
  readonly moduleOf: (id: string) => string;
  /** The import for an ajv `require("…").x` expression (helpers, formats); throw for anything unexpected. */
  readonly runtime: (requireExpression: string) => RuntimeImport;
  /** Rewrites of each function's code (linear error merging, linear uniqueItems, dead evaluated tracking). */
  readonly transform: (code: string) => string;
  /** Helpers the transforms call by name (e.g. `duplicateItems`): imported where a function's code uses them. */
  readonly helpers: readonly RuntimeImport[];
  /** The first lines of every module. */
  readonly banner: string;
}

/** One emitted module: its JavaScript and the names other modules import from it (its root validator is `validate`). */
export interface EmittedModule {
  readonly code: string;
  readonly declaration: string;
}

interface ModuleParts {
  readonly declarations: string[];
  readonly declared: Set<string>;
  /** module → names imported from it */
  readonly imports: Map<string, Set<string>>;
  /** runtime specifier → (exported name → local name) */
  readonly runtime: Map<string, Map<string, string>>;
  readonly exports: Set<string>;
  /** `schemaN.path` → the constant that holds that value in this module */
  readonly hoisted: Map<string, string>;
  root?: string;
}

/**
 * Replaces `schemaN.properties.x.enum`-style reads of a schema object kept in scope (ajv reads enum values and
 * property tables from it) with constants holding just those values, so a module does not embed whole schemas.
 * Returns the new code and the constants to declare; a bare `schemaN` stays as it is.
 */
function hoistSchemaReads(
  code: string,
  name: string,
  schema: unknown,
  constants: Map<string, string>,
): { code: string; constants: [string, string][] } {
  const fresh = new Set<string>();
  const tokenRe = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  const out = code.replace(
    new RegExp(`(?<![\\w$])${name}(?![\\w$])((?:\\.[A-Za-z_$][\\w$]*|\\[[^\\]]*\\])*)`, 'g'),
    (whole, path: string) => {
      let value: unknown = schema;
      let consumed = '';
      let rest = path;
      for (;;) {
        const m = tokenRe.exec(rest);
        if (!m) break;
        const key = m[1] ?? m[2] ?? (JSON.parse(m[3]!) as string);
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) break;
        value = (value as Record<string, unknown>)[key];
        consumed += m[0];
        rest = rest.slice(m[0].length);
      }
      if (consumed === '') return whole;
      let constant = constants.get(`${name}${consumed}`);
      if (!constant) {
        constant = `${name}_${constants.size}`;
        constants.set(`${name}${consumed}`, constant);
        fresh.add(consumed);
      }
      return `${constant}${rest}`;
    },
  );
  return {
    code: out,
    constants: [...fresh].map((path) => {
      const constant = constants.get(`${name}${path}`)!;
      let value: unknown = schema;
      for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g))
        value = (value as Record<string, unknown>)[m[1] ?? m[2] ?? (JSON.parse(m[3]!) as string)];
      return [constant, JSON.stringify(value)];
    }),
  };
}

const identifier = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);

/**
 * Emits every schema's validator (`ajv.getSchema(id)` for each id) and everything it calls, one module per schema
 * document, keyed by module name.
 */
export function emitValidatorModules(
  ajv: Ajv2020,
  ids: readonly string[],
  options: EmitOptions,
): Map<string, EmittedModule> {
  const modules = new Map<string, ModuleParts>();
  const part = (name: string): ModuleParts => {
    let m = modules.get(name);
    if (!m) {
      m = {
        declarations: [],
        declared: new Set(),
        imports: new Map(),
        runtime: new Map(),
        exports: new Set(),
        hoisted: new Map(),
      };
      modules.set(name, m);
    }
    return m;
  };
  const homeOf = (fn: Compiled): string => {
    const id = fn.schemaEnv.root.schema.$id;
    if (typeof id !== 'string') throw new Error('a compiled validator without a document $id');
    return options.moduleOf(id);
  };
  const emitted = new Set<string>();

  /** Makes `fn` available in `into` under its own name: declared there, or imported from its home module. */
  const link = (fn: Compiled, into: string): string => {
    const name = emit(fn);
    const home = homeOf(fn);
    if (home !== into) {
      const m = part(into);
      if (!m.imports.has(home)) m.imports.set(home, new Set());
      m.imports.get(home)!.add(name);
      part(home).exports.add(name);
    }
    return name;
  };

  const valueDeclaration = (m: ModuleParts, home: string, v: ScopeName): void => {
    if (m.declared.has(v.str)) return;
    m.declared.add(v.str);
    const ref = v.value?.ref;
    if (v.prefix === 'wrapper' || v.prefix === 'root') {
      // A recursive reference: `{validate: validateN}`.
      const target = (ref as { validate?: Compiled } | undefined)?.validate;
      if (!target) throw new Error(`ajv scope value ${v.str} has no validator`);
      m.declarations.push(`const ${v.str} = {validate: ${link(target, home)}};`);
      return;
    }
    const code = v.value?.code === undefined ? undefined : String(v.value.code);
    if (code === undefined) throw new Error(`ajv scope value ${v.str} (${v.prefix}) has no code`);
    const required = /^require\("([^"]+)"\)((?:\.[A-Za-z_$][\w$]*|\["[^"]+"\])+)$/.exec(code);
    if (required || code.includes('require(')) {
      if (!required) throw new Error(`unexpected require in ajv scope value ${v.str}: ${code}`);
      const { from, name } = options.runtime(code);
      if (!m.runtime.has(from)) m.runtime.set(from, new Map());
      m.runtime.get(from)!.set(v.str, name);
      return;
    }
    m.declarations.push(`const ${v.str} = ${code};`);
  };

  function emit(fn: Compiled): string {
    const source = fn.source;
    if (!source) throw new Error('ajv compiled a validator without its source (code.source must be true)');
    const name = source.validateName.str;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const home = homeOf(fn);
    const m = part(home);
    let code = options.transform(source.validateCode);
    for (const v of source.scopeValues['schema'] ?? []) {
      if (v.str === name || !identifier(v.str).test(code)) continue;
      const hoisted = hoistSchemaReads(code, v.str, v.value?.ref, m.hoisted);
      code = hoisted.code;
      for (const [constant, json] of hoisted.constants)
        if (!m.declared.has(constant)) {
          m.declared.add(constant);
          m.declarations.push(`const ${constant} = ${json};`);
        }
    }
    for (const helper of options.helpers) {
      if (!identifier(helper.name).test(code)) continue;
      if (!m.runtime.has(helper.from)) m.runtime.set(helper.from, new Map());
      m.runtime.get(helper.from)!.set(helper.name, helper.name);
    }
    for (const [prefix, names] of Object.entries(source.scopeValues)) {
      for (const v of names) {
        if (v.str === name || !identifier(v.str).test(code)) continue; // e.g. the schema object ajv keeps in scope
        if (prefix === 'validate') {
          const target = v.value?.ref as Compiled | undefined;
          if (typeof target !== 'function') throw new Error(`ajv scope value ${v.str} is not a validator`);
          link(target, home);
        } else valueDeclaration(m, home, v);
      }
    }
    m.declared.add(name);
    m.declarations.push(code);
    return name;
  }

  for (const id of ids) {
    const fn = ajv.getSchema(id) as unknown as Compiled | undefined;
    if (!fn) throw new Error(`no compiled schema ${id}`);
    const name = emit(fn);
    const m = part(homeOf(fn));
    m.root = name;
  }

  const out = new Map<string, EmittedModule>();
  for (const [moduleName, m] of [...modules].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = [options.banner.trimEnd()];
    for (const [from, names] of [...m.imports].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`import { ${[...names].sort().join(', ')} } from './${from}.js';`);
    for (const [from, names] of [...m.runtime].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(
        `import { ${[...names]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`))
          .join(', ')} } from ${JSON.stringify(from)};`,
      );
    lines.push(...m.declarations);
    const exported = [...m.exports].sort();
    if (m.root) exported.push(`${m.root} as validate`);
    if (exported.length) lines.push(`export { ${exported.join(', ')} };`);
    const declaration = [
      options.banner.trimEnd(),
      "import type { CompiledValidator } from '../../../compiledValidator';",
      ...(m.root
        ? [`/** The precompiled validator of ${moduleName}. */`, 'export declare const validate: CompiledValidator;']
        : []),
      '',
    ].join('\n');
    out.set(moduleName, { code: `${lines.join('\n')}\n`, declaration });
  }
  return out;
}
