// The duplicate review over the whole benchmark data set.
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

/** Opens the duplicate review by a link click and waits until the pairs are listed. */
async function openDuplicateReview(page) {
  return page.evaluate(async () => {
    const link = document.createElement('a');
    link.href = '/contacts/duplicates';
    document.querySelector('main').append(link);
    const started = performance.now();
    link.click();
    while (!document.querySelector('[data-testid=duplicate-count]')) {
      await new Promise((ok) => setTimeout(ok, 0));
      if (performance.now() - started > 30000) throw new Error('the review did not open');
    }
    document.body.offsetHeight;
    return { ms: performance.now() - started, count: document.querySelector('[data-testid=duplicate-count]').textContent };
  });
}

/** `runs` openings of the review, each from a freshly loaded contact list. */
export async function measureDuplicateReview(page, url, runs) {
  const reviewRuns = [];
  let reviewCount = '';
  for (let i = 0; i < runs; i++) {
    await openContactList(page, url);
    const review = await openDuplicateReview(page);
    reviewRuns.push(review.ms);
    reviewCount = review.count;
  }
  console.log('duplicate review', rounded(reviewRuns), reviewCount);
  return { reviewRuns, reviewCount };
}
