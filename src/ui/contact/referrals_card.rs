//! Who referred a contact (and who referred them, up the chain), and whom they referred.

use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
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
pub fn ReferralsCard(chain: Vec<(Uuid, String)>, referred: Vec<(Uuid, String)>) -> impl IntoView {
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
        </section>
    }
}
