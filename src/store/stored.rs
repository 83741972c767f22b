//! Ties each domain record type to its collection and its index entries.

use crate::domain::campaigns::campaign::{Campaign, CampaignTouch};
use crate::domain::campaigns::saved_segment::SavedSegment;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::Lead;
use crate::domain::record::Record;
use crate::domain::sync::reported::{RepReport, ReportedMember, ReportedVolume};
use crate::domain::tasks::task::Task;
use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use crate::store::chunk::{self, ChunkError};
use crate::store::collection::{Collection, Collections, Pending};
use crate::store::index::{IndexKey, IndexName};
use crate::store::kind::CollectionKind;

pub trait Stored: Record + 'static {
    const KIND: CollectionKind;
    fn index_entries(&self) -> Vec<(IndexName, IndexKey)>;
    fn collection(all: &Collections) -> &Collection<Self>;
    fn collection_mut(all: &mut Collections) -> &mut Collection<Self>;
    fn pending_mut(pending: &mut Pending) -> &mut Vec<Self>;

    /// Reads records stored in an older chunk format. Types whose shape has not changed
    /// since format 1 read the same bytes as today.
    fn decode_older_format(_format: u8, payload: &[u8]) -> Result<Vec<Self>, ChunkError> {
        chunk::decode(payload)
    }
}

macro_rules! stored {
    ($t:ty, $kind:ident, $field:ident, |$r:ident| $entries:expr $(, older = $older:path)?) => {
        impl Stored for $t {
            const KIND: CollectionKind = CollectionKind::$kind;
            fn index_entries(&self) -> Vec<(IndexName, IndexKey)> {
                let $r = self;
                $entries
            }
            fn collection(all: &Collections) -> &Collection<Self> {
                &all.$field
            }
            fn collection_mut(all: &mut Collections) -> &mut Collection<Self> {
                &mut all.$field
            }
            fn pending_mut(pending: &mut Pending) -> &mut Vec<Self> {
                &mut pending.$field
            }
            $(fn decode_older_format(format: u8, payload: &[u8]) -> Result<Vec<Self>, ChunkError> {
                $older(format, payload)
            })?
        }
    };
}

fn optional(name: IndexName, id: Option<uuid::Uuid>) -> Vec<(IndexName, IndexKey)> {
    id.map(|id| (name, IndexKey::Id(id))).into_iter().collect()
}

stored!(
    Contact,
    Contacts,
    contacts,
    |c| optional(IndexName::ReferredBy, c.referred_by),
    older = crate::store::older_records::contacts_from_older_format
);
stored!(Interaction, Interactions, interactions, |i| vec![(
    IndexName::Contact,
    i.contact_id.into()
)]);
stored!(Task, Tasks, tasks, |t| {
    let mut entries = optional(IndexName::Contact, t.contact_id);
    if t.done_at.is_none() {
        entries.push((IndexName::DueAt, IndexKey::Int(t.due_at.timestamp_millis())));
    }
    entries
});
stored!(
    Lead,
    Leads,
    leads,
    |l| vec![
        (IndexName::Contact, l.contact_id.into()),
        (IndexName::Stage, l.stage.into()),
    ],
    older = crate::store::older_records::leads_from_older_format
);
stored!(Order, Orders, orders, |o| vec![(
    IndexName::Contact,
    o.contact_id.into()
)]);
stored!(
    Member,
    Members,
    members,
    |m| {
        let mut entries = vec![(IndexName::Contact, m.contact_id.into())];
        entries.extend(optional(IndexName::Sponsor, m.sponsor_id));
        entries.extend(optional(IndexName::PlacementParent, m.placement_parent_id));
        entries
    },
    older = crate::store::older_records::members_from_older_format
);
stored!(Volume, Volumes, volumes, |v| vec![
    (IndexName::Member, v.member_id.into()),
    (IndexName::Period, IndexKey::Int(v.period.ordinal())),
]);
stored!(
    Campaign,
    Campaigns,
    campaigns,
    |_c| Vec::new(),
    older = crate::store::older_campaigns::campaigns_from_older_format
);
stored!(
    CampaignTouch,
    CampaignTouches,
    campaign_touches,
    |t| vec![
        (IndexName::Campaign, t.campaign_id.into()),
        (IndexName::Contact, t.contact_id.into()),
    ],
    older = crate::store::older_campaigns::touches_from_older_format
);
stored!(SavedSegment, SavedSegments, saved_segments, |_s| Vec::new());
// A team's reports are a few thousand records at most, read whole by the team view.
stored!(
    ReportedMember,
    ReportMembers,
    report_members,
    |_m| Vec::new()
);
stored!(
    ReportedVolume,
    ReportVolumes,
    report_volumes,
    |_v| Vec::new()
);
stored!(RepReport, RepReports, rep_reports, |_r| Vec::new());
