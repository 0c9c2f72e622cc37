// Named prepared statements for the hot queries (the session lookup of every request, a bid's read
// and write). Kysely sends each query to pg as an unnamed statement, which PostgreSQL parses and
// plans anew on every call; for these queries planning cost more than running them. A query whose
// text begins with PREPARE_MARK is sent by the pool's pg client as a named statement instead:
// parsed once per connection and, after a few runs, executed with a cached plan, and described
// once per connection too (its later runs go without Describe; see Described below). PostgreSQL
// re-plans it by itself when a migration changes the tables it reads; if its columns changed, the
// client prepares it again. On PGlite the mark is only a comment.
//
// The name comes from the text, so one name always stands for one text (pg refuses a second text
// under a name it has prepared) and every distinct text stays prepared on each pooled connection:
// mark only queries of a few fixed shapes (values always parameters).
import { hash } from 'node:crypto';
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type pg from 'pg';
import type { DB } from './types.ts';

export const PREPARE_MARK = '/* prepared */ ';

/** The query, compiled, with the mark: run it with `db.executeQuery(prepared(query))`. */
export function prepared<Row>(query: Compilable<Row>): CompiledQuery<Row> {
  const compiled = query.compile();
  return { ...compiled, sql: PREPARE_MARK + compiled.sql };
}

