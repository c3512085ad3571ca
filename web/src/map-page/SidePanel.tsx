import type { ReactNode } from 'react';

interface SidePanelProps {
  /** The panel's class, and with "__intro" its intro line's. */
  block: string;
  /** The heading's id: the map page moves the keyboard to it when the panel opens. */
  headingId: string;
  heading: string;
  intro: string;
  children: ReactNode;
}

/** A panel beside the map: its heading (focusable, for when it opens), a line on what it does, and its controls. */
export function SidePanel({ block, headingId, heading, intro, children }: SidePanelProps) {
  return (
    <section className={block} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      <p className={`${block}__intro`}>{intro}</p>
      {children}
    </section>
  );
}
