/**
 * Components case authors may use in MDX without importing them. Pages pass this map to
 * `<Content components={mdxComponents} />`. Document any addition in content/README.md.
 */
import FactBox from './FactBox.astro';
import Timeline from './Timeline.astro';
import TimelineEvent from './TimelineEvent.astro';

export const mdxComponents = { FactBox, Timeline, TimelineEvent };
