/**
 * The editor's open tab, and taking a person to a problem: open the tab that holds it, scroll to the field
 * (or the list) and focus it; problems reported by the server are shown on their fields too.
 */
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { formFieldOf, namePathOf, tabOf, type EditorTab, type NamePath } from './problem-paths';

export function useEditorNavigation(form: FormInstance) {
  const [activeTab, setActiveTab] = useState<EditorTab>('basic');

  const locate = useCallback(
    (path: string | NamePath) => {
      const name = typeof path === 'string' ? namePathOf(path) : path;
      const tab = tabOf(name);
      if (tab) setActiveTab(tab);
      const field = formFieldOf(name);
      // after the tab has switched and shown its pane
      setTimeout(() => {
        if (field) form.scrollToField(field, { block: 'center', focus: true });
        else if (typeof name?.[0] === 'string') document.getElementById(`editor-list-${name[0]}`)?.scrollIntoView({ block: 'start' });
      }, 80);
    },
    [form],
  );

  /** Put each problem's message beside its field (several on one field are listed together). */
  const markProblems = useCallback(
    (problems: ReadonlyArray<{ path: string; message: string }>) => {
      const byField = new Map<string, { name: NamePath; errors: string[] }>();
      for (const p of problems) {
        const field = formFieldOf(namePathOf(p.path));
        if (!field || !p.message) continue;
        const key = field.join('.');
        const entry = byField.get(key) ?? { name: field, errors: [] };
        entry.errors.push(p.message);
        byField.set(key, entry);
      }
      if (byField.size > 0) form.setFields([...byField.values()]);
    },
    [form],
  );

  return { activeTab, setActiveTab, locate, markProblems };
}
