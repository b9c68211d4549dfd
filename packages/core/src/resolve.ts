/** Resolves pointers to locations: one batched pass per positioned document. */
import type { Location } from './finding.js';
import type { Locatable, Pointer } from './pointer.js';

/** Resolves all pointers; results are in input order. */
export function resolvePointers(pointers: readonly Pointer[]): Location[] {
  const out = new Array<Location>(pointers.length);
  const byDoc = new Map<Locatable, number[]>();
  pointers.forEach((p, i) => {
    if ('doc' in p) {
      let list = byDoc.get(p.doc);
      if (!list) byDoc.set(p.doc, (list = []));
      list.push(i);
    } else {
      out[i] = compact({
        path: p.file,
        line: Math.max(1, p.line),
        column: Math.max(1, p.column ?? 1),
        endLine: p.endLine,
        endColumn: p.endColumn,
      });
    }
  });
  for (const [doc, indexes] of byDoc) {
    const requests = indexes.map((i) => {
      const p = pointers[i] as Extract<Pointer, { doc: Locatable }>;
      return { route: p.route, part: p.part ?? 'value' };
    });
    let spans;
    try {
      spans = doc.locate(requests);
    } catch {
      spans = requests.map(() => ({ line: 1, column: 1 }));
    }
    indexes.forEach((i, k) => {
      const span = spans[k] ?? { line: 1, column: 1 };
      out[i] = compact({ path: doc.path, ...span });
    });
  }
  return out;
}

/** A stable text for a pointer's symbolic part, used in fingerprints. */
export function pointerKey(p: Pointer): string {
  return 'doc' in p ? p.route.map(String).join('/') : `line`;
}

function compact(location: {
  path: string;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}): Location {
  const out: Location = { path: location.path, line: location.line, column: location.column };
  if (location.endLine !== undefined) out.endLine = location.endLine;
  if (location.endColumn !== undefined) out.endColumn = location.endColumn;
  return out;
}
