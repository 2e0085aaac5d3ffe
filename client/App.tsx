import { BoardPage } from './board/BoardPage';
import { LandingPage } from './landing/LandingPage';
import { PresenterPage } from './presenter/PresenterPage';
import { SnapshotPage } from './snapshots/SnapshotPage';
import { navigate, useRoute } from './router';

export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'board':
      // Keyed so opening another board from the address bar starts a fresh session.
      return <BoardPage key={`${route.id}:${route.key}`} id={route.id} boardKey={route.key} />;
    case 'snapshot':
      return <SnapshotPage key={`${route.id}:${route.snapshotId}:${route.key}`} id={route.id} snapshotId={route.snapshotId} boardKey={route.key} />;
    case 'present':
      return <PresenterPage key={`${route.id}:${route.key}`} id={route.id} boardKey={route.key} />;
    case 'notFound':
      return (
        <main className="error-page">
          <div className="card stack">
            <h1>Nothing at {route.path}</h1>
            <button type="button" className="button button--primary" onClick={() => navigate('/')}>
              Go to start page
            </button>
          </div>
        </main>
      );
  }
}
