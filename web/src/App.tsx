import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { queryClient } from './api/query-client';
import { PreferencesProvider } from './features/preferences/PreferencesProvider';
import { ThemedApp } from './features/preferences/ThemedApp';
import { router } from './router';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <ThemedApp>
          <RouterProvider router={router} />
        </ThemedApp>
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
