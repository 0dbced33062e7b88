/** What the diagram's nodes need to know while drawing: state sets, names, and (in the designer) editing hooks. */
import { createContext, useContext, type ReactNode } from 'react';
import type { InsertPlace } from './definition-tree';

export type { InsertPlace };

/** Present only in the designer: cards become buttons, "+" buttons appear on the connectors. */
export interface DiagramEditing {
  selectedId: string | null;
  problemIds: ReadonlySet<string>;
  onSelect(id: string): void;
  renderInsert(place: InsertPlace): ReactNode;
}

export interface DiagramState {
  active: ReadonlySet<string>;
  done: ReadonlySet<string>;
  departmentName(id: string): string;
  taskName(id: string): string;
  editing: DiagramEditing | null;
}

export const DiagramContext = createContext<DiagramState | null>(null);
export const DiagramEditingContext = createContext<DiagramEditing | null>(null);

export function useDiagram(): DiagramState {
  const value = useContext(DiagramContext);
  if (!value) throw new Error('useDiagram must be used inside <ProcessDiagram>');
  return value;
}