/** Stands for a value of a template (below) while its query is built; a parameter once compiled. */
class Slot {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/**
 * A prepared query of one fixed shape, built and compiled once, then run with new values: Kysely's
 * building and compiling cost more app CPU than sending the query. `build` gets the database and
 * stand-ins for the values: use them as values only (never in JavaScript conditions or
 * computations; a query whose shape depends on a value needs one template per shape). Returns
 * the compiled query, marked, with the values in their parameters' places.
 */
export function template<D, V extends object, Row>(
  build: (db: D, values: V) => Compilable<Row>,
): (db: D, values: V) => CompiledQuery<Row> {
  let compiled: CompiledQuery<Row> | undefined;
  let slots: (keyof V | undefined)[] = [];
  return (db, values) => {
    if (compiled === undefined) {
      const standIns = new Proxy({} as V, { get: (_, name) => new Slot(String(name)) });
      compiled = prepared(build(db, standIns));
      slots = compiled.parameters.map((p) => (p instanceof Slot ? (p.name as keyof V) : undefined));
    }
    const constants = compiled.parameters;
    return {
      ...compiled,
      parameters: slots.map((slot, i) => (slot === undefined ? constants[i] : values[slot])),
    };
  };
}

/** Names already taken: the marked texts are few, and hashing a long text on every run is not free. */
const names = new Map<string, string>();

/** One name per statement text, the same on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tildel_${hash('sha1', text, 'hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A transaction's BEGIN, held back and sent in one write with the transaction's first statement
 * (a named statement prepared once per connection, bound and executed just before the first
 * statement's own messages, under one Sync; that statement must have values or be marked, as the
 * bid's are). Kysely sends BEGIN alone and waits for it: a round
 * trip, and a system call on each side, that does nothing else. Held back it costs neither, and it
 * stays as safe: if BEGIN fails, PostgreSQL skips everything up to the Sync, so the first
 * statement never runs outside the transaction.
 */
const BEGIN = 'begin';
const BEGIN_STATEMENT = 'tildel_begin';

/** What pg answers for a statement that carries no rows, for a BEGIN (or its end) not sent. */
function noRows(command: string) {
  return { command, rowCount: null, oid: 0, rows: [], fields: [] };
}

/**
 * A transaction's last statement may take its COMMIT along (`thenCommit`): COMMIT is parsed, bound
 * and executed after the statement's messages, before their Sync, so the statement's answer comes
 * committed, and Kysely's COMMIT that follows is answered from it without a round trip. If the
 * statement fails, PostgreSQL skips the COMMIT (the transaction rolls back as before). The caller
 * must run nothing after it in that transaction: a later statement is refused, not run outside it.
 */
const COMMIT_MARK = '/* then commit */ ';

/** The prepared query, marked to commit its transaction with it: the transaction's last. */
export function thenCommit<Row>(query: CompiledQuery<Row>): CompiledQuery<Row> {
  return { ...query, sql: query.sql.replace(PREPARE_MARK, PREPARE_MARK + COMMIT_MARK) };
}

/**
 * Runs of one marked read, each with its own values, sent in one write on one connection (a
 * batch): Bind and Execute per run, one Sync for all. The session lookup of every request is one:
 * under load many requests wait for a connection at once, and each lookup took a round trip of its
 * own, a write and a wake-up on both sides. Each run still executes on its own when PostgreSQL
 * reaches it, with a snapshot of its own (READ COMMITTED takes one per statement), so it sees
 * every commit made before it. If a run fails, PostgreSQL skips the rest up to the Sync: the
 * failed run gets its error and the skipped ones run again alone. The read must not write (the
 * runs share one implicit transaction) and its values must be strings (sent as they are).
 */
const BATCH_MARK = '/* batch */ ';
const BATCH_MAX = 64;

/** What a batch answers per run: its rows, its error, or nothing when it was skipped. */
type Outcome = { rows: unknown[] } | { error: Error } | undefined;

interface Waiting<Row> {
  values: readonly (string | null)[];
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/** Databases whose pool's clients take batches (PostgreSQL servers; PGlite runs each read alone). */
const batching = new WeakSet<object>();

/** Lets batchedRead batch on this database (its pool's client is preparingClient's). */
export function allowBatches(db: Kysely<DB>) {
  batching.add(db);
}

/**
 * A marked read (see BATCH_MARK) run with `values`, in a batch with the other runs of it waiting
 * for a connection at the same time; alone where batches are not allowed (PGlite, a transaction).
 */
export function batchedRead<Row>(
  text: string,
): (db: Kysely<DB>, values: readonly (string | null)[]) => Promise<Row[]> {
  const marked = PREPARE_MARK + text;
  const queues = new WeakMap<object, { waiting: Waiting<Row>[]; acquiring: boolean }>();
  const alone = async (db: Kysely<DB>, values: readonly (string | null)[]) =>
    (await db.executeQuery<Row>(CompiledQuery.raw(marked, [...values]))).rows;

  function start(db: Kysely<DB>, queue: { waiting: Waiting<Row>[]; acquiring: boolean }) {
    queue.acquiring = true;
    let acquired = false;
    // Whatever waits once a connection is free goes in the batch (up to BATCH_MAX).
    db.connection()
      .execute(async (connection) => {
        acquired = true;
        queue.acquiring = false;
        const batch = queue.waiting.splice(0, BATCH_MAX);
        if (queue.waiting.length > 0) start(db, queue);
        let outcomes: Outcome[];
        try {
          const sent = CompiledQuery.raw(
            PREPARE_MARK + BATCH_MARK + text,
            batch.map((w) => w.values),
          );
          outcomes = (await connection.executeQuery<Outcome>(sent)).rows;
        } catch (error) {
          for (const w of batch) w.reject(error);
          return;
        }
        batch.forEach((w, i) => {
          const outcome = outcomes[i];
          if (outcome === undefined) alone(db, w.values).then(w.resolve, w.reject);
          else if ('error' in outcome) w.reject(outcome.error);
          else w.resolve(outcome.rows as Row[]);
        });
      })
      .catch((error: unknown) => {
        if (acquired) return; // the batch's own failures went to its runs
        // No connection: every run waiting for it fails, as it would have alone.
        queue.acquiring = false;
        for (const w of queue.waiting.splice(0)) w.reject(error);
      });
  }

  return (db, values) => {
    if (!batching.has(db)) return alone(db, values);
    let queue = queues.get(db);
    if (queue === undefined) {
      queue = { waiting: [], acquiring: false };
      queues.set(db, queue);
    }
    const q = queue;
    return new Promise<Row[]>((resolve, reject) => {
      q.waiting.push({ values, resolve, reject });
      if (!q.acquiring) start(db, q);
    });
  };
}

/** pg's record of the statements a connection has prepared; not in its type declarations. */
interface Parsed {
  parsedStatements: Record<string, string>;
}

// pg's Connection and Query internals, not in its type declarations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Internal = any;

/** The members of pg's Query used here (its type declarations have none of them). */
interface PgQuery extends pg.Submittable {
  name: string | undefined;
  text: string;
  values: unknown[];
  rows: number | undefined;
  portal: string;
  binary: boolean | undefined;
  queryMode: string | undefined;
  callback: unknown;
  _result: Internal;
  _accumulateRows: boolean;
  _checkForMultirow(): void;
  listeners(event: string): unknown[];
  hasBeenParsed(connection: Internal): boolean;
  handleError(error: Error, connection: Internal): void;
  _getRows(connection: Internal, rows: number | undefined): void;
}

/**
 * What a named statement's rows look like on one connection, as its first execution's
 * RowDescription said (no fields: it returns none), with pg's row parsers built for them. pg asks
 * for the description (Describe) on every execution and builds the parsers anew from it; a
 * prepared statement's columns cannot change while it exists (PostgreSQL refuses to run it with
 * "cached plan must not change result type" instead), so later executions go without Describe
 * and reuse what was kept.
 */
interface Described {
  fields: unknown[];
  parsers?: unknown[];
  empty?: object;
}

/** A client's named statements: their kept descriptions, and those to prepare again. */
interface Statements {
  described: Map<string, Described>;
  /** Statements whose columns changed (a migration): closed and parsed anew at their next use. */
  stale: Set<string>;
}

/** PostgreSQL's refusal to run a prepared statement whose columns changed since it was prepared. */
function resultTypeChanged(error: unknown): boolean {
  // By code and routine: the message is translated where lc_messages is not English.
  const { code, routine } = error as { code?: unknown; routine?: unknown };
  return code === '0A000' && routine === 'RevalidateCachedQuery';
}

/** A connection's stand-in for pg's prepare that sends no Describe (one per connection). */
const describeless = new WeakMap<object, Internal>();
function withoutDescribe(connection: Internal, statements: Statements): Internal {
  let view = describeless.get(connection);
  if (view === undefined) {
    view = Object.create(connection, {
      describe: { value: () => undefined },
      // pg closes the statement when binding its values throws: then it must be parsed again.
      close: {
        value: (message: { type: string; name: string }) => {
          delete (connection as Parsed).parsedStatements[message.name];
          statements.described.delete(message.name);
          connection.close(message);
        },
      },
    });
    describeless.set(connection, view);
  }
  return view;
}

/** The pg client class of the pool: sends marked queries as named prepared statements. */
export function preparingClient(Client: typeof pg.Client): typeof pg.Client {
  const Query = (Client as Internal).Query as new (
    text: string,
    values: unknown[],
    callback: (error: Error | undefined, result: Internal) => void,
  ) => PgQuery;
  const base = Query.prototype as Internal;

  /**
   * A named statement (without Describe once its rows are known), or a statement with BEGIN
   * before it or COMMIT after it, or both: one write, one Sync.
   */
  class Statement extends Query {
    begins = false;
    commits = false;
    /** The client's named statements; undefined for an unnamed statement. */
    statements: Statements | undefined;
    /** What the statement's rows look like when sent without Describe, else undefined. */
    #known: Described | undefined;
    #describing = false;
    #applied = false;
    /** CommandComplete messages so far: BEGIN's comes before the statement's own. */
    #completed = 0;

    prepare(connection: Internal) {
      if (this.begins) {
        connection.bind({ statement: BEGIN_STATEMENT, portal: '' });
        connection.execute({ portal: '' });
      }
      const { name, statements } = this;
      if (name === undefined || statements === undefined)
        return base.prepare.call(this, connection);
      if (statements.stale.delete(name) && this.hasBeenParsed(connection)) {
        // Its columns changed: close it, so it is parsed (and described) again under its name.
        connection.close({ type: 'S', name });
        delete (connection as Parsed).parsedStatements[name];
        statements.described.delete(name);
      }
      this.#known = this.hasBeenParsed(connection) ? statements.described.get(name) : undefined;
      if (this.#known === undefined) {
        this.#describing = true;
        return base.prepare.call(this, connection);
      }
      base.prepare.call(this, withoutDescribe(connection, statements));
    }

    /** The kept description takes the place of the RowDescription not asked for. */
    #applyKnown() {
      this.#applied = true;
      const known = this.#known as Described;
      if (known.fields.length === 0) return; // NoData: pg reads no description either
      this._checkForMultirow();
      const result = this._result;
      result.fields = known.fields;
      result._parsers = known.parsers;
      result._prebuiltEmptyResultObject = known.empty;
      this._accumulateRows = Boolean(this.callback) || this.listeners('row').length === 0;
    }

    handleRowDescription(message: Internal) {
      base.handleRowDescription.call(this, message);
      if (this.#describing) {
        this.#describing = false;
        const result = this._result;
        this.statements?.described.set(this.name as string, {
          fields: message.fields,
          parsers: result._parsers,
          empty: result._prebuiltEmptyResultObject,
        });
      }
    }

    handleDataRow(message: Internal) {
      if (this.#known !== undefined && !this.#applied) this.#applyKnown();
      base.handleDataRow.call(this, message);
    }

    handleCommandComplete(message: Internal, connection: Internal) {
      if (this.#known !== undefined && !this.#applied && this.#completed === (this.begins ? 1 : 0))
        this.#applyKnown();
      this.#completed++;
      base.handleCommandComplete.call(this, message, connection);
    }

    handleReadyForQuery(connection: Internal) {
      // Described, and no RowDescription came: the statement returns no rows (NoData).
      if (this.#describing) {
        this.#describing = false;
        this.statements?.described.set(this.name as string, { fields: [] });
      }
      base.handleReadyForQuery.call(this, connection);
    }

    // pg ends the statement's messages here (execute, then Sync): COMMIT goes in between.
    override _getRows(connection: Internal, rows: number | undefined) {
      if (!this.commits) return base._getRows.call(this, connection, rows);
      connection.execute({ portal: this.portal, rows });
      // Unnamed: its ParseComplete comes after the statement's own, so pg's record stays right.
      connection.parse({ text: 'commit' });
      connection.bind({ portal: '' });
      connection.execute({ portal: '' });
      connection.sync();
    }
  }

  const Result = new Query('', [], () => undefined)._result.constructor as new (
    rowMode: undefined,
    types: unknown,
  ) => Internal;

  /** A batch (see BATCH_MARK): pg's active query from its write to its Sync's answer. */
  class Batch implements pg.Submittable {
    readonly name: string;
    readonly text: string;
    readonly #runs: readonly (readonly (string | null)[])[];
    readonly #statements: Statements;
    readonly #done: (outcomes: Outcome[]) => void;
    /** Parses the rows with the statement's description (described once per connection). */
    readonly #result: Internal;
    #describing = false;
    #rows: unknown[] = [];
    #outcomes: Outcome[] = [];

    constructor(
      name: string,
      text: string,
      runs: readonly (readonly (string | null)[])[],
      statements: Statements,
      types: unknown,
      done: (outcomes: Outcome[]) => void,
    ) {
      this.name = name;
      this.text = text;
      this.#runs = runs;
      this.#statements = statements;
      this.#done = done;
      this.#result = new Result(undefined, types);
    }

    submit(connection: Internal): Error | null {
      // Checked before anything is written: a value pg could not send would leave half a batch.
      if (!this.#runs.every((values) => values.every((v) => v === null || typeof v === 'string')))
        return new Error('A batched read takes strings (or null) as its values');
      const { name, text } = this;
      connection.stream.cork();
      let known: Described | undefined;
      try {
        let parsed =
          name in connection.parsedStatements || name in connection.submittedNamedStatements;
        if (this.#statements.stale.delete(name) && parsed) {
          // Its columns changed: closed, then parsed and described again under its name.
          connection.close({ type: 'S', name });
          delete connection.parsedStatements[name];
          this.#statements.described.delete(name);
          parsed = false;
        }
        known = parsed ? this.#statements.described.get(name) : undefined;
        if (!parsed) {
          connection.parse({ text, name });
          connection.submittedNamedStatements[name] = text;
        }
        this.#runs.forEach((values, i) => {
          connection.bind({ statement: name, portal: '', values });
          if (i === 0 && known === undefined) connection.describe({ type: 'P', name: '' });
          connection.execute({ portal: '' });
        });
        connection.sync();
      } finally {
        connection.stream.uncork();
      }
      if (known === undefined) this.#describing = true;
      else if (known.fields.length > 0) {
        this.#result.fields = known.fields;
        this.#result._parsers = known.parsers;
        this.#result._prebuiltEmptyResultObject = known.empty;
      }
      return null;
    }

    handleRowDescription(message: Internal) {
      this.#result.addFields(message.fields);
      if (!this.#describing) return;
      this.#describing = false;
      this.#statements.described.set(this.name, {
        fields: message.fields,
        parsers: this.#result._parsers,
        empty: this.#result._prebuiltEmptyResultObject,
      });
    }

    handleDataRow(message: Internal) {
      this.#rows.push(this.#result.parseRow(message.fields));
    }

    handleCommandComplete() {
      this.#outcomes.push({ rows: this.#rows });
      this.#rows = [];
    }

    // pg drops the batch as its active query on an error: the runs after it were skipped. A run
    // refused because the statement's columns changed is skipped too: alone, it is prepared again.
    handleError(error: Error) {
      if (resultTypeChanged(error)) this.#statements.stale.add(this.name);
      else this.#outcomes.push({ error });
      this.#done(this.#outcomes);
    }

    handleReadyForQuery() {
      // Described, and no RowDescription came: the read returns no rows (NoData).
      if (this.#describing) this.#statements.described.set(this.name, { fields: [] });
      this.#done(this.#outcomes);
    }

    // Messages a read does not cause.
    handleEmptyQuery() {
      this.#outcomes.push({ rows: [] });
    }
    handlePortalSuspended() {}
    handleCopyInResponse(connection: Internal) {
      connection.sendCopyFail('A batched read copies nothing');
    }
    handleCopyData() {}
  }

  return class PreparingClient extends Client {
    #beginHeld = false;
    #statements: Statements = { described: new Map(), stale: new Set() };
    /** 'COMMIT' (or PostgreSQL's other answer) once a last statement committed the transaction. */
    #ended: string | undefined;

    // Kysely calls query(text, values) and query(cursor); only the first form can be marked.
    override query(config: Internal, values?: Internal, callback?: Internal): Internal {
      if (this.#ended !== undefined) {
        const ended = this.#ended;
        this.#ended = undefined;
        // Kysely's COMMIT after the committing statement: already done.
        if (config === 'commit' && Array.isArray(values)) return Promise.resolve(noRows(ended));
        return Promise.reject(
          new Error(
            `The transaction was committed with its last statement; "${String(config).slice(0, 40)}" cannot run in it`,
          ),
        );
      }
      if (typeof config !== 'string' || !Array.isArray(values) || callback !== undefined) {
        // Not a form Kysely uses in a transaction; BEGIN goes first, as Kysely would have sent it.
        if (this.#beginHeld) {
          this.#beginHeld = false;
          void super.query(BEGIN).catch(() => undefined);
        }
        return super.query(config, values, callback);
      }
      if (config.startsWith(PREPARE_MARK + BATCH_MARK)) {
        if (this.#beginHeld || this.getTransactionStatus() !== 'I')
          return Promise.reject(new Error('A batched read runs outside a transaction'));
        const text = PREPARE_MARK + config.slice(PREPARE_MARK.length + BATCH_MARK.length);
        return new Promise((resolve) => {
          const batch = new Batch(
            statementName(text),
            text,
            values as (string | null)[][],
            this.#statements,
            (this as Internal)._types,
            (outcomes) => resolve({ rows: outcomes }),
          );
          super.query(batch);
        });
      }
      const name = config.startsWith(PREPARE_MARK) ? statementName(config) : undefined;
      const begins = this.#beginHeld;
      // Only inside a transaction (a COMMIT outside one would only warn).
      const commits =
        name !== undefined &&
        config.startsWith(PREPARE_MARK + COMMIT_MARK) &&
        (begins || this.getTransactionStatus() === 'T');
      this.#beginHeld = false;
      if (begins) {
        // A transaction that ran nothing has nothing to end.
        if (config === 'commit' || config === 'rollback')
          return Promise.resolve(noRows(config.toUpperCase()));
        // Text without values may hold several statements, which only the simple protocol runs:
        // BEGIN goes alone first, as Kysely would have sent it.
        if (name === undefined && values.length === 0)
          return super.query(BEGIN).then(() => super.query(config, values));
      }
      if (begins || commits) return this.#send(config, values, name, begins, commits);
      if (config === BEGIN && values.length === 0) {
        // The first BEGIN on a connection prepares the statement (and begins, a round trip).
        if (!(BEGIN_STATEMENT in (this.connection as unknown as Parsed).parsedStatements))
          return super.query({ name: BEGIN_STATEMENT, text: BEGIN, values: [] });
        this.#beginHeld = true;
        return Promise.resolve(noRows('BEGIN'));
      }
      if (name !== undefined) return this.#send(config, values, name, false, false);
      return super.query(config, values, callback);
    }

    /**
     * Sends a named statement, or one with BEGIN before or COMMIT after it. A named statement whose
     * columns changed since this connection prepared it (a migration altered its table) is closed
     * and prepared again at its next use; outside a transaction that use is right away (the
     * refusal came before it ran anything), inside one the transaction has failed anyway.
     */
    #send(
      text: string,
      values: unknown[],
      name: string | undefined,
      begins: boolean,
      commits: boolean,
      retried = false,
    ): Promise<unknown> {
      const inTransaction = begins || this.getTransactionStatus() === 'T';
      return new Promise((resolve, reject) => {
        // Built from the text (pg copies a config object, property by property, on every query);
        // the name and the protocol set after.
        const query = new Statement(
          text,
          values,
          // The answer holds BEGIN's result first and COMMIT's last, around the statement's.
          (error: Error | undefined, result: Internal) => {
            if (error) {
              if (name === undefined || !resultTypeChanged(error)) return reject(error);
              this.#statements.stale.add(name);
              if (inTransaction || retried) return reject(error);
              return resolve(this.#send(text, values, name, begins, commits, true));
            }
            const results = Array.isArray(result) ? result : [result];
            if (commits) this.#ended = results.pop().command;
            resolve(results.at(-1));
          },
        );
        query.name = name;
        query.queryMode = 'extended';
        query.begins = begins;
        query.commits = commits;
        if (name !== undefined) query.statements = this.#statements;
        super.query(query);
      });
    }
  };
}
