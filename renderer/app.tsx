import { useState } from 'react';
import { getTransport } from './api/client';
import { LibraryScreen } from './features/library/library-screen';
import { TemplatesScreen } from './features/templates/templates-screen';
import { WorkspaceScreen } from './features/workspace/workspace-screen';
import { SearchScreen } from './features/search/search-screen';
import { SettingsScreen } from './features/settings/settings-screen';
import { ConnectionBanner } from './features/workspace/connection-banner';
import { usePlace } from './lib/use-place';

/** Search terms to mark when a report is opened from a search hit (not part of the address). */
type Highlight = { reportId: string; sectionId: string; terms: string[] } | null;

export function App() {
  const [place, navigate] = usePlace();
  const [highlight, setHighlight] = useState<Highlight>(null);
  if (!getTransport()) {
    return (
      <main className="screen center-message" role="alert">
        <h1>无法连接</h1>
        <p>缺少访问密钥。请使用启动年报时终端中显示的完整地址（含“#k=”及其后的密钥）打开本页面。</p>
      </main>
    );
  }
  const library = () => navigate({ screen: 'library' });
  const screen = (() => {
    switch (place.screen) {
      case 'workspace':
        return (
          <WorkspaceScreen
            key={place.reportId}
            reportId={place.reportId}
            place={place}
            onPlace={(next, mode) => navigate(next, mode)}
            highlight={highlight?.reportId === place.reportId ? highlight : undefined}
            onBack={library}
          />
        );
      case 'search':
        return (
          <SearchScreen
            onBack={library}
            onOpen={(reportId, sectionId, terms) => {
              setHighlight(sectionId && terms ? { reportId, sectionId, terms } : null);
              navigate({ screen: 'workspace', reportId, selection: sectionId ? { kind: 'section', id: sectionId } : null, panels: [] });
            }}
          />
        );
      case 'settings':
        return <SettingsScreen onBack={library} />;
      case 'templates':
        return <TemplatesScreen onBack={library} />;
      default:
        return (
          <LibraryScreen
            onOpen={(reportId) => navigate({ screen: 'workspace', reportId, selection: null, panels: [] })}
            onTemplates={() => navigate({ screen: 'templates' })}
            onSearch={() => navigate({ screen: 'search' })}
            onSettings={() => navigate({ screen: 'settings' })}
          />
        );
    }
  })();
  return (
    <>
      <ConnectionBanner />
      {screen}
    </>
  );
}
