import { z } from 'zod';

/** Who may call an operation. */
export type OperationAuth = 'none' | 'user' | 'user or service';

/** One route of the API, described by the zod schemas that validate it. */
export type ApiOperation = {
  method: 'get' | 'post';
  /** Express-style path, e.g. `/experiments/:id/finish`. */
  path: string;
  summary: string;
  auth: OperationAuth;
  /** The permission checked, by name. */
  permission?: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Path parameters and what they are. */
  pathParams?: Record<string, string>;
  /** Success statuses and what they mean; errors are added for every route. */
  responses: Record<string, string>;
};

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const ERRORS = {
  '400': 'Invalid input; the message names the field',
  '401': 'No or invalid credentials',
  '403': 'Not allowed (permission, or acting for a team you are not in)',
};

const errorResponse = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              message: { type: 'string' },
            },
          },
        },
      },
    },
  },
});

function operationObject(op: ApiOperation) {
  const parameters: unknown[] = Object.entries(op.pathParams ?? {}).map(
    ([name, description]) => ({
      name,
      in: 'path',
      required: true,
      description,
      schema: { type: 'string' },
    }),
  );
  if (op.query) {
    const query = jsonSchema(op.query) as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name,
        in: 'query',
        required: query.required?.includes(name) ?? false,
        schema,
      });
    }
  }
  const errors: Record<string, string> = op.auth === 'none' ? {} : ERRORS;
  return {
    summary: op.summary,
    description: [
      `Callers: ${op.auth === 'none' ? 'anyone' : op.auth}.`,
      op.permission ? `Permission: \`${op.permission}\`.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ...(op.auth === 'none' ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(op.body) } },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(op.responses).map(([status, description]) => [
          status,
          { description },
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(errors).map(([status, description]) => [
          status,
          errorResponse(description),
        ]),
      ),
    },
  };
}

/**
 * The OpenAPI 3.1 description of the API, generated from the same zod
 * schemas that validate every request — so the two cannot drift apart.
 */
export function createOpenApiDocument(operations: ApiOperation[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] = { ...paths[path], [op.method]: operationObject(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ai-marketplace',
      version: '1',
      description:
        'AI Marketplace backend: reuse, experiments, evaluations, incidents, curation, duplicates and the coordination KPIs.',
    },
    servers: [{ url: '/api/ai-marketplace' }],
    components: {
      securitySchemes: {
        backstage: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ backstage: [] }],
    paths,
  };
}
