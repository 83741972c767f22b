//! One contact: quick actions that open the phone's apps, the stored details, and the
//! referral chain upward and the people this contact referred.

use crate::domain::contact::Contact;
use crate::domain::phone;
use crate::domain::quick_actions;
use crate::domain::referral::Referrals;
use crate::ui::app_state::app_state;
use crate::ui::i18n::Msg;
use crate::ui::pages::contacts::role_label;
use crate::ui::store_handle::store;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

#[derive(Clone, PartialEq)]
struct ContactView {
    contact: Contact,
    /// Who referred this contact, and who referred them, nearest first.
    chain: Vec<(Uuid, String)>,
    referred: Vec<(Uuid, String)>,
}

fn contact_view(id: Uuid) -> Option<ContactView> {
    store().read(|all| {
        let contact = all.contacts.get(&id)?.clone();
        let name = |id: &Uuid| all.contacts.get(id).map(|c| (*id, c.display_name()));
        let referrals = Referrals::new(
            all.contacts
                .iter()
                .filter_map(|c| c.referred_by.map(|r| (c.meta.id, r))),
        );
        let chain = referrals.chain_up(id).iter().filter_map(name).collect();
        let mut referred: Vec<_> = referrals.referred_by(id).iter().filter_map(name).collect();
        referred.sort_by(|a, b| a.1.cmp(&b.1));
        Some(ContactView {
            contact,
            chain,
            referred,
        })
    })
}

fn contact_links(people: Vec<(Uuid, String)>) -> impl IntoView {
    people
        .into_iter()
        .map(|(id, name)| view! { <li><A href=format!("/contacts/{id}")>{name}</A></li> })
        .collect_view()
}

#[component]
pub fn ContactDetailPage() -> impl IntoView {
    let state = app_state();
    let params = use_params_map();
    let view_model = Memo::new(move |_| {
        state.revision.track();
        params
            .with(|p| p.get("id"))
            .and_then(|id| Uuid::parse_str(&id).ok())
            .and_then(contact_view)
    });
    let field = move |label: Msg, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{move || state.t(label)}</dt><dd>{value}</dd> })
    };

    move || match view_model.get() {
        None => view! {
            <h1>{move || state.t(Msg::ContactNotFound)}</h1>
            <p><A href="/contacts">{move || state.t(Msg::BackToContacts)}</A></p>
        }
        .into_any(),
        Some(ContactView {
            contact,
            chain,
            referred,
        }) => {
            let phone = contact.phones.first().map(|p| p.value.clone());
            let email = contact.emails.first().map(|e| e.value.clone());
            let lang = state.lang.get_untracked();
            let address = contact
                .address
                .as_ref()
                .map(|a| format!("{}, {} {}", a.street, a.postal_code, a.city))
                .unwrap_or_default();
            let birthday = contact
                .birthday
                .map(|b| lang.format_date(b))
                .unwrap_or_default();
            let chain_heading = if chain.len() == 1 {
                Msg::ReferredByLabel
            } else {
                Msg::ReferralChainLabel
            };
            view! {
                <p class="back"><A href="/contacts">{move || state.t(Msg::BackToContacts)}</A></p>
                <h1>{contact.display_name()}</h1>
                <p>{contact.roles.iter().map(|&role| view! { <span class="badge badge--first">{move || state.t(role_label(role))}</span> }).collect_view()}</p>
                <section class="card" aria-labelledby="quick-heading">
                    <h2 id="quick-heading">{move || state.t(Msg::QuickActions)}</h2>
                    <div class="actions actions--tight">
                        {phone.map(|p| view! {
                            <a class="button" data-action="call" href=quick_actions::call(&p)>{move || state.t(Msg::QuickCall)}</a>
                            <a class="button" data-action="sms" href=quick_actions::sms(&p)>{move || state.t(Msg::QuickSms)}</a>
                            <a class="button" data-action="whatsapp" href=quick_actions::whatsapp(&p) target="_blank" rel="noopener">
                                {move || state.t(Msg::QuickWhatsApp)}
                            </a>
                        })}
                        {email.map(|e| view! {
                            <a class="button" data-action="email" href=quick_actions::email(&e)>{move || state.t(Msg::QuickEmail)}</a>
                        })}
                    </div>
                </section>
                <section class="card">
                    <dl class="details">
                        {field(Msg::PhonesLabel, contact.phones.iter().map(|p| format!("{} ({})", phone::display(&p.value), p.label)).collect::<Vec<_>>().join(", "))}
                        {field(Msg::EmailsLabel, contact.emails.iter().map(|e| e.value.clone()).collect::<Vec<_>>().join(", "))}
                        {field(Msg::AddressLabel, address)}
                        {field(Msg::BirthdayLabel, birthday)}
                        {field(Msg::TagsLabel, contact.tags.join(", "))}
                        {field(Msg::SourceLabel, contact.source.clone().unwrap_or_default())}
                        {field(Msg::NotesLabel, contact.notes.clone())}
                    </dl>
                </section>
                <section class="card" aria-labelledby="referrals-heading">
                    <h2 id="referrals-heading">{move || state.t(Msg::ReferralsHeading)}</h2>
                    {(chain.is_empty() && referred.is_empty()).then(|| view! { <p class="muted">{move || state.t(Msg::NoReferrals)}</p> })}
                    {(!chain.is_empty()).then(|| view! {
                        <h3>{move || state.t(chain_heading)}</h3>
                        <ol class="link-list" data-testid="referral-chain">{contact_links(chain.clone())}</ol>
                    })}
                    {(!referred.is_empty()).then(|| view! {
                        <h3>{move || state.t(Msg::HasReferredLabel)}</h3>
                        <ul class="link-list" data-testid="referred">{contact_links(referred.clone())}</ul>
                    })}
                </section>
            }
            .into_any()
        }
    }
}
