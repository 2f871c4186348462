import express from 'express';
import Router from 'express-promise-router';
import { ReuseEventStore } from '../database/ReuseEventStore';
import { reuseRoutes } from '../reuse/reuseRoutes';
import { RouteContext } from './routeContext';

export type RouterOptions = Omit<RouteContext, 'now'> & {
  reuseEvents: ReuseEventStore;
  /** The clock; tests pin it. */
  now?: () => Date;
};

/**
 * The plugin's HTTP API: each domain (reuse, experiments, evaluations,
 * incidents, curation, KPIs, duplicates) brings its own routes.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const ctx: RouteContext = {
    httpAuth: options.httpAuth,
    permissions: options.permissions,
    auditor: options.auditor,
    catalog: options.catalog,
    now: options.now ?? (() => new Date()),
  };
  const router = Router();
  router.use(express.json({ limit: '2mb' }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.use(reuseRoutes(ctx, options.reuseEvents));

  return router;
}
