import type { ReactNode } from 'react';
import { SaveStatus } from '../saving/SaveContext.tsx';
import { SearchBox } from '../search/SearchBox.tsx';

export type Crumb = { label: string; href?: string };

/** The frame of every screen: where you are, what is saving, and the screen's own actions. */
export function Layout({
  crumbs,
  actions,
  children,
  className,
  hasSearch = true,
}: {
  crumbs: Crumb[];
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Off where there are no committees' minutes to search (the chairman reading a review file). */
  hasSearch?: boolean;
}) {
  return (
    <div className={`layout ${className ?? ''}`}>
      <header className="topbar">
        <nav aria-label="Breadcrumb" className="crumbs">
          <ol>
            {crumbs.map((crumb, index) => (
              <li key={index}>
                {crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
        <div className="topbar-actions">
          {hasSearch && <SearchBox />}
          {actions}
          <SaveStatus />
        </div>
      </header>
      <main className="layout-main">{children}</main>
    </div>
  );
}

export function ErrorMessage({ message }: { message: string }) {
  return (
    <p role="alert" className="error-message">
      {message}
    </p>
  );
}

/** Under an add-form: what went wrong, shown; what was just done, said to a screen reader only. */
export function FormOutcome({ error, done }: { error: string | null; done: string }) {
  return (
    <>
      {error && <ErrorMessage message={error} />}
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </>
  );
}
