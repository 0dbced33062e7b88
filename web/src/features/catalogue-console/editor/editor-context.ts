/** What every part of the item editor needs besides the form: read-only or not, and the names of files. */
import { createContext, useContext } from 'react';
import type { FileMeta } from '../types';

export interface EditorContextValue {
  readOnly: boolean;
  fileOf: (id: string) => FileMeta | undefined;
  addFile: (file: FileMeta) => void;
}

export const EditorContext = createContext<EditorContextValue>({ readOnly: false, fileOf: () => undefined, addFile: () => undefined });

export const useEditorContext = () => useContext(EditorContext);
