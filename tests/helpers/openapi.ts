/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document: the subset the project's
 * document uses ($ref, oneOf, type with null, enum, properties, required,
 * additionalProperties: false, items, minimum/maximum). Returns every mismatch with its path,
 * so a test can show exactly which field is undocumented or of the wrong type.
 */
type Schema = Record<string, unknown>;

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

export function mismatches(
  value: unknown,
  schema: Schema,
  doc: { components: { schemas: Record<string, Schema> } },
  at = '$',
): string[] {
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    return target ? mismatches(value, target, doc, at) : [`${at}: unknown $ref ${name}`];
  }
  if (Array.isArray(schema['oneOf'])) {
    const fits = (schema['oneOf'] as Schema[]).filter(
      (s) => mismatches(value, s, doc, at).length === 0,
    );
    return fits.length === 1 ? [] : [`${at}: matches ${fits.length} of oneOf`];
  }
  const problems: string[] = [];
  if (schema['type'] !== undefined) {
    const types = ([] as string[]).concat(schema['type'] as string | string[]);
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number')))
      return [`${at}: ${actual}, documented as ${types.join('|')}`];
  }
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value))
    problems.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in value)) problems.push(`${at}.${key}: missing`);
    for (const [key, v] of Object.entries(value)) {
      if (properties[key]) problems.push(...mismatches(v, properties[key], doc, `${at}.${key}`));
      else if (schema['additionalProperties'] === false)
        problems.push(`${at}.${key}: not documented`);
    }
  }
  if (Array.isArray(value) && schema['items'])
    value.forEach((v, i) =>
      problems.push(...mismatches(v, schema['items'] as Schema, doc, `${at}[${i}]`)),
    );
  return problems;
}
