//! The collections of records, each with a stable one-byte code used in chunk headers.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionKind {
    Contacts,
    Interactions,
    Tasks,
    Leads,
    Orders,
    Members,
    Volumes,
    Campaigns,
    CampaignTouches,
    SavedSegments,
    ReportMembers,
    ReportVolumes,
    RepReports,
}

impl CollectionKind {
    pub const ALL: [CollectionKind; 13] = [
        CollectionKind::Contacts,
        CollectionKind::Interactions,
        CollectionKind::Tasks,
        CollectionKind::Leads,
        CollectionKind::Orders,
        CollectionKind::Members,
        CollectionKind::Volumes,
        CollectionKind::Campaigns,
        CollectionKind::CampaignTouches,
        CollectionKind::SavedSegments,
        CollectionKind::ReportMembers,
        CollectionKind::ReportVolumes,
        CollectionKind::RepReports,
    ];

    /// Stored in every chunk header; never reuse or renumber a code.
    pub fn code(self) -> u8 {
        match self {
            CollectionKind::Contacts => 1,
            CollectionKind::Interactions => 2,
            CollectionKind::Tasks => 3,
            CollectionKind::Leads => 4,
            CollectionKind::Orders => 5,
            CollectionKind::Members => 6,
            CollectionKind::Volumes => 7,
            CollectionKind::Campaigns => 8,
            CollectionKind::CampaignTouches => 9,
            CollectionKind::SavedSegments => 10,
            CollectionKind::ReportMembers => 11,
            CollectionKind::ReportVolumes => 12,
            CollectionKind::RepReports => 13,
        }
    }

    pub fn from_code(code: u8) -> Option<CollectionKind> {
        CollectionKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            CollectionKind::Contacts => "contacts",
            CollectionKind::Interactions => "interactions",
            CollectionKind::Tasks => "tasks",
            CollectionKind::Leads => "leads",
            CollectionKind::Orders => "orders",
            CollectionKind::Members => "members",
            CollectionKind::Volumes => "volumes",
            CollectionKind::Campaigns => "campaigns",
            CollectionKind::CampaignTouches => "campaign_touches",
            CollectionKind::SavedSegments => "segments",
            CollectionKind::ReportMembers => "report_members",
            CollectionKind::ReportVolumes => "report_volumes",
            CollectionKind::RepReports => "rep_reports",
        }
    }

    /// The IndexedDB key of one bucket's chunk, such as `contacts/07`.
    pub fn chunk_key(self, bucket: u8) -> String {
        format!("{}/{bucket:02}", self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::CollectionKind;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for kind in CollectionKind::ALL {
            assert_eq!(CollectionKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(CollectionKind::from_code(0), None);
        assert_eq!(CollectionKind::Contacts.chunk_key(7), "contacts/07");
    }
}
