/**
 * Components editors may use in MDX bodies without importing them. Every page that renders a
 * body (areas, cases, notices) passes this map to `<Content components={mdxComponents} />`.
 * Validation allows exactly these (src/lib/active-content.ts MDX_COMPONENTS, with their props):
 * add a component there and in content/README.md too.
 */
import FactBox from './FactBox.astro';
import Timeline from './Timeline.astro';
import TimelineEvent from './TimelineEvent.astro';

export const mdxComponents = { FactBox, Timeline, TimelineEvent };
