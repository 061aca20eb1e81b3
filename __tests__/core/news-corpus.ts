/**
 * A small corpus of scraped news pages for the cross-file tests: five different stories that
 * share a site's boilerplate (a newsletter call to action, a cookie notice, a share row and a
 * standards line after each byline), and a syndicated copy of the first story with a few edits.
 */

/** A call to action printed under every story: paragraph boilerplate. */
export const NEWSLETTER = 'Sign up for our morning newsletter to get the day’s top stories delivered to your inbox.';
/** A cookie notice at the foot of every page. */
export const COOKIES = 'We use cookies to improve your experience on our site and to show you relevant advertising.';
/** The sentence that follows every byline: sentence boilerplate inside a paragraph that differs. */
export const STANDARDS = 'Our Standards: The Thomson Reuters Trust Principles.';
/** A share row: too short to be evidence, never boilerplate. */
export const SHARE = 'Share';

interface Story {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly byline: string;
}

export const STORIES: Record<string, Story> = {
  budget: {
    title: 'City council approves budget after marathon session',
    paragraphs: [
      'The city council approved a $2.4 billion budget early on Wednesday after a debate that ran for more than nine hours, ending a months-long standoff over school funding.',
      'The plan raises spending on road repairs by 12 percent and restores library hours that were cut during the pandemic, according to figures released by the mayor’s office.',
      'Council member Diane Alvarez, who voted against the measure, said the budget relied on optimistic revenue forecasts and warned that the city could face a shortfall next spring.',
      'Supporters said the compromise protected core services while keeping property taxes flat for a third straight year.',
    ],
    byline: 'Reporting by Karen Liu; editing by Mark Potter.',
  },
  storm: {
    title: 'Storm knocks out power to thousands along the coast',
    paragraphs: [
      'A fast-moving storm brought winds of up to 70 miles per hour to the coast on Sunday night, toppling trees and leaving about 40,000 homes without power.',
      'Utility crews worked through the night to restore service, and officials said most customers should have electricity again by Tuesday afternoon.',
      'The National Weather Service warned that a second band of heavy rain could bring flash flooding to low-lying neighborhoods on Monday.',
    ],
    byline: 'Reporting by Tom Becker; editing by Sandra Maler.',
  },
  rail: {
    title: 'Regional rail line to add weekend service in the spring',
    paragraphs: [
      'Commuters on the northern rail line will get hourly weekend trains starting in April, the transit authority said on Thursday, after ridership rose for six straight quarters.',
      'The expansion will cost about $18 million a year and will be paid for in part by a federal grant aimed at reducing traffic on the highway corridor.',
      'Riders’ groups welcomed the change but said the authority still needed to fix frequent delays caused by aging signal equipment.',
    ],
    byline: 'Reporting by Priya Nair; editing by Jonathan Oatis.',
  },
  harvest: {
    title: 'Farmers expect smaller harvest after dry summer',
    paragraphs: [
      'Wheat farmers in the region expect yields to fall by nearly a fifth this year after the driest summer in more than three decades, a growers’ association said on Monday.',
      'Some farms have already sold part of their herds because pasture land dried out and the price of hay more than doubled since June.',
      'The agriculture ministry said it would consider emergency loans for the hardest-hit farms once the harvest figures are final.',
    ],
    byline: 'Reporting by Elena Rossi; editing by Alex Richardson.',
  },
  museum: {
    title: 'Museum returns looted bronze to Nigeria',
    paragraphs: [
      'The city museum handed over a bronze plaque taken from the Kingdom of Benin in 1897 to a Nigerian delegation at a ceremony on Friday.',
      'The plaque is one of more than 30 objects the museum has agreed to return after a review of its collection found they were taken during a British military raid.',
      'Nigerian officials said the objects would be displayed in a new museum in Benin City that is due to open next year.',
    ],
    byline: 'Reporting by Samuel Okafor; editing by Christina Fincher.',
  },
};

/** One scraped page: title, share row, story, byline with the standards line, boilerplate. */
export function page(story: Story, options: { boilerplate?: boolean } = {}): string {
  const withBoilerplate = options.boilerplate ?? true;
  const lines = [story.title, SHARE, ...story.paragraphs, `${story.byline} ${STANDARDS}`];
  if (withBoilerplate) lines.push(NEWSLETTER, COOKIES);
  return `${lines.join('\n\n')}\n`;
}

/**
 * The budget story as another site republished it: a new headline, a few words changed in two
 * paragraphs, a credit line, and that site's own footer (none of the first site's boilerplate).
 */
export function syndicatedBudget(): string {
  const story = STORIES['budget']!;
  const paragraphs = story.paragraphs.map((text, i) => {
    if (i === 0) return text.replace('early on Wednesday', 'on Wednesday morning');
    if (i === 2) return text.replace('warned that', 'cautioned that');
    return text;
  });
  const lines = ['Council passes $2.4 billion budget', ...paragraphs, 'This story was originally published by Reuters and is republished here with permission.'];
  return `${lines.join('\n\n')}\n`;
}

/** The corpus as path → text: five stories on one site, the syndicated copy elsewhere. */
export function newsCorpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, story] of Object.entries(STORIES)) files[`site/${name}.txt`] = page(story);
  files['mirror/council-budget.txt'] = syndicatedBudget();
  return files;
}
