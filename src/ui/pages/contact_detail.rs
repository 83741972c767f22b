//! One contact: quick actions that open the phone's apps (and offer to log what was
//! said on return), details, follow-ups, the timeline, orders, consent, referrals and
//! the person's data rights.

use crate::app::contact_page::{ContactPage, contact_page};
use crate::app::contacts::delete_contact;
use crate::app::open_store::store;
use crate::domain::contacts::interaction::InteractionKind;
use crate::domain::contacts::quick_actions;
use crate::ui::app_state::{PendingLog, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::contact::consent_card::ConsentCard;
use crate::ui::contact::contact_facts::{reach_lines, who_lines};
use crate::ui::contact::follow_up_form::FollowUpForm;
use crate::ui::contact::interaction_form::InteractionForm;
use crate::ui::contact::orders_card::OrdersCard;
use crate::ui::contact::privacy_card::PrivacyCard;
use crate::ui::contact::timeline_card::TimelineCard;
use crate::ui::messages::{Counted, Msg};
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::task_row::TaskRow;
use crate::ui::value_names;
use chrono::Utc;
use leptos::prelude::*;
use uuid::Uuid;

fn contact_links(people: Vec<(Uuid, String)>) -> impl IntoView {
    people
        .into_iter()
        .map(|(id, name)| view! { <li><a href=format!("/contacts/{id}")>{name}</a></li> })
        .collect_view()
}

#[component]
pub fn ContactDetailPage(id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let view_model = Memo::new(move |_| {
        state.revision.track();
        id.and_then(|id| contact_page(&*store(), id))
    });
    move || match view_model.get() {
        None => view! {
            <h1>{tr(Msg::ContactNotFound)}</h1>
            <p><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        }
        .into_any(),
        Some(page) => view! { <ContactView page=page/> }.into_any(),
    }
}

#[component]
fn ContactView(page: ContactPage) -> impl IntoView {
    let state = app_state();
    let ContactPage {
        contact,
        chain,
        referred,
        timeline,
        orders,
        open_tasks,
        membership,
    } = page;
    let id = contact.meta.id;
    let name = contact.display_name();
    let lang = state.lang.get_untracked();

    let delete = move || {
        spawn(async move {
            let clock = local_clock();
            if let Some(Some((name, undo))) =
                run(state, delete_contact(&*store(), id, &clock)).await
            {
                offer_undo(state, Msg::ContactDeleted, name, undo);
                navigate("/contacts");
            }
        });
    };

    let quick = move |kind: InteractionKind| {
        move |_| {
            state.pending_log.set(Some(PendingLog {
                contact_id: id,
                kind,
                at: Utc::now(),
            }))
        }
    };
    let phone_number = contact.phones.first().map(|p| p.value.clone());
    let email = contact.emails.first().map(|e| e.value.clone());
    let pending_name = name.clone();
    let pending = move || {
        state
            .pending_log
            .get()
            .filter(|p| p.contact_id == id)
            .map(|p| {
                let heading = state.t_with(
                    Msg::LogPrompt,
                    &[
                        state.t(value_names::interaction_kind(p.kind)),
                        &pending_name,
                    ],
                );
                view! {
                    <section class="card card--prompt" data-testid="log-prompt">
                        <InteractionForm contact_id=id kind=p.kind at=p.at heading=heading
                            on_done=Callback::new(move |_| state.pending_log.set(None))/>
                    </section>
                }
            })
    };
    let logging = RwSignal::new(false);
    let home = state.home_country();
    let reach = reach_lines(&contact, lang, home.as_deref());
    let who = who_lines(&contact);
    let birthday = contact
        .birthday
        .map(|b| lang.format_birthday(b))
        .unwrap_or_default();
    let rhythm = contact
        .stay_in_touch_days
        .map(|days| state.count(Counted::EveryDays, usize::from(days)))
        .unwrap_or_default();
    let field = move |label: Msg, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{tr(label)}</dt><dd>{value}</dd> })
    };
    let chain_heading = if chain.len() == 1 {
        Msg::ReferredByLabel
    } else {
        Msg::ReferralChainLabel
    };
    let no_referrals = chain.is_empty() && referred.is_empty();

    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <div class="page-heading">
            <h1>{name.clone()}</h1>
            <div class="actions actions--tight">
                <a class="button" href=format!("/contacts/{id}/edit") data-testid="edit-contact">{tr(Msg::Edit)}</a>
                {match membership {
                    Some(member) => view! { <a class="button" href=format!("/team/{member}") data-testid="show-in-team">{tr(Msg::ShowInTeam)}</a> }.into_any(),
                    None => view! { <a class="button" href=format!("/team/new/{id}") data-testid="promote-to-member">{tr(Msg::PromoteToMember)}</a> }.into_any(),
                }}
                <button type="button" class="button" data-testid="delete-contact" on:click=move |_| { delete(); }>
                    {tr(Msg::Delete)}
                </button>
            </div>
        </div>
        <p>{contact.roles.iter().map(|&role| view! { <span class="badge badge--first">{tr(value_names::role(role))}</span> }).collect_view()}</p>
        {pending}
        <section class="card" aria-labelledby="quick-heading">
            <h2 id="quick-heading">{tr(Msg::QuickActions)}</h2>
            <div class="actions actions--tight">
                {phone_number.map(|p| view! {
                    <a class="button" data-action="call" href=quick_actions::call(&p) on:click=quick(InteractionKind::Call)>{tr(Msg::QuickCall)}</a>
                    <a class="button" data-action="sms" href=quick_actions::sms(&p) on:click=quick(InteractionKind::Sms)>{tr(Msg::QuickSms)}</a>
                    <a class="button" data-action="whatsapp" href=quick_actions::whatsapp(&p) target="_blank" rel="noopener"
                        on:click=quick(InteractionKind::WhatsApp)>{tr(Msg::QuickWhatsApp)}</a>
                })}
                {email.map(|e| view! {
                    <a class="button" data-action="email" href=quick_actions::email(&e) on:click=quick(InteractionKind::Email)>{tr(Msg::QuickEmail)}</a>
                })}
                <button type="button" class="button" data-testid="log-interaction" on:click=move |_| logging.update(|l| *l = !*l)>
                    {tr(Msg::LogInteraction)}
                </button>
            </div>
            {move || logging.get().then(|| view! {
                <InteractionForm contact_id=id kind=InteractionKind::Call at=Utc::now()
                    heading=state.t(Msg::LogInteraction).to_owned()
                    on_done=Callback::new(move |_| logging.set(false))/>
            })}
        </section>
        <section class="card">
            <dl class="details">
                {who.into_iter().chain(reach).map(|(label, value)| field(label, value)).collect_view()}
                {field(Msg::BirthdayLabel, birthday)}
                {field(Msg::TagsLabel, contact.tags.join(", "))}
                {field(Msg::SourceLabel, contact.source.clone().unwrap_or_default())}
                {field(Msg::NotesLabel, contact.notes.clone())}
                {field(Msg::StayInTouchLabel, rhythm)}
            </dl>
        </section>
        <section class="card" aria-labelledby="follow-ups-heading">
            <h2 id="follow-ups-heading">{tr(Msg::FollowUpsHeading)}</h2>
            {open_tasks.is_empty().then(|| view! { <p class="muted">{tr(Msg::NoOpenTasks)}</p> })}
            <ul class="task-list" data-testid="contact-tasks">
                {open_tasks.into_iter().map(|task| view! { <TaskRow task=task contact_name=None/> }).collect_view()}
            </ul>
            <FollowUpForm contact_id=Some(id)/>
        </section>
        <TimelineCard entries=timeline/>
        <OrdersCard contact=contact.clone() orders=orders/>
        <ConsentCard contact=contact.clone()/>
        <section class="card" aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">{tr(Msg::ReferralsHeading)}</h2>
            {no_referrals.then(|| view! { <p class="muted">{tr(Msg::NoReferrals)}</p> })}
            {(!chain.is_empty()).then(|| view! {
                <h3>{tr(chain_heading)}</h3>
                <ol class="link-list" data-testid="referral-chain">{contact_links(chain.clone())}</ol>
            })}
            {(!referred.is_empty()).then(|| view! {
                <h3>{tr(Msg::HasReferredLabel)}</h3>
                <ul class="link-list" data-testid="referred">{contact_links(referred.clone())}</ul>
            })}
        </section>
        <PrivacyCard contact=contact/>
    }
}
