// The results object that bench/results.json holds, assembled from the figures the parts
// measured. A part that did not run leaves its figures out (JSON drops undefined), so
// each entry is only built when its figures are there.
import { CPU_SLOWDOWN } from './browser.mjs';
import { SCROLL_STEP, isDropped } from './contacts.mjs';
import { LAZY_SAMPLE_SEED } from './lazy_pages.mjs';
import { median, percentile, round, rounded, spread } from './stats.mjs';

const MIB = 1024 * 1024;

/** Medians and runs of time-to-interactive loads, rounded. */
const timeFigures = (list) => list && {
  median: round(median(list.map((x) => x.ms))),
  runs: list.map((x) => round(x.ms)),
  first_view_median: round(median(list.map((x) => x.first_view_ms))),
  first_view_runs: list.map((x) => round(x.first_view_ms)),
};

/** What the targets and the entry of the import need from its runs. */
function importSummary(importRuns) {
  const importTotal = median(importRuns.map((r) => r.total_ms));
  const importWrite = median(importRuns.map((r) => r.write_ms));
  const imported = importRuns[0].counts.new + importRuns[0].counts.updated;
  const longest = (phase) => median(importRuns.map((r) => r[phase].longest_task_ms));
  const longestOverall = median(importRuns.map((r) => Math.max(r.preview_tasks.longest_task_ms, r.write_tasks.longest_task_ms)));
  return { importTotal, importWrite, imported, longest, longestOverall };
}

/** `f`: the figures of the parts that ran; `runs`: BENCH_RUNS; `only`: the parts named
 *  in BENCH_ONLY, or null for a full run. */
