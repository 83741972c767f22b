//! Every text the UI shows, in German and English. Components name a [`Msg`]; they never
//! hold text themselves.

use crate::domain::locale::Language;

macro_rules! messages {
    ($($key:ident => $de:expr, $en:expr;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key,)* }

        impl Msg {
            #[cfg(test)]
            pub const ALL: &[Msg] = &[$(Msg::$key,)*];

            pub fn text(self, lang: Language) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Language::De) => $de,
                      (Msg::$key, Language::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppName => "Teamline", "Teamline";
    NavDashboard => "Übersicht", "Dashboard";
    NavContacts => "Kontakte", "Contacts";
    NavLeads => "Chancen", "Leads";
    NavDownline => "Team", "Downline";
    NavCampaigns => "Kampagnen", "Campaigns";
    NavSettings => "Einstellungen", "Settings";
    MainNavigation => "Hauptnavigation", "Main navigation";
    Loading => "Teamline wird geladen …", "Loading Teamline …";

    WelcomeTitle => "Willkommen bei Teamline", "Welcome to Teamline";
    WelcomeIntro => "Dein Kundenbuch und dein Team – auf deinem Gerät, auch ohne Netz. Deine Daten verlassen das Gerät nur, wenn du sie selbst exportierst.",
        "Your customers and your team, on your device, even without signal. Your data leaves the device only when you export it yourself.";
    YourName => "Dein Name", "Your name";
    YourCountry => "Dein Land (für Telefonnummern)", "Your country (for phone numbers)";
    NameRequired => "Bitte gib deinen Namen ein.", "Please enter your name.";
    StartEmpty => "Leer beginnen", "Start empty";
    TrySample => "Mit Beispieldaten ausprobieren", "Try with sample data";
    LoadingSample => "Beispieldaten werden angelegt …", "Creating sample data …";

    DashboardTitle => "Übersicht", "Dashboard";
    Greeting => "Hallo, {}!", "Hello, {}!";
    StatContacts => "Kontakte", "Contacts";
    StatCustomers => "Kundinnen und Kunden", "Customers";
    StatProspects => "Interessenten", "Prospects";
    StatMembers => "Teammitglieder", "Team members";
    StatOpenLeads => "Offene Chancen", "Open leads";
    StatInteractions => "Kontaktverlauf-Einträge", "Logged interactions";
    StatOrders => "Bestellungen", "Orders";
    StatSalesThisMonth => "Umsatz diesen Monat", "Sales this month";
    StatDueTasks => "Fällige Aufgaben", "Tasks due";
    EmptyDashboard => "Noch keine Daten. Lege Kontakte an oder lade Beispieldaten in den Einstellungen.",
        "No data yet. Add contacts, or load sample data in Settings.";

    ContactsTitle => "Kontakte", "Contacts";
    SearchContacts => "Kontakte durchsuchen", "Search contacts";
    ContactCount => "{} Kontakte", "{} contacts";
    SearchCount => "{} von {} Kontakten", "{} of {} contacts";
    NoMatches => "Kein Kontakt passt zu „{}“.", "No contact matches “{}”.";
    NoContacts => "Noch keine Kontakte.", "No contacts yet.";
    ContactListLabel => "Kontaktliste", "Contact list";
    ContactNotFound => "Diesen Kontakt gibt es nicht (mehr).", "This contact does not exist (any more).";
    BackToContacts => "Alle Kontakte", "All contacts";
    QuickActions => "Kontakt aufnehmen", "Get in touch";
    QuickCall => "Anrufen", "Call";
    QuickSms => "SMS", "SMS";
    QuickWhatsApp => "WhatsApp", "WhatsApp";
    QuickEmail => "E-Mail", "Email";
    PhonesLabel => "Telefon", "Phone";
    EmailsLabel => "E-Mail", "Email";
    AddressLabel => "Adresse", "Address";
    BirthdayLabel => "Geburtstag", "Birthday";
    TagsLabel => "Schlagwörter", "Tags";
    SourceLabel => "Quelle", "Source";
    NotesLabel => "Notizen", "Notes";
    ReferralsHeading => "Empfehlungen", "Referrals";
    ReferredByLabel => "Empfohlen von", "Referred by";
    ReferralChainLabel => "Empfehlungskette", "Referral chain";
    HasReferredLabel => "Hat empfohlen", "Has referred";
    NoReferrals => "Keine Empfehlungen erfasst.", "No referrals recorded.";
    RoleCustomer => "Kunde", "Customer";
    RoleProspect => "Interessent", "Prospect";
    RoleRep => "Partner", "Rep";
    RoleHost => "Gastgeber", "Host";
    LeadsTitle => "Chancen", "Leads";
    LeadsComing => "Die Verkaufs- und Gewinnungs-Pipeline mit Bewertung kommt in einem späteren Update.",
        "The sales and recruiting pipeline with scoring comes in a later update.";
    DownlineTitle => "Team", "Downline";
    DownlineComing => "Stammbaum, Volumen und Ränge deines Teams kommen in einem späteren Update.",
        "Your team's genealogy, volumes and ranks come in a later update.";
    CampaignsTitle => "Kampagnen", "Campaigns";
    CampaignsComing => "Kampagnen nach Rolle mit Einwilligungsprüfung kommen in einem späteren Update.",
        "Campaigns by role with a consent check come in a later update.";
    StoredCount => "Gespeichert: {}", "Stored: {}";
    NotFoundTitle => "Seite nicht gefunden", "Page not found";
    BackToDashboard => "Zur Übersicht", "Back to the dashboard";

    SettingsTitle => "Einstellungen", "Settings";
    ProfileHeading => "Profil", "Profile";
    LanguageLabel => "Sprache", "Language";
    LanguageGerman => "Deutsch", "Deutsch";
    LanguageEnglish => "English", "English";
    ThemeLabel => "Erscheinungsbild", "Appearance";
    ThemeSystem => "Wie das System", "Same as system";
    ThemeLight => "Hell", "Light";
    ThemeDark => "Dunkel", "Dark";
    Save => "Speichern", "Save";
    Saved => "Gespeichert.", "Saved.";
    StorageHeading => "Speicher", "Storage";
    StoragePersistent => "Dauerhaft: der Browser löscht die Daten nicht von selbst.",
        "Persistent: the browser will not clear the data on its own.";
    StorageNotPersistent => "Nicht dauerhaft: bei Speichermangel darf der Browser die Daten löschen. Sichere regelmäßig.",
        "Not persistent: the browser may clear the data when space runs low. Back up regularly.";
    StorageUsage => "Belegt: {} von {}", "Used: {} of {}";
    StorageUnknown => "Dieser Browser gibt keine Auskunft über den Speicher.", "This browser does not report storage.";
    DangerHeading => "Alle Daten löschen", "Delete all data";
    DangerExplain => "Löscht alle Kontakte, das Team, Chancen und Einstellungen auf diesem Gerät. Das kann nicht rückgängig gemacht werden. Tippe zur Bestätigung LÖSCHEN ein.",
        "Deletes all contacts, the team, leads and settings on this device. This cannot be undone. Type DELETE to confirm.";
    ConfirmWord => "LÖSCHEN", "DELETE";
    ConfirmLabel => "Bestätigung", "Confirmation";
    DeleteAll => "Alles löschen", "Delete everything";
    SampleHeading => "Beispieldaten", "Sample data";
    SampleExplain => "Lädt erfundene Kontakte, ein Team und Aktivitäten, um Teamline auszuprobieren.",
        "Loads made-up contacts, a team and activity to try Teamline.";
    LoadSample => "Beispieldaten laden", "Load sample data";
    SampleLoaded => "Beispieldaten geladen.", "Sample data loaded.";
    CountryLabel => "Land", "Country";

    UpdateReady => "Eine neue Version von Teamline ist bereit.", "A new version of Teamline is ready.";
    Reload => "Neu laden", "Reload";
    UpgradedElsewhere => "Teamline wurde in einem anderen Tab aktualisiert. Bitte lade diese Seite neu, damit nichts verloren geht.",
        "Teamline was updated in another tab. Please reload this page so that nothing is lost.";
    ErrorQuota => "Der Speicher des Geräts ist voll. Es wurde nichts geändert. Gib Speicher frei und versuche es erneut.",
        "The device's storage is full. Nothing was changed. Free up space and try again.";
    ErrorBlocked => "Ein anderer Tab mit einer älteren Version von Teamline ist noch offen. Schließe ihn, dann geht es weiter.",
        "Another tab with an older version of Teamline is still open. Close it to continue.";
    ErrorUnavailable => "Dieser Browser erlaubt keinen lokalen Speicher (z. B. im privaten Modus). Teamline braucht ihn, um deine Daten zu speichern.",
        "This browser does not allow local storage (for example in private mode). Teamline needs it to keep your data.";
    ErrorUnreadable => "Gespeicherte Daten ({}) können nicht gelesen werden. Es wurde nichts überschrieben.",
        "Stored data ({}) cannot be read. Nothing was overwritten.";
    ErrorFailed => "Speichern fehlgeschlagen: {}. Es wurde nichts geändert.", "Saving failed: {}. Nothing was changed.";
    ErrorChangedElsewhere => "Die Daten wurden gerade in einem anderen Tab geändert. Es wurde nichts gespeichert; bitte versuche es noch einmal.",
        "The data was just changed in another tab. Nothing was saved; please try again.";
    Dismiss => "Schließen", "Dismiss";
}

/// Fills each `{}` of a message with the next argument.
pub fn fill(text: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut args = args.iter();
    let mut parts = text.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str(args.next().copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for &msg in Msg::ALL {
            for lang in Language::ALL {
                assert!(
                    !msg.text(lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
            let holes = |l| msg.text(l).matches("{}").count();
            assert_eq!(
                holes(Language::De),
                holes(Language::En),
                "{msg:?} has different placeholders"
            );
        }
    }

    #[test]
    fn fill_puts_arguments_in_order() {
        assert_eq!(
            fill("Belegt: {} von {}", &["1 MB", "2 GB"]),
            "Belegt: 1 MB von 2 GB"
        );
        assert_eq!(fill("Hallo!", &["x"]), "Hallo!");
    }
}
