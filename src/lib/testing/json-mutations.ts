/** Helpers for the specs that mutate JSON documents to attack the loader. */

/** Sets an own property even for `__proto__`, as JSON.parse would make it (plain assignment would not). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** `leaf` wrapped `depth` times, alternately in an array and in an object. */
export function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { deeper: value } : [value];
  return value;
}
