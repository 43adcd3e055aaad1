import { useEffect, useState } from 'react';

// Hash routes keep the place across a reload (and work from file:// in Electron).
export const committeeTabs = ['meetings', 'actions', 'roster', 'agenda-template', 'phrases', 'settings'] as const;
export type CommitteeTab = (typeof committeeTabs)[number];

export type Route =
  | { screen: 'home' }
  | { screen: 'committee'; committeeId: string; tab: CommitteeTab }
  | { screen: 'meeting'; meetingId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'committees' && parts[1]) {
    const tab = committeeTabs.find((candidate) => candidate === parts[2]) ?? 'meetings';
    return { screen: 'committee', committeeId: parts[1], tab };
  }
  if (parts[0] === 'meetings' && parts[1]) return { screen: 'meeting', meetingId: parts[1] };
  return { screen: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'committee':
      return `#/committees/${encodeURIComponent(route.committeeId)}${route.tab === 'meetings' ? '' : `/${route.tab}`}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
