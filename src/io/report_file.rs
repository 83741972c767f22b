//! An upline report as a file: Teamline's envelope of kind `R` whose sections are the
//! report's three kinds of documents, each a postcard list. See `docs/backup-format.md`.

use crate::domain::sync::reported::{RepReport, ReportedMember, ReportedVolume, UplineReport};
use crate::io::backup_file::{Contents, EnvelopeError, FileKind, Section, read_file, write_file};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The version of the report's documents; a newer one is refused.
pub const REPORT_FORMAT: u8 = 1;

const REP: &str = "rep";
const MEMBERS: &str = "members";
const VOLUMES: &str = "volumes";

/// Why a report cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportUnreadable {
    File(EnvelopeError),
    NewerData {
        format: u8,
    },
    /// A section missing or not what its key says, by its key.
    Part {
        part: String,
        problem: String,
    },
}

pub fn write_report(report: &UplineReport) -> Vec<u8> {
    fn section<T: Serialize + ?Sized>(key: &str, value: &T) -> Section {
        Section {
            key: key.to_string(),
            bytes: postcard::to_allocvec(value).unwrap_or_default(),
        }
    }
    let contents = Contents {
        made_at_ms: report.rep.meta.updated_at.timestamp_millis(),
        data_format: REPORT_FORMAT,
        sections: vec![
            section(REP, &report.rep),
            section(MEMBERS, &report.members),
            section(VOLUMES, &report.volumes),
        ],
    };
    write_file(FileKind::Report, &contents)
}

pub fn read_report(file: &[u8]) -> Result<UplineReport, ReportUnreadable> {
    let contents = read_file(file, FileKind::Report).map_err(ReportUnreadable::File)?;
    if contents.data_format > REPORT_FORMAT {
        return Err(ReportUnreadable::NewerData {
            format: contents.data_format,
        });
    }
    fn part<T: DeserializeOwned>(contents: &Contents, key: &str) -> Result<T, ReportUnreadable> {
        let section = contents
            .sections
            .iter()
            .find(|s| s.key == key)
            .ok_or_else(|| ReportUnreadable::Part {
                part: key.to_string(),
                problem: "missing".to_string(),
            })?;
        postcard::from_bytes(&section.bytes).map_err(|error| ReportUnreadable::Part {
            part: key.to_string(),
            problem: error.to_string(),
        })
    }
    let rep: RepReport = part(&contents, REP)?;
    let members: Vec<ReportedMember> = part(&contents, MEMBERS)?;
    let volumes: Vec<ReportedVolume> = part(&contents, VOLUMES)?;
    Ok(UplineReport {
        rep,
        members,
        volumes,
    })
}

#[cfg(test)]
/// The bytes a report's documents are written as before compression, for a test that
/// looks through them for what must never be in a report.
pub fn unpacked_sections(file: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    let contents = read_file(file, FileKind::Report)?;
    Ok(contents
        .sections
        .into_iter()
        .flat_map(|s| s.bytes)
        .collect())
}
