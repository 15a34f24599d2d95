/**
 * A schema built the first time it is used rather than when its module loads.
 * zod builds a schema as a tree of objects with a method set each, and the
 * content script loads the glossary, local-term and settings schemas on every
 * page (they cost it about 25 ms of start-up in Chromium); a page that only
 * reads the settings now builds only their schema. The stand-in forwards
 * every operation to the real schema, so callers, `z.infer` and schemas that
 * contain it see no difference.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = (): T => {
    real ??= build();
    return real;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(get(), key),
    set: (_, key, value) => Reflect.set(get(), key, value),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
      // A proxy may not report a property of its (empty) target as fixed.
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(get(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  });
}
