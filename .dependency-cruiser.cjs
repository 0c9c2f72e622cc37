// The borders between Tildel's parts (docs/architecture.md), checked by `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain holds pure rules: it imports no server, web or database code.',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: {
        path: [
          '^packages/(server|web)/',
          '^node_modules/(kysely|pg|@electric-sql|fastify|@fastify|react|react-dom|@mantine)/',
        ],
      },
    },
    {
      name: 'platform-knows-no-area',
      comment:
        'The platform imports no area: areas register their routes, texts and jobs at start.',
      severity: 'error',
      from: { path: '^packages/server/src/(platform|db)/' },
      to: { path: '^packages/server/src/(modules/|areas\\.ts|seed/|app\\.ts|jobs\\.ts)' },
    },
    {
      name: 'no-other-areas-repo',
      comment:
        "An area reads another area's data through that area's service, never its repository.",
      severity: 'error',
      from: { path: '^packages/server/src/modules/([^/]+)/' },
      to: {
        path: '^packages/server/src/modules/[^/]+/[^/]+/repo\\.ts$',
        pathNot: '^packages/server/src/modules/$1/',
      },
    },
    {
      name: 'web-areas-apart',
      comment:
        'A web area imports no other area; what two areas share lives in components/ or lib/, and app/ composes areas.',
      severity: 'error',
      from: { path: '^packages/web/src/features/([^/]+)/' },
      to: {
        path: '^packages/web/src/(features/|app/)',
        pathNot: '^packages/web/src/features/$1/',
      },
    },
    {
      name: 'web-shared-one-way',
      comment:
        'Shared web code (components/, lib/, i18n/) knows no area and no app: shared → features → app.',
      severity: 'error',
      from: { path: '^packages/web/src/(components|lib|i18n)/' },
      to: { path: '^packages/web/src/(features|app)/' },
    },
    {
      name: 'web-no-holiday-calendar',
      comment:
        'The browser gets no holiday calendar (date-holidays pulls in moment and astronomia): web code imports holiday-free domain modules; working days come from the API.',
      severity: 'error',
      from: { path: '^packages/web/src/' },
      to: {
        path: ['^packages/domain/src/calendar\\.ts$', '(^|/)node_modules/date-holidays/'],
        reachable: true,
      },
    },
    {
      name: 'no-circular-areas',
      comment: 'No import cycle inside the server (a cycle hides which part depends on which).',
      severity: 'error',
      from: { path: '^packages/server/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|data|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      // Resolves @tildel/domain/* through its package.json exports, so the borders see across packages.
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
    },
  },
};
