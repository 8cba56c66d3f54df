import { useState } from 'react';
import { getTransport } from './api/client';
import { LibraryScreen } from './features/library/library-screen';
import { TemplatesScreen } from './features/templates/templates-screen';
import { WorkspaceScreen } from './features/workspace/workspace-screen';
import { SearchScreen } from './features/search/search-screen';
import { SettingsScreen } from './features/settings/settings-screen';

export type Route =
  | { screen: 'library' }
  | { screen: 'workspace'; reportId: string; sectionId?: string; highlight?: string[] }
  | { screen: 'templates' }
  | { screen: 'search' }
  | { screen: 'settings' };

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  if (!getTransport()) {
    return (
      <main className="screen center-message" role="alert">
        <h1>无法连接</h1>
        <p>缺少访问密钥。请使用启动年报时终端中显示的完整地址（含“#k=”及其后的密钥）打开本页面。</p>
      </main>
    );
  }
  switch (route.screen) {
    case 'workspace':
      return (
        <WorkspaceScreen
          key={`${route.reportId}-${route.sectionId ?? ''}`}
          reportId={route.reportId}
          initialSectionId={route.sectionId}
          highlight={route.highlight}
          onBack={() => setRoute({ screen: 'library' })}
        />
      );
    case 'search':
      return (
        <SearchScreen
          onBack={() => setRoute({ screen: 'library' })}
          onOpen={(reportId, sectionId, highlight) => setRoute({ screen: 'workspace', reportId, sectionId, highlight })}
        />
      );
    case 'settings':
      return <SettingsScreen onBack={() => setRoute({ screen: 'library' })} />;
    case 'templates':
      return <TemplatesScreen onBack={() => setRoute({ screen: 'library' })} />;
    default:
      return (
        <LibraryScreen
          onOpen={(reportId) => setRoute({ screen: 'workspace', reportId })}
          onTemplates={() => setRoute({ screen: 'templates' })}
          onSearch={() => setRoute({ screen: 'search' })}
          onSettings={() => setRoute({ screen: 'settings' })}
        />
      );
  }
}
