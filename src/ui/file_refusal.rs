//! What is wrong with a backup or report file that cannot be read, in the user's
//! language and naming the file.

use crate::app::backup::BackupRefused;
use crate::io::backup_file::{EnvelopeError, FileKind};
use crate::ui::app_state::AppState;
use crate::ui::messages::Msg;
use leptos::prelude::*;

pub fn refusal_text(
    state: AppState,
    file: &str,
    refused: &BackupRefused,
    expected: FileKind,
) -> String {
    let for_backup = expected == FileKind::Backup;
    match refused {
        BackupRefused::File(EnvelopeError::NotTeamline) => state.t_with(
            if for_backup {
                Msg::BackupNotTeamline
            } else {
                Msg::ReportNotTeamline
            },
            &[file],
        ),
        BackupRefused::File(EnvelopeError::WrongKind { .. }) => state.t_with(
            if for_backup {
                Msg::BackupIsReport
            } else {
                Msg::ReportIsBackup
            },
            &[file],
        ),
        BackupRefused::File(EnvelopeError::Newer { .. }) | BackupRefused::NewerData { .. } => {
            state.t_with(Msg::BackupNewer, &[file])
        }
        BackupRefused::File(EnvelopeError::TooLarge { bytes }) => {
            let megabytes = state
                .lang
                .get()
                .format_integer(bytes.div_ceil(1024 * 1024) as i64);
            state.t_with(Msg::BackupTooLarge, &[file, &megabytes])
        }
        BackupRefused::File(EnvelopeError::Damaged) => state.t_with(Msg::BackupDamaged, &[file]),
        BackupRefused::Unreadable { part, problem } => {
            state.t_with(Msg::BackupPartUnreadable, &[file, part, problem])
        }
    }
}
