import {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { assertError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/** What every group of routes needs: auth, permissions, audit, catalog, clock. */
export type RouteContext = {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  now: () => Date;
};

/** The calling user's credentials, if they hold the permission (401 / 403). */
export async function authorizedUser(
  ctx: RouteContext,
  req: Request,
  permission: BasicPermission,
): Promise<BackstageCredentials<BackstageUserPrincipal>> {
  const credentials = await ctx.httpAuth.credentials(req, { allow: ['user'] });
  await requirePermission(ctx, credentials, permission);
  return credentials;
}

/**
 * The caller's credentials — a user or a service such as CI with a static
 * token — if they hold the permission (401 / 403).
 */
export async function authorizedCaller(
  ctx: RouteContext,
  req: Request,
  permission: BasicPermission,
): Promise<
  BackstageCredentials<BackstageUserPrincipal | BackstageServicePrincipal>
> {
  const credentials = await ctx.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  await requirePermission(ctx, credentials, permission);
  return credentials;
}

async function requirePermission(
  ctx: RouteContext,
  credentials: BackstageCredentials,
  permission: BasicPermission,
) {
  const [decision] = await ctx.permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`You are not allowed to ${permission.name}`);
  }
}

/**
 * Runs a write as an auditor event: `success` with the result's meta, or
 * `fail` with the error (which is rethrown for the error handler).
 */
export async function audited<T>(
  ctx: RouteContext,
  options: {
    req: Request;
    eventId: string;
    meta?: JsonObject;
    successMeta?: (result: T) => JsonObject;
  },
  write: () => Promise<T>,
): Promise<T> {
  const event = await ctx.auditor.createEvent({
    eventId: options.eventId,
    severityLevel: 'low',
    request: options.req,
    meta: options.meta,
  });
  try {
    const result = await write();
    await event.success({ meta: options.successMeta?.(result) });
    return result;
  } catch (error) {
    assertError(error);
    await event.fail({ error });
    throw error;
  }
}
