// Types of what TypeScript files (the browser tests' server, the benchmarks) import from lib.mjs.
export declare const root: string;
export declare const node: string;
export declare const serverEntry: string;
export declare const serverNodeOptions: readonly string[];
export declare function serverEnvironment(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function serverBuildIsStale(): boolean;
export declare function buildServer(): void;
