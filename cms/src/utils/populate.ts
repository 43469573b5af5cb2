/**
 * Public reads accept only the `populate` a type allows: a tree of relation,
 * media and component names. `*`, unknown names and options other than
 * `fields`/`populate` are refused, so nobody can pull a field through a path
 * the type never meant to open.
 */
export type PopulateTree = { [name: string]: PopulateTree | true };

export interface PopulateEntry {
  populate?: NormalizedPopulate;
  fields?: unknown;
  sort?: unknown;
}
export type NormalizedPopulate = { [name: string]: true | PopulateEntry };

export class PopulateNotAllowedError extends Error {
  readonly code = 'POPULATE_NOT_ALLOWED';
  constructor(readonly path: string, readonly allowed: string[]) {
    super(
      allowed.length > 0
        ? `populate "${path}" is not allowed here; allowed: ${allowed.join(', ')}`
        : `populate "${path}" is not allowed here; nothing can be populated at this level`,
    );
  }
}

const childOf = (tree: PopulateTree, name: string, path: string): PopulateTree | true => {
  if (name === '*' || !Object.prototype.hasOwnProperty.call(tree, name)) {
    throw new PopulateNotAllowedError(path, Object.keys(tree));
  }
  return tree[name];
};

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** `a.b.c` (Strapi's dotted shorthand) → nested entries. */
function fromPath(path: string, tree: PopulateTree, prefix: string, into: NormalizedPopulate): void {
  const [name, ...rest] = path.split('.');
  const here = join(prefix, name);
  const child = childOf(tree, name, here);
  if (rest.length === 0) {
    if (!into[name]) into[name] = true;
    return;
  }
  if (child === true) throw new PopulateNotAllowedError(join(here, rest[0]), []);
  const existing = into[name];
  const entry: PopulateEntry = existing && existing !== true ? existing : {};
  entry.populate = entry.populate ?? {};
  fromPath(rest.join('.'), child, here, entry.populate);
  into[name] = entry;
}

function fromValue(value: unknown, tree: PopulateTree | true, path: string): true | PopulateEntry {
  if (value === true || value === 'true') return true;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entry: PopulateEntry = {};
    for (const [option, inner] of Object.entries(value as Record<string, unknown>)) {
      if (option === 'fields' || option === 'sort') entry[option] = inner;
      else if (option === 'populate') {
        if (tree === true) throw new PopulateNotAllowedError(join(path, String(inner)), []);
        entry.populate = whitelistPopulate(inner, tree, path);
      } else throw new PopulateNotAllowedError(`${path}[${option}]`, tree === true ? [] : Object.keys(tree));
    }
    return entry;
  }
  throw new PopulateNotAllowedError(`${path}=${String(value)}`, tree === true ? [] : Object.keys(tree));
}

/**
 * The client's `populate` (string, comma list, array or object, as Strapi
 * accepts them) checked against `tree` and returned in object form; undefined
 * when nothing was asked for. Throws PopulateNotAllowedError.
 */
export function whitelistPopulate(requested: unknown, tree: PopulateTree, prefix = ''): NormalizedPopulate | undefined {
  if (requested === undefined || requested === null || requested === '') return undefined;
  const result: NormalizedPopulate = {};
  if (typeof requested === 'string' || Array.isArray(requested)) {
    const names = (Array.isArray(requested) ? requested : [requested]).flatMap((item) => {
      if (typeof item !== 'string') throw new PopulateNotAllowedError(join(prefix, JSON.stringify(item)), Object.keys(tree));
      return item.split(',').map((name) => name.trim()).filter(Boolean);
    });
    for (const name of names) fromPath(name, tree, prefix, result);
    return result;
  }
  if (typeof requested === 'object') {
    for (const [name, value] of Object.entries(requested as Record<string, unknown>)) {
      const here = join(prefix, name);
      result[name] = fromValue(value, childOf(tree, name, here), here);
    }
    return result;
  }
  throw new PopulateNotAllowedError(join(prefix, String(requested)), Object.keys(tree));
}
