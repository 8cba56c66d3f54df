export function TemplatesScreen({ onBack }: { onBack(): void }) {
  return (
    <main className="screen">
      <header className="topbar">
        <button type="button" onClick={onBack}>
          ← 报告库
        </button>
        <h1>模板库</h1>
      </header>
    </main>
  );
}
