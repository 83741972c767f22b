//! The org chart picture of a subtree: where each member's box goes. Leaves sit side by
//! side in tree order and each parent is centred over its children, the classic tidy
//! layout; a chart stops at a number of levels and of members so it stays legible.

use crate::domain::team::tree::TeamTree;
use uuid::Uuid;

pub const BOX_WIDTH: u32 = 150;
pub const BOX_HEIGHT: u32 = 48;
const GAP_X: u32 = 16;
const GAP_Y: u32 = 40;
pub const MARGIN: u32 = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChartBox {
    pub member: Uuid,
    /// Top-left corner.
    pub x: u32,
    pub y: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrgChart {
    pub boxes: Vec<ChartBox>,
    /// Lines from a parent's box to a child's, by position in `boxes`.
    pub links: Vec<(usize, usize)>,
    pub width: u32,
    pub height: u32,
    /// Members of the shown levels left out because the chart holds at most
    /// `max_members` (their own teams are not counted).
    pub left_out: usize,
}

/// The chart of `top` and `levels` levels below it, with at most `max_members` boxes,
/// taken level by level.
pub fn org_chart(tree: &TeamTree, top: Uuid, levels: usize, max_members: usize) -> OrgChart {
    // Breadth first, so a full chart keeps whole upper levels.
    let mut included: Vec<(Uuid, usize, Option<usize>)> = vec![(top, 0, None)];
    let mut next = 0;
    let mut left_out = 0;
    while next < included.len() {
        let (id, depth, _) = included[next];
        if depth < levels {
            for &child in tree.children(id) {
                if included.len() < max_members && !included.iter().any(|(m, _, _)| *m == child) {
                    included.push((child, depth + 1, Some(next)));
                } else {
                    left_out += 1;
                }
            }
        }
        next += 1;
    }
    let count = included.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (at, (_, _, parent)) in included.iter().enumerate() {
        if let Some(parent) = parent {
            children[*parent].push(at);
        }
    }
    let mut x = vec![0u32; count];
    let mut next_leaf = 0u32;
    place(0, &children, &mut x, &mut next_leaf);
    let depth_of = |at: usize| included[at].1 as u32;
    let boxes: Vec<ChartBox> = (0..count)
        .map(|at| ChartBox {
            member: included[at].0,
            x: MARGIN + x[at],
            y: MARGIN + depth_of(at) * (BOX_HEIGHT + GAP_Y),
        })
        .collect();
    let deepest = (0..count).map(depth_of).max().unwrap_or(0);
    OrgChart {
        links: included
            .iter()
            .enumerate()
            .filter_map(|(at, (_, _, parent))| Some(((*parent)?, at)))
            .collect(),
        width: 2 * MARGIN + next_leaf.saturating_sub(GAP_X).max(BOX_WIDTH),
        height: 2 * MARGIN + (deepest + 1) * BOX_HEIGHT + deepest * GAP_Y,
        boxes,
        left_out,
    }
}

/// Leaves take the next free slot; a parent goes midway over its first and last child.
fn place(at: usize, children: &[Vec<usize>], x: &mut [u32], next_leaf: &mut u32) {
    if children[at].is_empty() {
        x[at] = *next_leaf;
        *next_leaf += BOX_WIDTH + GAP_X;
        return;
    }
    for &child in &children[at] {
        place(child, children, x, next_leaf);
    }
    let (first, last) = (children[at][0], children[at][children[at].len() - 1]);
    x[at] = (x[first] + x[last]) / 2;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::team::member::Member;

    #[test]
    fn parents_sit_over_their_children_and_the_chart_stops_where_told() {
        let members = [
            Member::numbered(1, None),
            Member::numbered(2, Some(1)),
            Member::numbered(3, Some(1)),
            Member::numbered(4, Some(2)),
            Member::numbered(5, Some(2)),
            Member::numbered(6, Some(4)),
        ];
        let tree = TeamTree::new(&members, Uuid::from_u128(1));
        let chart = org_chart(&tree, Uuid::from_u128(1), 2, 50);
        let at = |n: u128| {
            chart
                .boxes
                .iter()
                .find(|b| b.member == Uuid::from_u128(n))
                .unwrap()
        };
        assert_eq!(chart.boxes.len(), 5, "member 6 is three levels down");
        assert_eq!(chart.left_out, 0, "only the member cap counts as left out");
        assert_eq!(at(2).x, (at(4).x + at(5).x) / 2);
        assert_eq!(at(1).x, (at(2).x + at(3).x) / 2);
        assert!(at(4).y > at(2).y && at(2).y > at(1).y);
        assert_eq!(chart.links.len(), 4);
        assert_eq!(chart.width, 2 * MARGIN + 3 * BOX_WIDTH + 2 * GAP_X);

        let capped = org_chart(&tree, Uuid::from_u128(1), 3, 3);
        assert_eq!(capped.boxes.len(), 3);
        assert_eq!(capped.left_out, 2, "4 and 5 did not fit; 6 hangs under 4");
    }
}
