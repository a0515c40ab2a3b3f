/**
 * A React 19 page that also uses the web component: its own React tree re-renders every 250 ms (a
 * clock in the header) and renders `<meetgate-meeting>` with attributes, switching rooms on a
 * button. The element brings its own Preact inside its script; neither renderer touches the other.
 */
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const query = new URLSearchParams(location.search);

function ReactPortal() {
  const [ticks, setTicks] = useState(0);
  const [room, setRoom] = useState(query.get('room') ?? '');
  useEffect(() => {
    const timer = setInterval(() => setTicks((count) => count + 1), 250);
    return () => clearInterval(timer);
  }, []);
  return (
    <main className="host">
      <h1>
        React portal — <span data-ticks={ticks}>{ticks}</span> renders
        <button type="button" onClick={() => setRoom(query.get('next') ?? '')}>
          Switch room
        </button>
      </h1>
      {createElement('meetgate-meeting', { className: 'host-meeting', domain: query.get('domain'), room, 'token-url': query.get('provider') })}
    </main>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<ReactPortal />);
