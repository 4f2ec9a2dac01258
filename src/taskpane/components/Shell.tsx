import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

/** Fluent's theme around the pane, as Office itself looks. */
export function Shell({ children }: { children: React.ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
