//! The closed lists of the v1 session contract (DESIGN.md §2). They are part of the file format,
//! so they are Rust enums: a typo in a hand edit fails with serde's "unknown variant" naming the
//! field and line. The facts *about* each id (names, sources, rules) live in `assets/rules/`, and
//! the knowledge self-check fails if an id here has no entry there.

use serde::{Deserialize, Serialize};

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id as written in the session file.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value written as `id` in the session file.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

id_enum!(
    /// The 31 provincial-level divisions of the mainland.
    ProvinceSlug {
        Beijing = "beijing", Tianjin = "tianjin", Hebei = "hebei", Shanxi = "shanxi",
        InnerMongolia = "inner_mongolia", Liaoning = "liaoning", Jilin = "jilin",
        Heilongjiang = "heilongjiang", Shanghai = "shanghai", Jiangsu = "jiangsu",
        Zhejiang = "zhejiang", Anhui = "anhui", Fujian = "fujian", Jiangxi = "jiangxi",
        Shandong = "shandong", Henan = "henan", Hubei = "hubei", Hunan = "hunan",
        Guangdong = "guangdong", Guangxi = "guangxi", Hainan = "hainan", Chongqing = "chongqing",
        Sichuan = "sichuan", Guizhou = "guizhou", Yunnan = "yunnan", Tibet = "tibet",
        Shaanxi = "shaanxi", Gansu = "gansu", Qinghai = "qinghai", Ningxia = "ningxia",
        Xinjiang = "xinjiang",
    }
);

id_enum!(
    EntityType {
        Individual = "individual", Enterprise = "enterprise", Government = "government",
        PublicInstitution = "public_institution", SocialOrganization = "social_organization",
        OtherOrganization = "other_organization",
    }
);

impl EntityType {
    pub fn is_individual(self) -> bool {
        self == EntityType::Individual
    }
}

id_enum!(
    MaterialId {
        EntityCertificate = "entity_certificate", LeaderCertificate = "leader_certificate",
        AdminCertificate = "admin_certificate", FacePhotoWithId = "face_photo_with_id",
        FacePhotoWithOrgCertificate = "face_photo_with_org_certificate",
        AuthorizationLetter = "authorization_letter",
        BeijingDomainConfirmation = "beijing_domain_confirmation",
        DomainHolderCertificate = "domain_holder_certificate",
        GuangdongFinanceCommitment = "guangdong_finance_commitment",
        GuangdongConstructionPlan = "guangdong_construction_plan",
        DomainCertificate = "domain_certificate", ResidencePermit = "residence_permit",
        SuperiorAuthorization = "superior_authorization",
        CertificateOfChange = "certificate_of_change",
        GuangdongFilingCommitment = "guangdong_filing_commitment",
        PartyGovernmentConfirmation = "party_government_confirmation",
        StaffingOfficeApproval = "staffing_office_approval",
        HeilongjiangSiteQualificationForm = "heilongjiang_site_qualification_form",
        AnhuiNoPreapprovalCommitment = "anhui_no_preapproval_commitment",
        JiangxiCultureCommitment = "jiangxi_culture_commitment",
        JiangxiNoTutoringCommitment = "jiangxi_no_tutoring_commitment",
        ShandongFinanceCommitment = "shandong_finance_commitment",
        ZhejiangFinanceCommitment = "zhejiang_finance_commitment",
        ProofOfEmploymentOrIncome = "proof_of_employment_or_income",
        GuardianDocuments = "guardian_documents",
        ResidencePermitStatusProof = "residence_permit_status_proof",
        LeaseOrPurchaseContract = "lease_or_purchase_contract", PhoneBills = "phone_bills",
    }
);

id_enum!(
    IndustryId {
        News = "news", Publishing = "publishing", Medicine = "medicine",
        MedicalDevices = "medical_devices", Education = "education", Culture = "culture",
        RadioFilmTv = "radio_film_tv", MedicalHealth = "medical_health",
        RideHailing = "ride_hailing", Bbs = "bbs", Finance = "finance", Religion = "religion",
        OnlineGames = "online_games",
    }
);

id_enum!(
    ProductId {
        Ecs = "ecs", WebHosting = "web_hosting",
        SimpleApplicationServer = "simple_application_server",
        ElasticWebHosting = "elastic_web_hosting", Marketplace = "marketplace",
        NatGateway = "nat_gateway", Ipv6Translation = "ipv6_translation", Ens = "ens",
        IotBandwidthPackage = "iot_bandwidth_package",
    }
);

id_enum!(
    Residency {
        Mainland = "mainland", HongKong = "hong_kong", Macao = "macao", Taiwan = "taiwan",
        Foreign = "foreign",
    }
);

id_enum!(
    /// Identity documents and organisation certificates share one list.
    CertificateType {
        ResidentId = "resident_id", HkMacaoResidencePermit = "hk_macao_residence_permit",
        HkMacaoTravelPermit = "hk_macao_travel_permit",
        TaiwanResidencePermit = "taiwan_residence_permit",
        TaiwanTravelPermit = "taiwan_travel_permit", Passport = "passport",
        BusinessLicense = "business_license", OrganizationCode = "organization_code",
        PublicInstitutionCertificate = "public_institution_certificate",
        SocialOrganizationCertificate = "social_organization_certificate", Other = "other",
    }
);

id_enum!(
    Registrar {
        AliyunChina = "aliyun_china", AliyunInternational = "aliyun_international",
        OtherApproved = "other_approved", OtherUnapproved = "other_unapproved",
        Unknown = "unknown",
    }
);

id_enum!(
    Holder {
        Entity = "entity", Shareholder = "shareholder", SeniorExecutive = "senior_executive",
        PersonInCharge = "person_in_charge", Other = "other",
    }
);

id_enum!(HolderKind { Person = "person", Organisation = "organisation" });

id_enum!(Billing { Subscription = "subscription", PayAsYouGo = "pay_as_you_go" });

id_enum!(AccountSite { China = "china", International = "international" });

pub use crate::language::Language;

id_enum!(
    /// Where the wizard resumes.
    Step {
        Regulations = "regulations", Domain = "domain", Instance = "instance",
        Materials = "materials", Account = "account", Preapproval = "preapproval",
        Review = "review",
    }
);

id_enum!(
    /// What kind of filing this is (Alibaba works it out itself; the checklist differs).
    FilingType {
        FirstFiling = "first_filing", NewWebsite = "new_website", NewAccess = "new_access",
    }
);

id_enum!(
    /// What a website offers its visitors: the features a personal site may not have.
    WebsiteFeature {
        Comments = "comments", Login = "login", Forum = "forum", Shop = "shop",
        Payments = "payments", Downloads = "downloads", News = "news", Ads = "ads",
        LiveVideo = "live_video",
    }
);
