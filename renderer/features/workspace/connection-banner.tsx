import { useEffect, useState } from 'react';
import { connectionState, onConnectionState, type ConnectionState } from '../../api/connection';

/**
 * Says plainly when this tab lost the program (issue 10): after a restart the old address's secret no
 * longer works, and pasting the newly printed address into this tab reconnects it without a reload,
 * so nothing typed is lost (unsaved text is also kept in this browser until it is saved).
 */
export function ConnectionBanner() {
  const [state, setState] = useState<ConnectionState>(connectionState);
  useEffect(() => onConnectionState(setState), []);
  if (state === 'ok') return null;
  return (
    <div className="connection-banner error" role="alert">
      {state === 'restarted' ? (
        <>
          <strong>年报程序已重新启动，本页面暂时无法保存。</strong>
          请把终端中新显示的地址（以“#k=”结尾的那一行）复制，粘贴到本标签页的地址栏并回车，即可重新连接；
          已输入但未保存的内容保留在本页和本浏览器中，重新连接后自动保存。
        </>
      ) : (
        <>
          <strong>无法连接年报程序。</strong>
          程序可能已关闭：请重新启动（npm start），再把新显示的地址粘贴到本标签页的地址栏并回车。未保存的内容保留在本浏览器中。
        </>
      )}
    </div>
  );
}
