//! How a CSV file is read, for the user to check and change: delimiter, character set,
//! and what each column holds, with an example value from the file.

use crate::io::charset::Encoding;
use crate::io::contact_csv::columns::{AddressKind, AddressPart, BirthPart, Label, Target};
use crate::io::contact_file::{CsvLayout, ReadOptions};
use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use crate::ui::value_names;
use leptos::prelude::*;

const DELIMITERS: [(u8, Msg); 3] = [
    (b';', Msg::DelimiterSemicolon),
    (b',', Msg::DelimiterComma),
    (b'\t', Msg::DelimiterTab),
];
const ENCODINGS: [(Encoding, Msg); 2] = [
    (Encoding::Utf8, Msg::EncodingUtf8),
    (Encoding::Windows1252, Msg::EncodingWindows),
];

fn phone(label: &str) -> Target {
    Target::Phone(Label::Fixed(label.to_owned()))
}

fn address(part: AddressPart) -> Target {
    Target::Address(AddressKind::Home, part)
}

/// What a column can be mapped to, in the order the select lists them.
fn choices() -> Vec<(Target, Msg)> {
    vec![
        (Target::NotesWithHeader, Msg::TargetNotesWithHeader),
        (Target::Ignore, Msg::TargetIgnore),
        (Target::GivenName, Msg::GivenName),
        (Target::MiddleName, Msg::TargetMiddleName),
        (Target::FamilyName, Msg::FamilyName),
        (Target::FullName, Msg::TargetFullName),
        (Target::Nickname, Msg::Nickname),
        (Target::Company, Msg::Company),
        (Target::Department, Msg::Department),
        (Target::JobTitle, Msg::JobTitle),
        (phone("mobil"), Msg::TargetMobile),
        (phone("privat"), Msg::TargetHomePhone),
        (phone("geschäftlich"), Msg::TargetWorkPhone),
        (phone(""), Msg::PhonesLabel),
        (Target::Email(Label::Fixed(String::new())), Msg::EmailsLabel),
        (address(AddressPart::Street), Msg::Street),
        (address(AddressPart::Street2), Msg::TargetStreet2),
        (address(AddressPart::PoBox), Msg::PoBox),
        (address(AddressPart::PostalCode), Msg::PostalCode),
        (address(AddressPart::City), Msg::City),
        (address(AddressPart::Region), Msg::Region),
        (address(AddressPart::Country), Msg::CountryLabel),
        (Target::Birthday, Msg::BirthdayLabel),
        (Target::BirthPart(BirthPart::Year), Msg::TargetBirthYear),
        (Target::BirthPart(BirthPart::Month), Msg::TargetBirthMonth),
        (Target::BirthPart(BirthPart::Day), Msg::TargetBirthDay),
        (Target::Notes, Msg::NotesLabel),
        (Target::Tags, Msg::TagsLabel),
    ]
}

/// The choices for a column: the common ones, and first what the file's own layout
/// gave the column where that is none of them (a label column, a business address).
fn choices_for(current: &Target) -> Vec<(Target, Msg)> {
    let mut all = choices();
    if all.iter().any(|(choice, _)| choice == current) {
        return all;
    }
    let own = match current {
        Target::Phone(_) => None,
        Target::Email(_) => None,
        Target::LabelFor(_) | Target::AddressLabel(_) => Some(Msg::TargetLabelColumn),
        Target::Repeats => Some(Msg::TargetRepeats),
        Target::Address(AddressKind::Work, _) => Some(Msg::TargetWorkAddress),
        Target::Address(_, _) => Some(Msg::TargetOtherAddress),
        _ => None,
    };
    if let Some(msg) = own {
        all.insert(0, (current.clone(), msg));
    }
    all
}

/// The choice a target falls under (a Google phone whose label comes from another
/// column is a plain phone).
fn choice_of(all: &[(Target, Msg)], target: &Target) -> usize {
    let plain = |wanted: &Target| all.iter().position(|(choice, _)| choice == wanted);
    plain(target)
        .or_else(|| match target {
            Target::Phone(_) => plain(&phone("")),
            Target::Email(_) => plain(&Target::Email(Label::Fixed(String::new()))),
            _ => None,
        })
        .unwrap_or(0)
}

#[component]
pub fn CsvLayoutForm(layout: CsvLayout, options: RwSignal<ReadOptions>) -> impl IntoView {
    let set_delimiter = move |ev| {
        if let Some((delimiter, _)) = value_names::chosen(&DELIMITERS, &event_target_value(&ev)) {
            options.update(|o| {
                o.csv.delimiter = Some(delimiter);
                o.targets = None;
            });
        }
    };
    let set_encoding = move |ev| {
        if let Some((encoding, _)) = value_names::chosen(&ENCODINGS, &event_target_value(&ev)) {
            options.update(|o| o.csv.encoding = Some(encoding));
        }
    };
    let targets = layout.targets.clone();
    let columns = layout
        .headers
        .iter()
        .zip(&layout.examples)
        .enumerate()
        .map(|(column, (header, example))| {
            let offered = choices_for(&targets[column]);
            let current = choice_of(&offered, &targets[column]);
            let all_targets = targets.clone();
            let offered_targets: Vec<Target> = offered.iter().map(|(t, _)| t.clone()).collect();
            let set_target = move |ev| {
                let Ok(chosen) = event_target_value(&ev).parse::<usize>() else {
                    return;
                };
                let mut mapped = all_targets.clone();
                if chosen != current
                    && let Some(target) = offered_targets.get(chosen)
                {
                    mapped[column] = target.clone();
                }
                options.update(|o| o.targets = Some(mapped));
            };
            let id = format!("column-{column}");
            let example = (!example.is_empty()).then(|| example.clone());
            view! {
                <div class="column-map">
                    <label for=id.clone()>{header.clone()}</label>
                    <select id=id on:change=set_target>
                        {offered.into_iter().enumerate().map(|(i, (_, msg))| view! {
                            <option value=i.to_string() selected=i == current>{tr(msg)}</option>
                        }).collect_view()}
                    </select>
                    {example.map(|e| view! { <span class="muted column-map__example">{move || crate::ui::messages::fill(tr(Msg::ColumnExample)(), &[&e])}</span> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="card" data-testid="csv-layout">
            <h2>{tr(Msg::CsvReading)}</h2>
            {(!layout.recognised).then(|| view! { <p class="field-error" role="alert" data-testid="csv-no-header">{tr(Msg::CsvNoHeader)}</p> })}
            <div class="filters__grid">
                <div>
                    <label for="csv-delimiter">{tr(Msg::CsvDelimiter)}</label>
                    <select id="csv-delimiter" on:change=set_delimiter>
                        {DELIMITERS.into_iter().enumerate().map(|(i, (d, msg))| view! {
                            <option value=i.to_string() selected=d == layout.delimiter>{tr(msg)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="csv-encoding">{tr(Msg::CsvEncoding)}</label>
                    <select id="csv-encoding" on:change=set_encoding>
                        {ENCODINGS.into_iter().enumerate().map(|(i, (e, msg))| view! {
                            <option value=i.to_string() selected=e == layout.encoding>{tr(msg)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <h3>{tr(Msg::CsvColumns)}</h3>
            <div class="column-maps">{columns}</div>
        </section>
    }
}
