/**
 * Plain YAML scalars typed exactly as the `yaml` package's Composer types them (core schema: `1`
 * an int, `true` a bool, `~` a null, `yes` a string): the block scanner reads every scalar as
 * text and must give the full Document path's types. Throws when the package would report
 * an error for the scalar, so the caller declines the file.
 */
import { Document, isScalar } from 'yaml';

/** First characters of every plain scalar the core schema does not read as a string. */
export const MAY_NOT_BE_A_STRING: ReadonlySet<string> = new Set([...'~nNtTfF0123456789+-.']);

function refuse(message: string): never {
  throw new Error(message);
}

interface ScalarTagLike {
  default?: unknown;
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}

function isScalarTag(tag: unknown): tag is ScalarTagLike {
  return (
    typeof tag === 'object' &&
    tag !== null &&
    'resolve' in tag &&
    typeof tag.resolve === 'function' &&
    !('collection' in tag && tag.collection !== undefined)
  );
}

/**
 * The package's core-schema tags a plain scalar is tested against, in order, and its options,
 * as the Composer sets them up for the options parse-yaml.ts gives parseAllDocuments (merge off:
 * `<<` is ours to handle).
 */
let schemaCache: { tags: readonly ScalarTagLike[]; options: unknown } | undefined;
function schema(): { tags: readonly ScalarTagLike[]; options: unknown } {
  schemaCache ??= (() => {
    const document = new Document(null, { uniqueKeys: false, merge: false });
    const tags = document.schema.tags.filter(
      (tag): tag is ScalarTagLike & typeof tag =>
        isScalarTag(tag) && tag.default === true && tag.test !== undefined,
    );
    return { tags, options: document.options };
  })();
  return schemaCache;
}

/**
 * The value of a plain scalar as the Composer resolves it (compose-scalar's
 * findScalarTagByTest): the first default tag of the core schema whose test matches, else the
 * string itself. block-yaml-tree.ts types the plain scalars it reads with this, as the full
 * Document path does.
 */
export function resolvePlain(text: string): unknown {
  // Every core-schema value other than a string (null, bool, int, float, .inf, .nan) starts with
  // one of these characters or is empty; most keys and values of a rule file start otherwise and
  // skip the dozen regex tests. yaml-fast-path.test.ts checks the set against the package.
  if (text !== '' && !MAY_NOT_BE_A_STRING.has(text.charAt(0))) return text;
  const { tags, options } = schema();
  for (const tag of tags) {
    if (tag.test?.test(text) === true) {
      let resolved: unknown;
      try {
        resolved = tag.resolve(text, refuse, options);
      } catch {
        throw new Error(`plain scalar ${JSON.stringify(text)} does not resolve`); // the Composer reports it as an error
      }
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return text;
}
