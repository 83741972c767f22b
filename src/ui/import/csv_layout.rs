//! How a CSV file is read, for the user to check and change: delimiter, character set,
//! and what each column holds, with an example value from the file.

use crate::io::charset::Encoding;
use crate::io::contact_file::{CsvLayout, ReadOptions};
use crate::io::csv_import::columns::{Label, Target};
use crate::ui::app_state::tr;
use crate::ui::i18n::Msg;
use crate::ui::labels;
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

/// What a column can be mapped to, in the order the select lists them.
fn choices() -> [(Target, Msg); 17] {
    [
        (Target::Ignore, Msg::TargetIgnore),
        (Target::GivenName, Msg::GivenName),
        (Target::MiddleName, Msg::TargetMiddleName),
        (Target::FamilyName, Msg::FamilyName),
        (Target::FullName, Msg::TargetFullName),
        (phone("mobil"), Msg::TargetMobile),
        (phone("privat"), Msg::TargetHomePhone),
        (phone("geschäftlich"), Msg::TargetWorkPhone),
        (phone(""), Msg::PhonesLabel),
        (Target::Email(Label::Fixed(String::new())), Msg::EmailsLabel),
        (Target::Street, Msg::Street),
        (Target::PostalCode, Msg::PostalCode),
        (Target::City, Msg::City),
        (Target::Country, Msg::CountryLabel),
        (Target::Birthday, Msg::BirthdayLabel),
        (Target::Notes, Msg::NotesLabel),
        (Target::Tags, Msg::TagsLabel),
    ]
}

/// The choice a recognised target falls under (a Google phone whose label comes from
/// another column is a plain phone).
fn choice_of(target: &Target) -> usize {
    let all = choices();
    all.iter()
        .position(|(choice, _)| choice == target)
        .unwrap_or(match target {
            Target::Phone(_) => 8,
            Target::Email(_) => 9,
            _ => 0,
        })
}

#[component]
pub fn CsvLayoutForm(layout: CsvLayout, options: RwSignal<ReadOptions>) -> impl IntoView {
    let set_delimiter = move |ev| {
        if let Some((delimiter, _)) = labels::chosen(&DELIMITERS, &event_target_value(&ev)) {
            options.update(|o| {
                o.csv.delimiter = Some(delimiter);
                o.targets = None;
            });
        }
    };
    let set_encoding = move |ev| {
        if let Some((encoding, _)) = labels::chosen(&ENCODINGS, &event_target_value(&ev)) {
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
            let current = choice_of(&targets[column]);
            let all_targets = targets.clone();
            let set_target = move |ev| {
                let Ok(chosen) = event_target_value(&ev).parse::<usize>() else {
                    return;
                };
                let mut mapped = all_targets.clone();
                if choice_of(&mapped[column]) != chosen {
                    mapped[column] = choices()[chosen].0.clone();
                }
                options.update(|o| o.targets = Some(mapped));
            };
            let id = format!("column-{column}");
            let example = (!example.is_empty()).then(|| example.clone());
            view! {
                <div class="column-map">
                    <label for=id.clone()>{header.clone()}</label>
                    <select id=id on:change=set_target>
                        {choices().into_iter().enumerate().map(|(i, (_, msg))| view! {
                            <option value=i.to_string() selected=i == current>{tr(msg)}</option>
                        }).collect_view()}
                    </select>
                    {example.map(|e| view! { <span class="muted column-map__example">{move || crate::ui::i18n::fill(tr(Msg::ColumnExample)(), &[&e])}</span> })}
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