export function assembleResults(f, { runs, only }) {
  const importFigures = f.importRuns && importSummary(f.importRuns);
  const tti = { empty: timeFigures(f.emptyRuns), loaded: timeFigures(f.loadedRuns) };
  const lazyMax = (mode) => f.lazy && Math.max(...Object.values(f.lazy).filter((entry) => entry.area !== 'start-up').map((entry) => entry[`${mode}_ms`]));
  const coldMs = f.coldRuns && median(f.coldRuns.map((r) => r.ms));
  const warmMs = f.warm && median(f.warm.runs);
  const chunkedMs = f.chunked && median(f.chunked.map((x) => x.ms));
  const sameBytesMs = f.sameBytes && median(f.sameBytes.map((x) => x.ms));

  return {
    measured_at: new Date().toISOString(),
    machine: 'headless Chromium (Debian), 2 cores; medians of ' + runs + ' runs unless noted',
    ...(only && { parts: only }),
    gzip_bytes: f.sizes,
    start_up_bytes: f.startUp && {
      note: 'every file a first visit fetches until the first screen is usable, as gzip -9 and brotli 11 compress them',
      ...f.startUp,
    },
    all_assets_bytes: f.allAssets && { note: 'every file of the build, which the service worker stores', ...f.allAssets },
    time_to_interactive_ms: (f.emptyRuns || f.loadedRuns) && {
      note: 'from navigation start (performance.now() in the page) until the page is usable and idle: html[data-idle] (the first screen rendered, then the start-up reminder pass and any write it makes done), then the first requestIdleCallback after it; runs_* are these times. first_view_* is html[data-ready], the first screen with its data rendered (what this figure measured before). cold_first_run is the first run of each: for the empty database the first load of a fresh profile (nothing cached, no service worker yet, which it registers and fills meanwhile); for the benchmark data set the first load after the set was written. dist-bench, full CPU speed, no network emulation',
      empty_database: tti.empty?.median,
      benchmark_data_set: tti.loaded?.median,
      runs_empty: tti.empty?.runs,
      runs_benchmark: tti.loaded?.runs,
      cold_first_run: { empty_database: tti.empty?.runs[0], benchmark_data_set: tti.loaded?.runs[0] },
      first_view_ms: {
        empty_database: tti.empty?.first_view_median,
        benchmark_data_set: tti.loaded?.first_view_median,
        runs_empty: tti.empty?.first_view_runs,
        runs_benchmark: tti.loaded?.first_view_runs,
      },
    },
    benchmark_data_set_records: f.records,
    write_benchmark_data_set_ms: f.writeRuns && round(median(f.writeRuns)),
    write_10000_contacts: f.ours && {
      note: 'the benchmark\'s 10,000 contacts into an emptied database, until the transaction is complete. teamline: the app\'s store (records packed into chunks, encoded in wasm, the clock running). plain_javascript_bulk_put: one record per contact, parsed from JSON before the clock starts. plain_javascript_chunks: as many records as Teamline wrote chunks, each the UTF-8 JSON of an equal share of the contacts as a Uint8Array, encoded before the clock starts, in one transaction (the physical limit of the chunked design when the bytes are JSON). plain_javascript_same_bytes: Teamline\'s own chunk bytes, read back and written again in one transaction (the limit for exactly these bytes). ratio_*_over_teamline: that time over Teamline\'s; above 1 Teamline is faster',
      teamline_ms: round(median(f.ours)),
      plain_javascript_bulk_put_ms: round(median(f.plain)),
      ratio_plain_over_teamline: round(median(f.plain) / median(f.ours), 2),
      plain_javascript_chunks_ms: round(chunkedMs),
      ratio_chunks_over_teamline: round(chunkedMs / median(f.ours), 2),
      plain_javascript_same_bytes_ms: round(sameBytesMs),
      ratio_same_bytes_over_teamline: round(sameBytesMs / median(f.ours), 2),
      chunks: f.stored.length,
      teamline_chunk_bytes: f.stored.reduce((sum, c) => sum + c.bytes, 0),
      json_chunk_bytes: f.chunked[0].bytes,
      runs_teamline: rounded(f.ours),
      runs_plain_bulk_put: rounded(f.plain),
      runs_plain_chunks: f.chunked.map((x) => round(x.ms)),
      runs_plain_same_bytes: f.sameBytes.map((x) => round(x.ms)),
    },
    wasm_memory_bytes_after_load: f.memory,
    wasm_heap_live_bytes_after_load: f.heapLive,
    contacts: f.keystrokes && {
      search_keystroke_to_screen_ms: { keystrokes: f.keystrokes.length, ...spread(f.keystrokes, 2) },
      open_contact_with_200_timeline_entries_ms: round(median(f.openRuns)),
      runs_open_contact: rounded(f.openRuns),
      scroll_full_list: {
        contacts: f.contactCount,
        pixels_per_frame: SCROLL_STEP,
        frames: f.scroll.intervals.length,
        frame_interval_ms: spread(f.scroll.intervals, 2),
        work_per_frame_ms: spread(f.scroll.work, 2),
        dropped_frames_median_pass: f.scroll.dropped,
        dropped_frames_per_pass: f.passes.map((p) => p.dropped),
        late_frames_as_frame_interval_and_work_ms: f.passes.map((p) => p.intervals.map((x, i) => [i, round(x, 1), round(p.work[i], 1)]).filter(([, x]) => isDropped(x))),
        rows_in_page_at_end: f.scroll.rows,
      },
    },
    import_10000_vcards: f.importRuns && {
      file_bytes: f.vcardBytes,
      counts: f.importRuns[0].counts,
      total_ms: round(importFigures.importTotal),
      preview_ms: round(median(f.importRuns.map((r) => r.preview_ms))),
      write_ms: round(importFigures.importWrite),
      runs: f.importRuns.map((r) => ({ preview_ms: round(r.preview_ms), write_ms: round(r.write_ms) })),
      write_throughput_ratio_over_plain_bulk_put: f.plain && round((importFigures.imported / importFigures.importWrite) / (10000 / median(f.plain)), 2),
      wasm_memory_bytes_after_import: f.memoryAfterImport,
      wasm_heap_live_bytes_after_import: f.heapLiveAfterImport,
      wasm_heap_peak_bytes_during_import: f.heapPeakDuringImport,
      memory_note: 'linear memory never shrinks: it is the peak of live heap plus the gaps between blocks; the heap counts are the allocator\'s (the bench build counts every allocation)',
      note: 'preview = file read, vCard parse, form checks, duplicate check against the 10,000 stored contacts, preview shown; write = one transaction of the new and updated contacts plus the reminder plan, until the page reports it; the throughput ratio is contacts written per ms over the plain bulk put\'s contacts per ms',
      longest_task: {
        note: 'main-thread tasks over 50 ms (PerformanceObserver, type longtask, installed in the page just before the file is chosen, once the page has finished its own start-up work) during the import, by the phase each ended in; longest_task_ms is the median over the runs of each run\'s longest task (0: none over 50 ms), long_tasks the median count; full CPU speed',
        longest_task_ms: round(importFigures.longestOverall),
        preview: { longest_task_ms: round(importFigures.longest('preview_tasks')), long_tasks: median(f.importRuns.map((r) => r.preview_tasks.long_tasks)) },
        write: { longest_task_ms: round(importFigures.longest('write_tasks')), long_tasks: median(f.importRuns.map((r) => r.write_tasks.long_tasks)) },
        runs: f.importRuns.map((r) => ({
          preview: { longest_task_ms: round(r.preview_tasks.longest_task_ms), long_tasks: r.preview_tasks.long_tasks },
          write: { longest_task_ms: round(r.write_tasks.longest_task_ms), long_tasks: r.write_tasks.long_tasks },
        })),
      },
    },
    downline_rollup_per_month_ms: f.rollupMonths && {
      note: 'PV, GV (six levels), legs, active legs, sponsored actives and the qualified rank of every member of the benchmark set under the unilevel preset, 12 months x runs',
      ...spread(f.rollupMonths, 2),
    },
    team_tree: f.treeRuns && {
      note: 'first render: a link click to the team page until its rows are laid out (plan, tree, names and the month\'s figures and ranks computed); opening: a tap on the node with the most members until they are laid out, then closed again',
      first_render_ms: round(median(f.treeRuns)),
      runs_first_render: rounded(f.treeRuns),
      rows_in_page: f.treeRows,
      widest_node_children: f.widest.children,
      open_widest_node_ms: round(median(f.widest.times)),
      runs_open_widest_node: rounded(f.widest.times),
    },
    duplicate_review: f.reviewRuns && {
      ms: round(median(f.reviewRuns)),
      runs: rounded(f.reviewRuns),
      shown: f.reviewCount,
    },
    cold_first_visit: f.coldRuns && {
      note: `a fresh browser profile loads the app from the server (dist/, as users get it; the server sends the pre-compressed files the browser accepts) with Chromium's emulation through CDP of 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip and ${CPU_SLOWDOWN}x CPU slowdown, until the first-run screen is usable: #owner-name in the page and html[data-ready]; ms is from navigation start (performance.now() in the page), wall_clock_from_goto_ms from Playwright's goto until its waits returned; median of ${f.coldRuns.length} runs, each in a new profile. Chromium applies this emulation to the page's requests only: the service worker the page registers downloads the whole build beside it at full speed (server_requests_until_usable counts its requests too; service_worker_ready_after_usable_ms: how long after usable it had stored the build); shared_link below has it compete for the link`,
      ms: round(coldMs),
      runs: f.coldRuns.map((r) => round(r.ms)),
      wall_clock_from_goto_ms: f.coldRuns.map((r) => r.wall_clock_from_goto_ms),
      transferred_bytes_until_usable: f.coldRuns[0].transferred_bytes_until_usable,
      page_files_until_usable: f.coldRuns[0].page_files_until_usable,
      content_encodings: f.coldRuns[0].encodings,
      server_requests_until_usable: f.coldRuns.map((r) => r.server_requests_until_usable),
      service_worker_ready_after_usable_ms: f.coldRuns.map((r) => r.service_worker_ready_after_usable_ms),
      shared_link: f.coldSharedRuns && {
        note: 'the same, but the 1.6 Mbit/s and 150 ms are a link between browser and server (bench/slow-link.mjs: each response starts 150 ms after its request, bodies share the bandwidth equally) instead of Chromium\'s emulation, so the service worker\'s download of the whole build, which starts while the page still loads its wasm, competes with the page as on a real slow link; CPU 4x through CDP as above. Not judged by a target',
        ms: round(median(f.coldSharedRuns.map((r) => r.ms))),
        runs: f.coldSharedRuns.map((r) => round(r.ms)),
        wall_clock_from_goto_ms: f.coldSharedRuns.map((r) => r.wall_clock_from_goto_ms),
        server_requests_until_usable: f.coldSharedRuns.map((r) => r.server_requests_until_usable),
        service_worker_ready_after_usable_ms: f.coldSharedRuns.map((r) => r.service_worker_ready_after_usable_ms),
      },
    },
    warm_start: f.warm && {
      note: `the installed app (dist-bench; a service worker controls the page and has stored the build) with the benchmark data set: a new page load of /contacts at ${CPU_SLOWDOWN}x CPU until a .contact-row is in the page and html[data-ready], from navigation start (performance.now() in the page); no network emulation (nothing is fetched from the server); every run in the same profile`,
      ms: round(warmMs),
      runs: rounded(f.warm.runs),
      contacts: f.warm.contacts,
      served_by_service_worker: f.warm.fromServiceWorker,
      server_requests_during_runs: f.warm.serverRequests,
    },
    lazy_pages_first_open: f.lazy && {
      note: `each lazily loaded page (src/ui/lazy_pages.rs) opened the first time in a page load: /contacts loaded anew (the page's area not loaded), let become idle at full speed, then at ${CPU_SLOWDOWN}x CPU an in-app link click to the page until its content (shown) is in the page and laid out; long pages build their lower cards a frame after the first screen (src/ui/after_first_paint.rs), and for them whole_page_*_ms is the time until the last card (whole_page_shown) is there too. online: the service worker bypassed and the HTTP cache emptied before each load, so the area's files come from the server on localhost (no network emulation; files_fetched_online: what the click fetched), as on a first visit. offline: the installed app (the service worker has stored the build) with the browser offline (server_requests_offline should be 0); the app loads every area from the service worker in the background once idle (src/ui/area_preload.rs), and the click comes after that (html[data-areas-loaded]), so this is the page's first rendering with its code compiled. unsplit: the same page opened the same way (offline) in the build without the split (dist-whole/, TEAMLINE_SPLIT=0), where nothing is loaded: the page's rendering alone. contact_list is a page of the start-up module (opened from the dashboard), for comparison; its online and offline figures involve no loading either. Data: the sample data (first-run "try with sample data", seed ${LAZY_SAMPLE_SEED}), small on purpose, so this measures the loading, not the data; dist/. Median of ${f.lazy.team.runs_online.length} runs per page and mode`,
      pages: Object.fromEntries(Object.entries(f.lazy).map(([name, e]) => [name, {
        path: e.path, area: e.area, shown: e.shown, opened_from: e.from,
        online_ms: round(e.online_ms), offline_ms: round(e.offline_ms), unsplit_ms: round(e.unsplit_ms),
        runs_online: rounded(e.runs_online), runs_offline: rounded(e.runs_offline), runs_unsplit: rounded(e.runs_unsplit),
        files_fetched_online: e.files_fetched_online, server_requests_offline: e.server_requests_offline,
        ...(e.whole_page_shown ? {
          whole_page_shown: e.whole_page_shown,
          whole_page_online_ms: round(e.whole_page_online_ms), whole_page_offline_ms: round(e.whole_page_offline_ms), whole_page_unsplit_ms: round(e.whole_page_unsplit_ms),
        } : {}),
      }])),
      max_online_ms: round(lazyMax('online')),
      max_offline_ms: round(lazyMax('offline')),
      max_unsplit_ms: round(lazyMax('unsplit')),
    },
    lead_scoring: f.leadScoring && {
      note: `on the benchmark data set (dist-bench): training both lead models on the stored leads (every lead's facts from its contact's records, then the penalised fit per kind; src/app/lead_scores.rs) and scoring the open leads, in the page (performance.now() around the call); the sales board (board_leads on it; each column shows its 25 best cards at first, board_cards_shown) opened by a link click from the contact list until its cards are in the page and laid out (board_ms) and until the first scores show on them (board_scored_ms: the models train in a task after the page's, so the board never waits for them); moving the first card one stage with its menu until the move is announced (the change written and the board updated), and back. Model quality: the sample generator's leads (src/domain/leads/model_quality.rs), trained on one sample's closed leads of a kind (all of them, then 0, 10 and 30) and judged on another sample's (seeds 11 and 12). Full CPU speed`,
      closed_leads: f.leadScoring.closed,
      open_leads: f.leadScoring.open,
      train_ms: round(median(f.leadScoring.train_ms)),
      runs_train: rounded(f.leadScoring.train_ms),
      score_open_ms: round(median(f.leadScoring.score_ms), 2),
      board_leads: f.boardLeads,
      board_cards_shown: f.boardCards,
      board_ms: round(median(f.boardRuns.map((r) => r.cardsMs))),
      board_scored_ms: round(median(f.boardRuns.map((r) => r.scoredMs))),
      runs_board: rounded(f.boardRuns.map((r) => r.cardsMs)),
      move_card_ms: round(median(f.moveRuns)),
      runs_move_card: rounded(f.moveRuns),
      model_quality: f.leadQuality,
    },
    campaigns: f.campaigns && {
      note: `on the benchmark data set (dist-bench), in the page (performance.now() around the call; src/bench.rs bench_campaigns): what the segments read of every contact gathered once (gather_ms: roles, tags, last contact and order, leads with their bands from the kept or trained models, team activity; src/app/campaign_audience.rs), then seven segments, single conditions and and/or combinations, each evaluated over all contacts (segment_ms: the slowest segment's median); then a running service campaign with 2,000 recipients written and its send queue built (queue_ms: each recipient's progress from their touches, the guard asked, the message written out with the link). Full CPU speed`,
      contacts: f.campaigns.contacts,
      gather_ms: round(f.campaigns.gather_ms),
      segment_ms: round(Math.max(...f.campaigns.segment_ms.map(median)), 2),
      runs_segment: f.campaigns.segment_ms.map(rounded),
      matched: f.campaigns.matched.filter((_, i) => i % f.campaigns.segment_ms[0].length === 0),
      recipients: f.campaigns.recipients,
      due: f.campaigns.due,
      queue_ms: round(median(f.campaigns.queue_ms)),
      runs_queue: rounded(f.campaigns.queue_ms),
    },
    backup: f.backup && {
      note: `on the benchmark data set (dist-bench), in the page, paced as the page paces it (src/ui/page_pace.rs: slices of 40 ms, the page's turn in between; performance.now() around the calls; src/bench.rs bench_backup): export_ms: every record read into the file's sections (src/store/backup_values.rs) and packed (postcard, zlib level 6 in slices; src/io/backup_file.rs); check_ms: the file unpacked and every chunk decoded through the database's loading code; restore_ms: check and the write of everything into an emptied IndexedDB database of its own, in one transaction; merge_ms: the same backup merged into that database again, every record compared and none changed; merge_new_ms: merged into that database emptied, every record added in one transaction and its reminders planned. file_bytes: the backup file; unpacked_bytes: the sections it holds. longest_task_ms: per phase, the longest main-thread task over 50 ms (PerformanceObserver, type longtask; 0: none) over all runs. Full CPU speed`,
      records: f.backup.records,
      file_bytes: f.backup.file_bytes,
      unpacked_bytes: f.backup.unpacked_bytes,
      export_ms: round(median(f.backup.export_ms)),
      runs_export: rounded(f.backup.export_ms),
      check_ms: round(median(f.backup.check_ms)),
      restore_ms: round(median(f.backup.restore_ms)),
      runs_restore: rounded(f.backup.restore_ms),
      merge_ms: f.backup.merge_ms && round(median(f.backup.merge_ms)),
      merge_new_ms: f.backup.merge_new_ms && round(median(f.backup.merge_new_ms)),
      longest_task_ms: f.backup.longest_task_ms && Object.fromEntries(Object.entries(f.backup.longest_task_ms).map(([k, v]) => [k, round(v)])),
    },
    targets: {
      backup_export_at_most_1000_ms: f.backup && median(f.backup.export_ms) <= 1000,
      backup_restore_into_empty_at_most_3000_ms: f.backup && median(f.backup.restore_ms) <= 3000,
      longest_task_during_backup_restore_and_merge_at_most_100_ms: f.backup && f.backup.longest_task_ms && Math.max(...Object.values(f.backup.longest_task_ms)) <= 100,
      segment_over_10000_contacts_at_most_20_ms: f.campaigns && Math.max(...f.campaigns.segment_ms.map(median)) <= 20,
      send_queue_2000_recipients_at_most_50_ms: f.campaigns && median(f.campaigns.queue_ms) <= 50,
      lead_training_at_most_50_ms: f.leadScoring && median(f.leadScoring.train_ms) <= 50,
      lead_scoring_at_most_5_ms: f.leadScoring && median(f.leadScoring.score_ms) <= 5,
      lead_board_at_most_100_ms: f.boardRuns && median(f.boardRuns.map((r) => r.cardsMs)) <= 100,
      lead_move_at_most_50_ms: f.moveRuns && median(f.moveRuns) <= 50,
      import_10000_vcards_at_most_2000_ms: importFigures && importFigures.importTotal <= 2000,
      duplicate_review_at_most_1000_ms: f.reviewRuns && median(f.reviewRuns) <= 1000,
      downline_rollup_per_month_at_most_5_ms: f.rollupMonths && median(f.rollupMonths) <= 5,
      tree_first_render_at_most_100_ms: f.treeRuns && median(f.treeRuns) <= 100,
      open_node_with_500_children_at_most_50_ms: f.widest && f.widest.children >= 500 && median(f.widest.times) <= 50,
      search_keystroke_p95_at_most_16_ms: f.keystrokes && percentile(f.keystrokes, 95) <= 16,
      open_contact_with_200_entries_at_most_50_ms: f.openRuns && median(f.openRuns) <= 50,
      scroll_without_dropped_frames_median_of_3_passes: f.scroll && f.scroll.dropped === 0,
      assets_gzip_at_most_400_kb: f.sizes && f.sizes.total <= 400 * 1024,
      time_to_interactive_with_data_at_most_1000_ms: f.loadedRuns && median(f.loadedRuns.map((x) => x.ms)) <= 1000,
      contacts_write_ratio_at_least_1: f.ours && median(f.plain) / median(f.ours) >= 1,
      wasm_memory_at_most_64_mib: f.memory && f.memory <= 64 * MIB,
      wasm_memory_after_import_at_most_64_mib: f.memoryAfterImport && f.memoryAfterImport <= 64 * MIB,
      longest_task_during_import_at_most_100_ms: importFigures && importFigures.longestOverall <= 100,
      start_up_gzip_at_most_350_kb: f.startUp && f.startUp.gzip <= 350 * 1024,
      cold_first_visit_at_most_3000_ms: f.coldRuns && coldMs <= 3000,
      warm_start_at_most_1500_ms: f.warm && warmMs <= 1500,
      lazy_page_first_open_at_most_150_ms: f.lazy && Math.max(lazyMax('online'), lazyMax('offline')) <= 150,
      lazy_page_first_open_online_at_most_150_ms: f.lazy && lazyMax('online') <= 150,
      lazy_page_first_open_offline_at_most_150_ms: f.lazy && lazyMax('offline') <= 150,
    },
  };
}
