import type { FieldIssue, StickerPriceTables } from '../../sdk/schemas/index.ts';
import { ValidationError } from '../errors.ts';
import { toMillimetres } from './quote.ts';

/** Issues for codes listed twice in `rows` (at `path.i.code`). */
function repeatedCodes(rows: readonly { code: string }[], path: string): FieldIssue[] {
  return rows.flatMap((row, index) =>
    rows.findIndex((other) => other.code === row.code) === index
      ? []
      : [{ path: `${path}.${index}.code`, message: `${row.code} is listed twice` }],
  );
}

/**
 * What the wire schema cannot check of proposed tables: codes are unique, each material's finishes are
 * offered, breaks ascend, the largest side is not below the smallest and the presets fit between them.
 * `validation_failed` naming every field that is wrong.
 */
export function checkTables(tables: StickerPriceTables, at = ''): void {
  const issues: FieldIssue[] = [
    ...repeatedCodes(tables.materials, `${at}materials`),
    ...repeatedCodes(tables.shapes, `${at}shapes`),
    ...repeatedCodes(tables.finishes, `${at}finishes`),
  ];
  const finishes = new Set(tables.finishes.map((finish) => finish.code));
  tables.materials.forEach((material, index) =>
    material.finishes.forEach((finish, position) => {
      if (!finishes.has(finish)) {
        issues.push({ path: `${at}materials.${index}.finishes.${position}`, message: `${finish} is not in finishes` });
      }
    }),
  );
  tables.breaks.forEach((entry, index) => {
    const previous = tables.breaks[index - 1];
    if (previous && entry.quantity <= previous.quantity) {
      issues.push({ path: `${at}breaks.${index}.quantity`, message: 'breaks must ascend by quantity' });
    }
  });
  const { limits } = tables;
  if (limits.maxSideMm < limits.minSideMm) {
    issues.push({ path: `${at}limits.maxSideMm`, message: 'must not be below minSideMm' });
  }
  tables.presets.forEach((preset, index) => {
    for (const side of ['width', 'height'] as const) {
      const mm = toMillimetres(preset[side], preset.unit);
      if (mm < limits.minSideMm || mm > limits.maxSideMm) {
        issues.push({ path: `${at}presets.${index}.${side}`, message: 'must be within the size limits' });
      }
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, issues[0]?.message);
}
