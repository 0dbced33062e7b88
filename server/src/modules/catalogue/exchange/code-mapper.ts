/**
 * Code mapping of the exchange: every coded field passes through a `CodeMapper` — national code → the
 * integration's code on export, and back on import (the per-integration `code_mappings` table, §1.4
 * conflicts).
 */
import type { CodeMapper, CodeMapping } from './record-types.js';

export const identityMapper: CodeMapper = (_listKey, code) => code;

/**
 * A mapper from an integration's mapping rows; unmapped codes pass unchanged. On import, a code that is a
 * mapped national code but not itself an external code is refused (returns ''), so '5' cannot slip in
 * as national '5' when the integration's '6' is national '5'.
 */
export function codeMapperFrom(mappings: readonly CodeMapping[]): CodeMapper {
  const out = new Map<string, string>();
  const back = new Map<string, string>();
  for (const m of mappings) {
    out.set(`${m.listKey}\u0000${m.nationalCode}`, m.externalCode);
    back.set(`${m.listKey}\u0000${m.externalCode}`, m.nationalCode);
  }
  return (listKey, code, direction) => {
    const k = `${listKey}\u0000${code}`;
    if (direction === 'out') return out.get(k) ?? code;
    return back.get(k) ?? (out.has(k) ? '' : code);
  };
}
