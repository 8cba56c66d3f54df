import { useState } from 'react';
import { getTransport } from './api/client';
import { LibraryScreen } from './features/library/library-screen';
import { TemplatesScreen } from './features/templates/templates-screen';
import { WorkspaceScreen } from './features/workspace/workspace-screen';

export type Route = { screen: 'library' } | { screen: 'workspace'; reportId: string } | { screen: 'templates' };

export function App() {
  const [route, setRoute] = useState<Route>({ screen: 'library' });
  if (!getTransport()) {
    return (
      <main className="screen center-message" role="alert">
        <h1>无法连接</h1>
        <p>缺少访问密钥。请使用启动年报时终端中显示的完整地址（以 #k= 结尾）打开本页面。</p>
      </main>
    );
  }
  switch (route.screen) {
    case 'workspace':
      return <WorkspaceScreen reportId={route.reportId} onBack={() => setRoute({ screen: 'library' })} />;
    case 'templates':
      return <TemplatesScreen onBack={() => setRoute({ screen: 'library' })} />;
    default:
      return (
        <LibraryScreen
          onOpen={(reportId) => setRoute({ screen: 'workspace', reportId })}
          onTemplates={() => setRoute({ screen: 'templates' })}
        />
      );
  }
}
