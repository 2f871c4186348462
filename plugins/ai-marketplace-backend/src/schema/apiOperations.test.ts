import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { aiMarketplacePlugin } from '../plugin';
import { apiOperations } from './apiOperations';

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/** `METHOD /path` of every route an express router serves, nested routers included. */
function servedRoutes(stack: Layer[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      return Object.keys(layer.route.methods).map(
        method => `${method.toUpperCase()} ${layer.route!.path}`,
      );
    }
    return layer.handle?.stack ? servedRoutes(layer.handle.stack) : [];
  });
}

describe('the OpenAPI description', () => {
  it('describes exactly the routes the router serves', async () => {
    const httpRouter = mockServices.httpRouter.mock();
    await startTestBackend({
      features: [
        aiMarketplacePlugin,
        httpRouter.factory,
        catalogServiceMock.factory(),
      ],
    });
    // Besides ours, the permissions registry mounts its own well-known routes.
    const served = httpRouter.use.mock.calls
      .flatMap(([router]) =>
        servedRoutes((router as unknown as { stack: Layer[] }).stack),
      )
      .filter(route => !route.includes('/.well-known/'));
    const described = apiOperations.map(
      op => `${op.method.toUpperCase()} ${op.path}`,
    );
    expect([...served].sort()).toEqual([...described].sort());
  });

  it('is served without credentials, with every operation and its request schema', async () => {
    const { server } = await startTestBackend({
      features: [aiMarketplacePlugin, catalogServiceMock.factory()],
    });
    const res = await request(server).get('/api/ai-marketplace/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const batch = res.body.paths['/reuse-events/batch'].post;
    const events =
      batch.requestBody.content['application/json'].schema.properties.events;
    expect(events.maxItems).toBe(1000);
    expect(events.items.additionalProperties).toBe(false);
    expect(events.items.properties.type.enum).toEqual([
      'viewed',
      'copied',
      'adopted',
      'forked',
      'invoked',
    ]);
    const finish = res.body.paths['/experiments/{id}/finish'].post;
    expect(finish.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
    const summary = res.body.paths['/reuse/summary'].get;
    expect(summary.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'entityRef', required: true }),
        expect.objectContaining({ name: 'from', required: false }),
      ]),
    );
    expect(res.body.paths['/health'].get.security).toEqual([]);
  });
});
