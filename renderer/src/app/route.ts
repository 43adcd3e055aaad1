import { useEffect, useState } from 'react';

// Hash routes keep the place across a reload (and work from file:// in Electron).
export const committeeTabs = ['meetings', 'actions', 'roster', 'agenda-template', 'phrases', 'abbreviations', 'settings'] as const;
export type CommitteeTab = (typeof committeeTabs)[number];

export type Route =
  | { screen: 'home' }
  | { screen: 'committee'; committeeId: string; tab: CommitteeTab }
  /** `itemId`: the item to open (a search result, a "minute 40" link); the first item when absent. */
  | { screen: 'meeting'; meetingId: string; itemId?: string }
  /** Review mode: the chairman beside the secretary comments on this meeting's minutes. */
  | { screen: 'meeting-review'; meetingId: string }
  /** The chairman's comments brought back, beside their minutes, to accept or decline. */
  | { screen: 'meeting-comments'; meetingId: string }
  /** The minutes' versions; with `compare`, two of them side by side ("sent", "current" or a number). */
  | { screen: 'meeting-versions'; meetingId: string; compare?: { from: string; to: string } }
  /** The chairman's laptop: the review file opened (File → Open review…). */
  | { screen: 'review' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'committees' && parts[1]) {
    const tab = committeeTabs.find((candidate) => candidate === parts[2]) ?? 'meetings';
    return { screen: 'committee', committeeId: parts[1], tab };
  }
  if (parts[0] === 'review') return { screen: 'review' };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'review') return { screen: 'meeting-review', meetingId: parts[1] };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'comments') return { screen: 'meeting-comments', meetingId: parts[1] };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'versions') {
    return parts[3] && parts[4]
      ? { screen: 'meeting-versions', meetingId: parts[1], compare: { from: parts[3], to: parts[4] } }
      : { screen: 'meeting-versions', meetingId: parts[1] };
  }
  if (parts[0] === 'meetings' && parts[1]) {
    return parts[2] === 'items' && parts[3] ? { screen: 'meeting', meetingId: parts[1], itemId: parts[3] } : { screen: 'meeting', meetingId: parts[1] };
  }
  return { screen: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'committee':
      return `#/committees/${encodeURIComponent(route.committeeId)}${route.tab === 'meetings' ? '' : `/${route.tab}`}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.meetingId)}${route.itemId ? `/items/${encodeURIComponent(route.itemId)}` : ''}`;
    case 'meeting-review':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/review`;
    case 'meeting-comments':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/comments`;
    case 'meeting-versions':
      return `#/meetings/${encodeURIComponent(route.meetingId)}/versions${route.compare ? `/${encodeURIComponent(route.compare.from)}/${encodeURIComponent(route.compare.to)}` : ''}`;
    case 'review':
      return '#/review';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** The event a meeting screen listens to for "open this item", whether or not the address changes. */
export const openItemEvent = 'proceedings:open-item';
export type OpenItemDetail = { meetingId: string; itemId: string };

/**
 * Opens an item of a meeting. When the address already names that item (it was opened that way
 * before and the secretary has since moved on) setting it again would do nothing, so the open
 * meeting is told directly.
 */
export function openItem(meetingId: string, itemId: string): void {
  const href = hrefFor({ screen: 'meeting', meetingId, itemId });
  if (window.location.hash === href) window.dispatchEvent(new CustomEvent<OpenItemDetail>(openItemEvent, { detail: { meetingId, itemId } }));
  else window.location.hash = href;
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
