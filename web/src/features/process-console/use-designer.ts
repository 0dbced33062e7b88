/** The designer's working state: the edited definition, where it came from, the selection and the problems. */
import { useMemo, useState } from 'react';
import type { ProcessDefinition } from '@onewindow/common/process';
import { isProcessDefinition } from './definition-guard';
import { findNode, nodeIdAtPath } from './definition-tree';
import { standardDraft } from './node-factory';
import type { DefinitionProblem, DefinitionView } from './use-process';

export type DraftSource =
  { kind: 'draft'; view: DefinitionView } | { kind: 'published'; versionNo: number; id: string } | { kind: 'standard' };

function initial(
  versions: DefinitionView[],
  itemName: string,
): { definition: ProcessDefinition; source: DraftSource; problems: DefinitionProblem[] } {
  const draft = versions.find((v) => v.status === 'draft');
  const published = versions.find((v) => v.status === 'published');
  if (draft && isProcessDefinition(draft.definition))
    return { definition: draft.definition, source: { kind: 'draft', view: draft }, problems: draft.problems };
  if (published && isProcessDefinition(published.definition))
    return {
      definition: structuredClone(published.definition),
      source: { kind: 'published', versionNo: published.versionNo, id: published.id },
      problems: [],
    };
  return { definition: standardDraft(itemName), source: { kind: 'standard' }, problems: [] };
}

/** Starts from the draft, else a copy of the published version, else the standard template. */
export function useDesigner(versions: DefinitionView[], itemName: string) {
  const [start] = useState(() => initial(versions, itemName));
  const [definition, setDefinition] = useState<ProcessDefinition>(start.definition);
  const [source, setSource] = useState<DraftSource>(start.source);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<DefinitionProblem[]>(start.problems);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const problemIds = useMemo(() => {
    const ids = new Set<string>();
    for (const p of problems) {
      const id = nodeIdAtPath(definition, p.path);
      if (id) ids.add(id);
    }
    return ids;
  }, [problems, definition]);

  return {
    definition,
    source,
    dirty,
    problems,
    problemIds,
    selectedId: selectedId && findNode(definition, selectedId) ? selectedId : null,
    select: setSelectedId,
    /** An edit: the definition changes and is no longer saved. */
    change(next: ProcessDefinition) {
      setDefinition(next);
      setDirty(true);
    },
    /** The server's answer to a save: the stored draft and its problems. */
    saved(view: DefinitionView) {
      setSource({ kind: 'draft', view });
      setProblems(view.problems);
      setDirty(false);
    },
    /** The draft was published: further edits start a new draft. */
    published(view: DefinitionView) {
      setSource({ kind: 'published', versionNo: view.versionNo, id: view.id });
      setProblems([]);
    },
    setProblems,
  };
}
