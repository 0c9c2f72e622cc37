// Each route's validators and serialisers compiled on their first use instead of at start.
// Compiling every route's schemas at start (ajv and fast-json-stringify generate and load code for
// each) held about 100 MB of the idle server and most of its start-up time, for routes a process
// may never answer. `compileAll` compiles what is still pending, so a test can prove that every
// route's schemas compile.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Compiles every route schema not compiled yet (lazyCompilers().compileAll). */
    compileAllSchemas: () => number;
  }
}

type RouteValidatorCompiler = FastifySchemaCompiler<unknown>;
type RouteSerializerCompiler = FastifySerializerCompiler<unknown>;
type Validate = ReturnType<RouteValidatorCompiler>;
type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

export function lazyCompilers() {
  const pending = new Set<() => void>();

  /** A function compiled by `compile` on its first call; until then it waits in `pending`. */
  function onFirstUse<F>(compile: () => F): () => F {
    let compiled: F | undefined;
    const load = () => {
      pending.delete(load);
      return (compiled ??= compile());
    };
    pending.add(load);
    return load;
  }

  const lazyValidator =
    (compile: RouteValidatorCompiler): RouteValidatorCompiler =>
    (route) => {
      const load = onFirstUse(() => compile(route));
      // Ajv's second argument (the parent) lets it replace a coerced root value; Fastify passes
      // it only to functions carrying `schemaEnv`, as ajv's own do.
      const validate = Object.assign(
        (data: unknown, parent?: unknown) => {
          const compiled = load();
          const result = (compiled as (data: unknown, parent?: unknown) => ReturnType<Validate>)(
            data,
            parent,
          );
          validate.errors = compiled.errors ?? null;
          return result;
        },
        { errors: null as Validate['errors'], schemaEnv: true },
      );
      return validate;
    };

  const lazySerializer =
    (compile: RouteSerializerCompiler): RouteSerializerCompiler =>
    (route) => {
      const load = onFirstUse(() => compile(route));
      return (data: unknown) => load()(data);
    };

  // The packages' types describe ajv's own compile function, not the route compiler their
  // factories return at run time (what Fastify calls with a route's schema definition).
  const buildValidator = AjvCompiler() as unknown as (
    externalSchemas: unknown,
    options: unknown,
  ) => RouteValidatorCompiler;
  const buildSerializer = SerializerSelector() as unknown as (
    externalSchemas: unknown,
    options: unknown,
  ) => RouteSerializerCompiler;
  return {
    compilersFactory: {
      buildValidator: ((externalSchemas: unknown, options: unknown) =>
        lazyValidator(buildValidator(externalSchemas, options))) as unknown as ValidatorFactory,
      buildSerializer: ((externalSchemas: unknown, options: unknown) =>
        lazySerializer(buildSerializer(externalSchemas, options))) as unknown as SerializerFactory,
    },
    /** Compiles every validator and serialiser not yet used; answers how many it compiled. */
    compileAll(): number {
      const all = [...pending];
      for (const load of all) load();
      return all.length;
    },
  };
}
