// Leads on the benchmark data set: training the models and scoring the open leads, the
// board's first render with its cards, moving a card, and the model's quality on the
// sample generator's leads (known true chances).
import { openContactList } from './browser.mjs';
import { rounded } from './stats.mjs';

/** Opens the leads board by a link click: until its cards are in the page and laid
 *  out, and until the first scores show on them. */
async function openBoard(page) {
  return page.evaluate(async () => {
    const link = document.createElement('a');
    link.href = '/leads';
    document.querySelector('main').append(link);
    const started = performance.now();
    link.click();
    const until = async (done, what) => {
      while (!done()) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (performance.now() - started > 20000) throw new Error(`the board did not show ${what}`);
      }
      document.body.offsetHeight;
      return performance.now() - started;
    };
    const cardsMs = await until(() => document.querySelector('[data-testid=lead-card]'), 'its cards');
    const scoredMs = await until(() => document.querySelector('[data-testid=lead-card] [data-testid=lead-score]'), 'scores');
    const shown = document.querySelectorAll('[data-testid=lead-card]').length;
    const total = [...document.querySelectorAll('[data-testid=board-column] h2 .badge')].reduce((sum, b) => sum + Number(b.textContent), 0);
    return { cardsMs, scoredMs, cards: shown, leads: total };
  });
}

/** Moves the first card of the first column one stage on with its menu, until the
 *  move is announced (the column changed); then moves it back the same way. */
async function moveCard(page) {
  return page.evaluate(async () => {
    const times = [];
    for (const step of [1, -1]) {
      const menu = document.querySelector('[data-testid=lead-card] [data-testid=move-lead]');
      const options = [...menu.options];
      const at = options.findIndex((o) => o.selected);
      const target = options[at + step] || options[at - step];
      const announcement = document.querySelector('[data-testid=move-announcement]');
      const before = announcement.textContent;
      const started = performance.now();
      menu.value = target.value;
      menu.dispatchEvent(new Event('change', { bubbles: true }));
      while (announcement.textContent === before) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (performance.now() - started > 30000) {
          const notices = [...document.querySelectorAll('.notice')].map((n) => n.textContent).join(' | ');
          throw new Error(`the move was not announced (menu now ${menu.value}, target ${target.value}, notices: ${notices}, cards ${document.querySelectorAll('[data-testid=lead-card]').length})`);
        }
      }
      document.body.offsetHeight;
      times.push(performance.now() - started);
      await new Promise((ok) => setTimeout(ok, 300));
    }
    return times;
  });
}

export async function measureLeads(page, url, runs) {
  await openContactList(page, url);
  const scoring = JSON.parse(await page.evaluate((runs) => window.wasmBindings.bench_lead_scoring(runs), runs));
  const boardRuns = [];
  const moveRuns = [];
  let cards = 0;
  for (let i = 0; i < runs; i++) {
    await openContactList(page, url);
    const opened = await openBoard(page);
    boardRuns.push(opened);
    cards = opened;
    moveRuns.push(...(await moveCard(page)));
  }
  const quality = JSON.parse(await page.evaluate(() => window.wasmBindings.bench_lead_model_quality()));
  console.log('lead training', rounded(scoring.train_ms), 'scoring', rounded(scoring.score_ms), 'closed', scoring.closed, 'open', scoring.open);
  console.log('board', rounded(boardRuns.map((r) => r.cardsMs)), 'scored', rounded(boardRuns.map((r) => r.scoredMs)), 'cards shown', cards.cards, 'leads on the board', cards.leads, 'move', rounded(moveRuns));
  return { leadScoring: scoring, boardRuns, boardCards: cards.cards, boardLeads: cards.leads, moveRuns, leadQuality: quality };
}
