//! A change the rep can still undo, as the notice names it ("„Anna Lutz“ wurde
//! gelöscht."), with the application layer's undo behind it.

use crate::app::undo::Undo;
use crate::ui::messages::Msg;

#[derive(Clone, Debug, PartialEq)]
pub struct UndoNotice {
    pub message: Msg,
    pub subject: String,
    pub undo: Undo,
}
