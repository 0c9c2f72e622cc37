// Each route's validators and serialisers compiled on their first use instead of at start.
// Compiling every route's schemas at start (ajv and fast-json-stringify generate and load code for
// each) held about 100 MB of the idle server and most of its start-up time, for routes a process
// may never answer. `compileAll` compiles what is still pending, so a test can prove that every
// route's schemas compile.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type {
  FastifyRouteSchemaDef,
  FastifySchemaCompiler,
  FastifySerializerCompiler,
  FastifyValidationResult,
} from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Compiles every route schema not compiled yet (lazyCompilers().compileAll). */
    compileAllSchemas: () => number;
  }
}

type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

export function lazyCompilers() {
  const pending = new Set<() => void>();

  function lazyValidator(compile: FastifySchemaCompiler<unknown>): FastifySchemaCompiler<unknown> {
    return (route: FastifyRouteSchemaDef<unknown>) => {
      let compiled: FastifyValidationResult | undefined;
      const load = () => {
        pending.delete(load);
        return (compiled ??= compile(route));
      };
      pending.add(load);
      // Ajv's second argument (the parent) lets it replace a coerced root value; Fastify passes
      // it only to functions carrying `schemaEnv`, as ajv's own do.
      const validate = Object.assign(
        (data: unknown, parent?: unknown) => {
          const fn = load() as (
            data: unknown,
            parent?: unknown,
          ) => ReturnType<FastifyValidationResult>;
          const result = fn(data, parent);
          validate.errors = compiled!.errors ?? null;
          return result;
        },
        { errors: null as FastifyValidationResult['errors'], schemaEnv: true },
      );
      return validate;
    };
  }

  function lazySerializer(
    compile: FastifySerializerCompiler<unknown>,
  ): FastifySerializerCompiler<unknown> {
    return (route: FastifyRouteSchemaDef<unknown>) => {
      let compiled: ((data: unknown) => string) | undefined;
      const load = () => {
        pending.delete(load);
        return (compiled ??= compile(route));
      };
      pending.add(load);
      return (data: unknown) => load()(data);
    };
  }

  const buildValidator = AjvCompiler();
  const buildSerializer = SerializerSelector();
  return {
    compilersFactory: {
      buildValidator: ((externalSchemas, options) =>
        lazyValidator(buildValidator(externalSchemas, options))) as ValidatorFactory,
      buildSerializer: ((externalSchemas, options) =>
        lazySerializer(buildSerializer(externalSchemas, options))) as SerializerFactory,
    },
    /** Compiles every validator and serialiser not yet used; answers how many it compiled. */
    compileAll(): number {
      const all = [...pending];
      for (const load of all) load();
      return all.length;
    },
  };
}
