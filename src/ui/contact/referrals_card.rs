//! Who referred a contact (and who referred them, up the chain), whom they referred,
//! and the text they can pass on to invite friends.

use crate::app::open_store::store;
use crate::app::referral_invites::invitation_to_pass_on;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::share_text::{can_share, copy_text, share_text};
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

fn contact_links(people: Vec<(Uuid, String)>) -> impl IntoView {
    people
        .into_iter()
        .map(|(id, name)| view! { <li><a href=format!("/contacts/{id}")>{name}</a></li> })
        .collect_view()
}

/// `chain` runs from the referrer up, nearest first.
#[component]
pub fn ReferralsCard(
    contact_id: Uuid,
    name: String,
    chain: Vec<(Uuid, String)>,
    referred: Vec<(Uuid, String)>,
) -> impl IntoView {
    let chain_heading = if chain.len() == 1 {
        Msg::ReferredByLabel
    } else {
        Msg::ReferralChainLabel
    };
    let no_referrals = chain.is_empty() && referred.is_empty();
    view! {
        <section class="card" aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">{tr(Msg::ReferralsHeading)}</h2>
            {no_referrals.then(|| view! { <p class="muted">{tr(Msg::NoReferrals)}</p> })}
            {(!chain.is_empty()).then(|| view! {
                <h3>{tr(chain_heading)}</h3>
                <ol class="link-list" data-testid="referral-chain">{contact_links(chain)}</ol>
            })}
            {(!referred.is_empty()).then(|| view! {
                <h3>{tr(Msg::HasReferredLabel)}</h3>
                <ul class="link-list" data-testid="referred">{contact_links(referred)}</ul>
            })}
            <TellAFriend contact_id=contact_id name=name/>
        </section>
    }
}

/// The invitation, made when the rep opens it: the text, and copying or sharing it.
#[component]
fn TellAFriend(contact_id: Uuid, name: String) -> impl IntoView {
    let state = app_state();
    let open = RwSignal::new(false);
    let invitation = Memo::new(move |_| {
        open.get()
            .then(|| invitation_to_pass_on(&*store(), contact_id, state.lang.get()))
            .flatten()
    });
    let done = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let Some(invite) = invitation.get_untracked() else {
            return;
        };
        spawn(async move {
            let copied = copy_text(&invite.text).await;
            done.set(Some(if copied {
                Msg::TextCopied
            } else {
                Msg::CopyFailed
            }));
        });
    };
    let share = move |_| {
        let Some(invite) = invitation.get_untracked() else {
            return;
        };
        spawn(async move {
            share_text(&invite.text).await;
        });
    };
    view! {
        <details class="tell-a-friend" data-testid="tell-a-friend" on:toggle=move |_| open.set(true)>
            <summary>{tr(Msg::TellAFriend)}</summary>
            {move || invitation.get().map(|invite| {
                let explain = state.t_with(Msg::TellAFriendExplain, &[&name, &invite.code, &name]);
                view! {
                    <p class="muted">{explain}</p>
                    <p class="message-bubble pre-wrap" data-testid="invitation-text">{invite.text}</p>
                    <div class="actions">
                        <button type="button" class="button" data-testid="copy-invitation" on:click=copy>{tr(Msg::CopyText)}</button>
                        {can_share().then(|| view! {
                            <button type="button" class="button" data-testid="share-invitation" on:click=share>{tr(Msg::ShareText)}</button>
                        })}
                    </div>
                    <p role="status" class="muted" data-testid="invitation-copied">{move || done.get().map(|m| state.t(m))}</p>
                }
            })}
        </details>
    }
}
