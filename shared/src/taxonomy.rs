//! The CTPAT vocabularies a submission is classified by (see shared/docs/domain.md).

use crate::code_enum;

code_enum! {
    /// How the person submitting identifies themselves.
    pub enum SubmitterKind {
        Individual = "individual",
        Organization = "organization",
        Anonymous = "anonymous",
    }
}

code_enum! {
    /// CTPAT business entity types (CBP's MSC index), plus others who speak on the program.
    pub enum EntityType {
        UsImporter = "us_importer",
        Exporter = "exporter",
        ForeignManufacturer = "foreign_manufacturer",
        CustomsBroker = "customs_broker",
        Consolidator = "consolidator",
        ThirdPartyLogistics = "third_party_logistics",
        AirCarrier = "air_carrier",
        SeaCarrier = "sea_carrier",
        RailCarrier = "rail_carrier",
        HighwayCarrierUsCanada = "highway_carrier_us_canada",
        HighwayCarrierUsMexico = "highway_carrier_us_mexico",
        MexicanLongHaulCarrier = "mexican_long_haul_carrier",
        PortAuthorityTerminalOperator = "port_authority_terminal_operator",
        TradeAssociation = "trade_association",
        Consultant = "consultant",
        GovernmentAgency = "government_agency",
        MemberOfPublic = "member_of_public",
        Other = "other",
        PreferNotToSay = "prefer_not_to_say",
    }
}

code_enum! {
    /// Membership status in CTPAT.
    pub enum CtpatStatus {
        TierI = "tier_1",
        TierII = "tier_2",
        TierIII = "tier_3",
        Applicant = "applicant",
        NotMember = "not_member",
        PreferNotToSay = "prefer_not_to_say",
    }
}

code_enum! {
    /// What the feedback is about: COAC's four asks first, then the working group's other topics.
    pub enum Topic {
        MinimumSecurityCriteria = "minimum_security_criteria",
        Validations = "validations",
        Benefits = "benefits",
        BenefitMeasurement = "benefit_measurement",
        Communications = "communications",
        ProgramExpansion = "program_expansion",
        TradeCompliance = "trade_compliance",
        InteragencyPartnership = "interagency_partnership",
        Other = "other",
    }
}

code_enum! {
    /// The 12 categories of the 2019 Minimum Security Criteria, numbered as CBP numbers them.
    pub enum MscCategory {
        SecurityVision = "1",
        RiskAssessment = "2",
        BusinessPartners = "3",
        Cybersecurity = "4",
        ConveyanceSecurity = "5",
        SealSecurity = "6",
        ProceduralSecurity = "7",
        AgriculturalSecurity = "8",
        PhysicalSecurity = "9",
        PhysicalAccessControls = "10",
        PersonnelSecurity = "11",
        TrainingAwareness = "12",
    }
}

code_enum! {
    /// The three focus areas the MSC categories are grouped under.
    pub enum MscFocusArea {
        CorporateSecurity = "corporate",
        TransportationSecurity = "transportation",
        PeoplePhysicalSecurity = "people_physical",
    }
}

impl MscCategory {
    /// CBP's category number, 1 to 12.
    pub fn number(self) -> u8 {
        self.code().parse().expect("MSC codes are numbers")
    }

    pub fn focus_area(self) -> MscFocusArea {
        match self.number() {
            1..=4 => MscFocusArea::CorporateSecurity,
            5..=8 => MscFocusArea::TransportationSecurity,
            _ => MscFocusArea::PeoplePhysicalSecurity,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_round_trip<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
        parse: fn(&str) -> Option<T>,
    ) {
        let mut seen = std::collections::HashSet::new();
        for &v in all {
            assert!(seen.insert(code(v)), "duplicate code {}", code(v));
            assert_eq!(parse(code(v)), Some(v));
        }
        assert_eq!(parse(""), None);
        assert_eq!(parse("Other "), None);
    }

    #[test]
    fn every_vocabulary_round_trips_through_its_codes() {
        check_round_trip(SubmitterKind::ALL, SubmitterKind::code, SubmitterKind::from_code);
        check_round_trip(EntityType::ALL, EntityType::code, EntityType::from_code);
        check_round_trip(CtpatStatus::ALL, CtpatStatus::code, CtpatStatus::from_code);
        check_round_trip(Topic::ALL, Topic::code, Topic::from_code);
        check_round_trip(MscCategory::ALL, MscCategory::code, MscCategory::from_code);
    }

    #[test]
    fn msc_has_twelve_categories_in_three_focus_areas_of_four() {
        assert_eq!(MscCategory::ALL.len(), 12);
        for (i, c) in MscCategory::ALL.iter().enumerate() {
            assert_eq!(c.number() as usize, i + 1);
        }
        for area in MscFocusArea::ALL {
            assert_eq!(MscCategory::ALL.iter().filter(|c| c.focus_area() == *area).count(), 4);
        }
    }

    #[test]
    fn codes_serialize_as_json_strings() {
        assert_eq!(serde_json::to_string(&Topic::BenefitMeasurement).unwrap(), "\"benefit_measurement\"");
        assert_eq!(serde_json::from_str::<MscCategory>("\"6\"").unwrap(), MscCategory::SealSecurity);
        assert!(serde_json::from_str::<Topic>("\"nope\"").is_err());
    }
}
