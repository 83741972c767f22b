//! Ending a membership (left the company, on a day) or deleting a member entered by
//! mistake, each with undo. A deleted member's own team moves up to their sponsor.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::locale::iso_date::{format_date, parse_date};
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::member_exit::ExitProblem;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::team::team_data::root_member;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Asking {
    Nothing,
    EndDate,
    ConfirmDelete,
}

fn problem_text(problem: ExitProblem) -> Msg {
    match problem {
        ExitProblem::DateInFuture => Msg::ProblemDateFuture,
        ExitProblem::BeforeJoining => Msg::ProblemLeftBeforeJoining,
        ExitProblem::IsTheRep => Msg::ProblemIsTheRep,
    }
}

#[component]
pub fn MemberExitCard(member: Member, name: Signal<String>) -> impl IntoView {
    let state = app_state();
    let root = root_member(state);
    if member.meta.id == root {
        return ().into_any();
    }
    let asking = RwSignal::new(Asking::Nothing);
    let left_on = RwSignal::new(format_date(local_clock().today()));
    let problem = RwSignal::new(None::<Msg>);
    let member = StoredValue::new(member);

    let end = move || {
        let Some(day) = parse_date(left_on.get_untracked().trim()) else {
            problem.set(Some(Msg::ProblemDateMissing));
            return;
        };
        let id = member.with_value(|m| m.meta.id);
        // The name as it is now: once the command ran, the team shows it differently.
        let subject = name.get_untracked();
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let ended = team::end_membership(&*store, id, day, root, &clock);
            match run(state, ended).await {
                Some(Ok(undo)) => {
                    offer_undo(state, Msg::MemberEnded, subject, undo);
                    asking.set(Asking::Nothing);
                }
                Some(Err(found)) => problem.set(Some(problem_text(found))),
                None => {}
            }
        });
    };
    let delete = move || {
        let id = member.with_value(|m| m.meta.id);
        let subject = name.get_untracked();
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let deleted = team::delete_member(&*store, id, root, &clock);
            if let Some(Ok(undo)) = run(state, deleted).await {
                offer_undo(state, Msg::MemberDeleted, subject, undo);
                navigate("/team");
            }
        });
    };
    let ended_on = member.with_value(|m| {
        (m.status == MemberStatus::Terminated)
            .then_some(m.left_on)
            .flatten()
    });

    view! {
        <section class="card" data-testid="member-exit">
            <h2>{tr(Msg::MembershipHeading)}</h2>
            {ended_on.map(|day| view! {
                <p data-testid="member-left">{move || state.t_with(Msg::LeftOn, &[&state.lang.get().format_date(day)])}</p>
            })}
            <div class="actions">
                {ended_on.is_none().then(|| view! {
                    <button type="button" class="button" data-testid="end-membership"
                        on:click=move |_| { problem.set(None); asking.set(Asking::EndDate); }>{tr(Msg::EndMembership)}</button>
                })}
                <button type="button" class="button" data-testid="delete-member"
                    on:click=move |_| asking.set(Asking::ConfirmDelete)>{tr(Msg::DeleteMember)}</button>
            </div>
            {move || match asking.get() {
                Asking::Nothing => ().into_any(),
                Asking::EndDate => view! {
                    <form class="form" data-testid="end-membership-form" on:submit=move |ev| { ev.prevent_default(); end(); }>
                        <label for="member-left-on">{tr(Msg::LeftOnLabel)}</label>
                        <input id="member-left-on" type="date" aria-describedby="member-left-on-error"
                            aria-invalid=move || problem.get().is_some().to_string()
                            prop:value=move || left_on.get()
                            on:input=move |ev| { left_on.set(event_target_value(&ev)); problem.set(None); }/>
                        <p id="member-left-on-error" class="field-error" aria-live="polite">{move || problem.get().map(|m| state.t(m))}</p>
                        <div class="actions">
                            <button type="submit" class="button button--primary" data-testid="confirm-end-membership">{tr(Msg::EndMembership)}</button>
                            <button type="button" class="button" on:click=move |_| asking.set(Asking::Nothing)>{tr(Msg::Cancel)}</button>
                        </div>
                    </form>
                }.into_any(),
                Asking::ConfirmDelete => view! {
                    <div class="notice notice--warning" role="alert">
                        <span>{move || state.t_with(Msg::DeleteMemberConfirm, &[&name.get()])}</span>
                        <div class="actions">
                            <button type="button" class="button button--danger" data-testid="confirm-delete-member"
                                on:click=move |_| delete()>{tr(Msg::DeleteMember)}</button>
                            <button type="button" class="button" on:click=move |_| asking.set(Asking::Nothing)>{tr(Msg::Cancel)}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}
