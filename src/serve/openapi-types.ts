// The subset of OpenAPI 3.1 types the API document uses, and query parameters derived from zod schemas.
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface MediaType {
  schema: JsonSchema;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response | { $ref: string }>;
  security?: Record<string, string[]>[];
}

export type Method = 'get' | 'post' | 'put' | 'delete';
export type PathItem = Partial<Record<Method, Operation>>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, Response>;
    securitySchemes?: Record<string, { type: 'http'; scheme: 'bearer'; description?: string }>;
  };
}

/**
 * OpenAPI query parameters for a zod object schema (its input side, so strings as sent).
 * @example queryParameters(eventsQuery) // [{ name: 'actor', in: 'query', schema: { type: 'string', … } }, …]
 */
export function queryParameters(schema: z.ZodObject): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: 'query' as const,
      required: json.required?.includes(name) && !('default' in rest) ? true : undefined,
      description: description as string | undefined,
      schema: rest,
    };
  });
}

export function pathParameter(name: string, description: string, pattern?: string): Parameter {
  return { name, in: 'path', required: true, description, schema: pattern ? { type: 'string', pattern } : { type: 'string' } };
}

export const json = (schema: JsonSchema): Record<string, MediaType> => ({ 'application/json': { schema } });
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const arrayOf = (schema: JsonSchema): JsonSchema => ({ type: 'array', items: schema });
