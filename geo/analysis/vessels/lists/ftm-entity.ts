/** Reading FollowTheMoney entity JSON defensively: only own properties of known names, strings or nested entities. */

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property `key` of `o` (never one inherited, so a `__proto__` key is just data). */
export function own(o: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function ownString(o: JsonObject, key: string): string | undefined {
  const v = own(o, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The string values of a FtM property (FtM properties are arrays; a lone string is accepted). */
export function propStrings(props: JsonObject, key: string): string[] {
  const v = own(props, key);
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string' && x !== '');
}

/** Values of an entity-reference property: ids, or nested entities (OpenSanctions' nested export) with theirs. */
export function propRefs(props: JsonObject, key: string): { id: string; nested?: JsonObject }[] {
  const v = own(props, key);
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const refs: { id: string; nested?: JsonObject }[] = [];
  for (const x of list) {
    if (typeof x === 'string' && x !== '') refs.push({ id: x });
    else if (isObject(x)) {
      const id = ownString(x, 'id');
      if (id !== undefined) refs.push({ id, nested: x });
    }
  }
  return refs;
}

/** An entity's id, schema and properties, or null when the value is not a FtM entity. */
export function asEntity(v: unknown): { id: string; schema: string; props: JsonObject; raw: JsonObject } | null {
  if (!isObject(v)) return null;
  const id = ownString(v, 'id');
  const schema = ownString(v, 'schema');
  const props = own(v, 'properties');
  if (id === undefined || schema === undefined || !isObject(props)) return null;
  return { id, schema, props, raw: v };
}
