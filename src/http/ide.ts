import { dirname, join } from 'node:path';
import express, { Router } from 'express';

const DEFAULT_QUERY = `# govgraph: the county's shared graph of people, houses, organisations, grids and events.
# Try: the towns of the county, then a page of people with where they live.
{
  region(code: "371326000000") { name children { code name } }
  people(first: 5) {
    totalCount
    nodes { id name gender residences { kind house { address grid { name } } } }
  }
}
`;

function page(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>govgraph · GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/ide/react.production.min.js"></script>
  <script src="/ide/react-dom.production.min.js"></script>
  <script src="/ide/graphiql.min.js"></script>
  <script src="/ide/start.js"></script>
</body>
</html>`;
}

function startScript(): string {
  return `const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: JSON.parse(localStorage.getItem('govgraph:headers') || '{}') });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, shouldPersistHeaders: true }),
);`;
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * The browsable GraphQL IDE (GraphiQL), served from the hub's own node_modules: a county data
 * center has no internet, so nothing loads from a CDN.
 */
export function createIdeRouter(): Router {
  const router = Router();
  const assets: Record<string, string> = {
    'react.production.min.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
    'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
  };
  router.get('/ide/start.js', (_req, res) => {
    res.type('application/javascript').send(startScript());
  });
  router.get('/ide/:asset', (req, res) => {
    const file = assets[req.params.asset];
    if (!file) {
      res.status(404).json({ error: 'NOT_FOUND' });
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
  const serveIde: express.RequestHandler = (req, res, next) => {
    if (req.method === 'GET' && req.accepts(['text/html', 'application/json']) === 'text/html') {
      res.type('html').send(page());
      return;
    }
    next();
  };
  router.get('/', serveIde);
  router.get('/graphiql', serveIde);
  router.get('/graphql', serveIde);
  return router;
}
