//! One contact: quick actions that open the phone's apps (and offer to log what was
//! said on return), details, follow-ups, the timeline, orders, consent, referrals and
//! the person's data rights.

use crate::app::contact_page::{ContactPage, contact_page};
use crate::app::contacts::delete_contact;
use crate::app::open_store::store;
use crate::ui::after_first_paint::{AfterFirstPaint, first_paint};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::contact::consent_card::ConsentCard;
use crate::ui::contact::details_card::DetailsCard;
use crate::ui::contact::follow_ups_card::FollowUpsCard;
use crate::ui::contact::orders_card::OrdersCard;
use crate::ui::contact::privacy_card::PrivacyCard;
use crate::ui::contact::quick_actions_card::QuickActionsCard;
use crate::ui::contact::referrals_card::ReferralsCard;
use crate::ui::contact::timeline_card::TimelineCard;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn ContactDetailPage(id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let view_model = Memo::new(move |_| {
        state.revision.track();
        id.and_then(|id| contact_page(&*store(), id))
    });
    let painted = first_paint();
    move || match view_model.get() {
        None => view! {
            <h1>{tr(Msg::ContactNotFound)}</h1>
            <p><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        }
        .into_any(),
        Some(page) => view! { <ContactView page=page painted=painted/> }.into_any(),
    }
}

#[component]
fn ContactView(page: ContactPage, painted: Signal<bool>) -> impl IntoView {
    let ContactPage {
        contact,
        chain,
        referred,
        timeline,
        orders,
        order_totals,
        open_tasks,
        membership,
    } = page;
    let id = contact.meta.id;
    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <div class="page-heading">
            <h1>{contact.display_name()}</h1>
            <ContactActions id=id membership=membership/>
        </div>
        <p>{contact.roles.iter().map(|&role| view! { <span class="badge badge--first">{tr(value_names::role(role))}</span> }).collect_view()}</p>
        <QuickActionsCard contact=contact.clone()/>
        <DetailsCard contact=contact.clone()/>
        <FollowUpsCard contact_id=id open_tasks=open_tasks/>
        <AfterFirstPaint painted=painted>
            <TimelineCard entries=timeline.clone()/>
            <OrdersCard contact_id=id orders=orders.clone() totals=order_totals/>
            <ConsentCard contact=contact.clone()/>
            <ReferralsCard contact_id=id name=contact.display_name() chain=chain.clone() referred=referred.clone()/>
            <PrivacyCard contact=contact.clone()/>
        </AfterFirstPaint>
    }
}

/// Edit, the contact's place in the team (or making them a member), and delete.
#[component]
fn ContactActions(id: Uuid, membership: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let delete = move |_| {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if let Some(Some((name, undo))) = run(state, delete_contact(&*store, id, &clock)).await
            {
                offer_undo(state, Msg::ContactDeleted, name, undo);
                navigate("/contacts");
            }
        });
    };
    view! {
        <div class="actions actions--tight">
            <a class="button" href=format!("/contacts/{id}/edit") data-testid="edit-contact">{tr(Msg::Edit)}</a>
            {match membership {
                Some(member) => view! { <a class="button" href=format!("/team/{member}") data-testid="show-in-team">{tr(Msg::ShowInTeam)}</a> }.into_any(),
                None => view! { <a class="button" href=format!("/team/new/{id}") data-testid="promote-to-member">{tr(Msg::PromoteToMember)}</a> }.into_any(),
            }}
            <button type="button" class="button" data-testid="delete-contact" on:click=delete>
                {tr(Msg::Delete)}
            </button>
        </div>
    }
}
