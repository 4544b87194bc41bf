/**
 * The build's own MDX compiler, for tests that prove an accepted body builds: @astrojs/mdx 8
 * compiles .mdx files through @astrojs/markdown-satteri with these options (GFM and smart
 * punctuation on, as Astro's defaults), on the file with its front matter blanked.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { blankFrontMatter } from '../../src/lib/active-content.ts';

export async function buildMdxCompiler(): Promise<(source: string) => Promise<{ code: string }>> {
  const processor = satteri();
  if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri has no MDX renderer');
  const renderer = await processor.createMdxRenderer({ gfm: true, smartypants: true, syntaxHighlight: false }, { optimize: false, srcDir: new URL('file:///portal/src/') });
  return (source) => renderer.process(blankFrontMatter(source), '/portal/content/cases/2021/x.mdx', {});
}
