//! Writing contacts into a file another program reads: vCard 3.0 or 4.0, or CSV for most
//! programs or for German Excel. Pure work on contacts already read
//! ([`crate::app::contacts::for_export`]), which the pages load only when asked for.

use crate::domain::contacts::contact::Contact;
use crate::io::csv_export::{CsvStyle, contacts_to_csv};
use crate::io::vcard::write::{Version, contacts_to_vcard};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Vcard(Version),
    Csv(CsvStyle),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExportFile {
    /// Without the dot: "vcf", "csv".
    pub extension: &'static str,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

pub fn export_file(contacts: &[Contact], format: ExportFormat) -> ExportFile {
    match format {
        ExportFormat::Vcard(version) => ExportFile {
            extension: "vcf",
            mime: "text/vcard",
            bytes: contacts_to_vcard(contacts, version).into_bytes(),
        },
        ExportFormat::Csv(style) => ExportFile {
            extension: "csv",
            mime: "text/csv",
            bytes: contacts_to_csv(contacts, style),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::fixed_clock;

    #[test]
    fn each_format_names_its_file_type_and_holds_the_contacts() {
        let anna = Contact::new("Anna", "Lutz", fixed_clock().now);
        let vcard = export_file(
            std::slice::from_ref(&anna),
            ExportFormat::Vcard(Version::V4),
        );
        assert_eq!((vcard.extension, vcard.mime), ("vcf", "text/vcard"));
        let text = String::from_utf8(vcard.bytes).unwrap();
        assert!(text.starts_with("BEGIN:VCARD") && text.contains("VERSION:4.0"));
        assert!(text.contains("Lutz"));
        let csv = export_file(&[anna], ExportFormat::Csv(CsvStyle::GermanExcel));
        assert_eq!((csv.extension, csv.mime), ("csv", "text/csv"));
        assert!(String::from_utf8_lossy(&csv.bytes).contains("Anna"));
    }
}
