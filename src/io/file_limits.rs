//! What any file the app reads may be: contact files and back-office team lists alike.

/// Larger files are refused before they are read: a phone's whole address book with
/// photos stays well below this, and a browser tab would struggle far above it.
pub const MAX_FILE_BYTES: usize = 40 * 1024 * 1024;
/// No contact file needs a longer line; a longer one means the file is something else.
pub const MAX_LINE_BYTES: usize = 512 * 1024;
