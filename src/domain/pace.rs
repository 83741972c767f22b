//! Long work (reading a big file, checking it against every stored contact, writing it)
//! hands the page back now and then, so that the page can paint its progress and answer
//! a tap. The work tells its [`Pace`] how far it is after each item; the pace decides
//! when to pause. Natively and in tests nothing pauses ([`Unpaced`]).

use futures::FutureExt;
use std::future::Future;
use std::pin::Pin;

/// The steps of long work, in the order an import goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkStep {
    /// Reading a file's cards or rows.
    Reading,
    /// Checking each row and comparing it with the stored records.
    Checking,
    /// Looking for contacts that are likely the same person.
    Comparing,
    /// Gathering every record into a file and packing it.
    Packing,
    /// Unpacking a file and reading every record in it.
    Unpacking,
    /// Bringing a file's records together with the stored ones.
    Merging,
    /// Writing records to storage.
    Writing,
}

/// How far long work is: `done` of `total` items of one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub step: WorkStep,
    pub done: usize,
    pub total: usize,
}

pub trait Pace {
    /// Called after each item of long work; returns at once, or after the page had a
    /// turn.
    fn after(&mut self, progress: Progress) -> impl Future<Output = ()>;
}

/// A [`Pace`] behind a pointer, for long code that should exist once in the wasm rather
/// than once per pace.
pub trait DynPace {
    fn after_dyn(&mut self, progress: Progress) -> Pin<Box<dyn Future<Output = ()> + '_>>;
}

impl<P: Pace> DynPace for P {
    fn after_dyn(&mut self, progress: Progress) -> Pin<Box<dyn Future<Output = ()> + '_>> {
        Box::pin(self.after(progress))
    }
}

/// The units a [`PartOf`] counts the whole job in.
pub const WHOLE: usize = 1000;

/// One part of a job made of several, such as gathering the records and then packing
/// them: it tells the whole job's pace how far the job is, in thousandths, so that one bar
/// runs from start to end across the parts instead of starting again with each.
pub struct PartOf<'p> {
    whole: &'p mut dyn DynPace,
    step: WorkStep,
    /// Where this part starts and how much of the whole it is, in thousandths.
    from: usize,
    share: usize,
}

impl<'p> PartOf<'p> {
    pub fn new(whole: &'p mut dyn DynPace, step: WorkStep, from: usize, share: usize) -> Self {
        Self {
            whole,
            step,
            from,
            share,
        }
    }
}

impl Pace for PartOf<'_> {
    async fn after(&mut self, progress: Progress) {
        let done = self.from + self.share * progress.done / progress.total.max(1);
        self.whole
            .after_dyn(Progress {
                step: self.step,
                done: done.min(WHOLE),
                total: WHOLE,
            })
            .await;
    }
}

/// A pace that never pauses: the work runs to its end in one go.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unpaced;

impl Pace for Unpaced {
    async fn after(&mut self, _progress: Progress) {}
}

/// Runs work paced by [`Unpaced`] to its end, for callers that have no event loop.
pub fn unpaced<T>(work: impl Future<Output = T>) -> T {
    work.now_or_never()
        .expect("work whose pace never pauses finishes in one go")
}

/// A pace for tests that remembers every progress it was told of.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct Recorded(pub Vec<Progress>);

#[cfg(test)]
impl Pace for Recorded {
    async fn after(&mut self, progress: Progress) {
        self.0.push(progress);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn count_to(total: usize, pace: &mut impl Pace) -> usize {
        let mut done = 0;
        for _ in 0..total {
            done += 1;
            pace.after(Progress {
                step: WorkStep::Reading,
                done,
                total,
            })
            .await;
        }
        done
    }

    #[test]
    fn unpaced_work_finishes_in_one_go() {
        assert_eq!(unpaced(count_to(3, &mut Unpaced)), 3);
    }

    #[test]
    fn parts_of_a_job_move_one_bar_from_start_to_end() {
        let mut recorded = Recorded::default();
        unpaced(count_to(
            4,
            &mut PartOf::new(&mut recorded, WorkStep::Packing, 0, 400),
        ));
        unpaced(count_to(
            3,
            &mut PartOf::new(&mut recorded, WorkStep::Packing, 400, 600),
        ));
        let done: Vec<_> = recorded.0.iter().map(|p| p.done).collect();
        assert_eq!(done, [100, 200, 300, 400, 600, 800, 1000]);
        assert!(
            recorded
                .0
                .iter()
                .all(|p| p.total == WHOLE && p.step == WorkStep::Packing)
        );
    }

    #[test]
    fn a_pace_hears_of_every_item() {
        let mut recorded = Recorded::default();
        unpaced(count_to(2, &mut recorded));
        let done: Vec<_> = recorded.0.iter().map(|p| (p.done, p.total)).collect();
        assert_eq!(done, [(1, 2), (2, 2)]);
    }
}
