import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** One card of the options page, reachable from the side navigation by its id. */
export function Section({ id, title, intro, children }: Props) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card__title">
        {title}
      </h2>
      {intro && <p class="card__intro">{intro}</p>}
      {children}
    </section>
  );
}
