//! Reports: the rep's own report for their upline, and, for a leader, the reports their
//! reps sent, read in and shown as one team.

use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use crate::ui::team::kept_reports_card::KeptReportsCard;
use crate::ui::team::own_report_card::OwnReportCard;
use crate::ui::team::report_import_card::ReportImportCard;
use leptos::prelude::*;

#[component]
pub fn TeamReportsPage() -> impl IntoView {
    view! {
        <div class="page-heading">
            <h1>{tr(Msg::ReportsTitle)}</h1>
        </div>
        <OwnReportCard/>
        <ReportImportCard/>
        <KeptReportsCard/>
    }
}
