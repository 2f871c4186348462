/*
 * The AI Marketplace demo portal backend: the catalog with the AI Marketplace
 * module, guest sign-in, and the permission framework with our own policy.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import('@ai-marketplace/plugin-catalog-backend-module-ai-marketplace'),
);

backend.add(import('@ai-marketplace/plugin-ai-marketplace-backend'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicyModule'));

backend.start();
