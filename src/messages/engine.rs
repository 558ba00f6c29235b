//! Checklist text: titles (`<rule>.title`), details and fixes, keyed by the engine's rule ids.
//! Placeholders: {province}, {domain}, {product}, {min}, {months}, {expires} … as the engine
//! passes them. Column 3 (zh-CN) is filled by the Chinese-interface work.

use super::Row;

pub const ENGINE: &[Row] = &[
    // ── regulations ─────────────────────────────────────────────────────────────────────────
    ("regulations.province.title", "Filing province chosen", ""),
    (
        "regulations.province.ask",
        "You have not said in which province you file. The rules and required documents differ by province.",
        "",
    ),
    (
        "regulations.province.ask.fix",
        "Choose the filing province: where your organisation's certificate was issued, or (individuals) where your ID is domiciled or where you hold a residence permit.",
        "",
    ),
    ("regulations.province.done", "You file in {province}.", ""),
    (
        "regulations.reviewed.title",
        "{province} filing rules read",
        "",
    ),
    (
        "regulations.reviewed.ask",
        "Have you read the filing rules of {province}? They decide which extra documents you need.",
        "",
    ),
    (
        "regulations.reviewed.ask.fix",
        "Read the {province} rules (Alibaba's province map at beian.aliyun.com, or beian.miit.gov.cn in Chinese), then answer yes.",
        "",
    ),
    (
        "regulations.reviewed.unsure",
        "You are not sure whether you have read the filing rules of {province}.",
        "",
    ),
    (
        "regulations.reviewed.unsure.fix",
        "Open the {province} rules on Alibaba's province map (beian.aliyun.com) and read them once; this checklist lists the ones it knows.",
        "",
    ),
    (
        "regulations.reviewed.yes",
        "You have read the filing rules of {province}.",
        "",
    ),
    (
        "regulations.reviewed.no",
        "You have not read the filing rules of {province} yet.",
        "",
    ),
    (
        "regulations.reviewed.no.fix",
        "Read the {province} rules (Alibaba's province map at beian.aliyun.com, or beian.miit.gov.cn in Chinese) before you apply.",
        "",
    ),
    ("regulations.entity-type.title", "Entity type chosen", ""),
    (
        "regulations.entity-type.ask",
        "You have not said who files: an individual, an enterprise, a government agency, a public institution, a social organisation or another organisation.",
        "",
    ),
    (
        "regulations.entity-type.ask.fix",
        "Choose the entity type (主办单位性质) that matches the certificate you will upload.",
        "",
    ),
    (
        "regulations.entity-type.done",
        "The filing entity is: {entity}.",
        "",
    ),
    ("regulations.entity-name.title", "Entity name given", ""),
    (
        "regulations.entity-name.ask",
        "The entity's name is missing.",
        "",
    ),
    (
        "regulations.entity-name.ask.fix",
        "Enter the name exactly as on the certificate (for an individual, the name on the identity document).",
        "",
    ),
    (
        "regulations.entity-name.done",
        "Entity name: {name}. It must match the certificate and the domain's real-name record character for character.",
        "",
    ),
    (
        "regulations.non-mainland.title",
        "Filing as a non-mainland individual",
        "",
    ),
    (
        "regulations.non-mainland.detail",
        "You are a resident of {residency}, so no domicile province applies. Whether a province's bureau accepts non-mainland individuals is decided by that bureau.",
        "",
    ),
    (
        "regulations.non-mainland.fix",
        "Check with your provincial bureau (or Alibaba's filing support) that it accepts individual filings from your residency.",
        "",
    ),
    (
        "regulations.domicile.title",
        "Domicile province of the ID known",
        "",
    ),
    (
        "regulations.domicile.ask",
        "The province where your ID is domiciled is not known: neither answered nor readable from a resident ID number.",
        "",
    ),
    (
        "regulations.domicile.ask.fix",
        "Answer the domicile province, or enter your resident ID number in the materials step.",
        "",
    ),
    (
        "regulations.domicile.mismatch",
        "You said your ID is domiciled in {stated}, but the ID number's address code belongs to {id}.",
        "",
    ),
    (
        "regulations.domicile.mismatch.fix",
        "Correct whichever is wrong: the domicile answer or the ID number. The bureau reads the domicile from the ID.",
        "",
    ),
    (
        "regulations.domicile.done",
        "Your ID is domiciled in {domicile}.",
        "",
    ),
    (
        "regulations.cross-province.title",
        "Filing outside your ID's province",
        "",
    ),
    (
        "regulations.cross-province.local-only",
        "Your ID is domiciled in {domicile}, but {province} accepts individual filings only with a local ID.",
        "",
    ),
    (
        "regulations.cross-province.local-only.fix",
        "File in {domicile} instead, with hosting that any province's applicant may use.",
        "",
    ),
    (
        "regulations.cross-province.permit.yes",
        "Your ID is domiciled in {domicile}; you hold a {province} residence permit, which {province} accepts.",
        "",
    ),
    (
        "regulations.cross-province.permit.no",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit; {province} accepts out-of-province individuals only with one.",
        "",
    ),
    (
        "regulations.cross-province.permit.no.fix",
        "Obtain a {province} residence permit (居住证) first, or file in {domicile}.",
        "",
    ),
    (
        "regulations.cross-province.permit.unsure",
        "Your ID is domiciled in {domicile}; you are not sure whether you hold a {province} residence permit, which {province} requires.",
        "",
    ),
    (
        "regulations.cross-province.permit.unsure.fix",
        "Check for a valid {province} residence permit (居住证) issued by the local public security bureau.",
        "",
    ),
    (
        "regulations.cross-province.permit.ask",
        "Your ID is domiciled in {domicile}, not {province}. {province} accepts out-of-province individuals with a {province} residence permit.",
        "",
    ),
    (
        "regulations.cross-province.permit.ask.fix",
        "Answer whether you hold a {province} residence permit (居住证).",
        "",
    ),
    (
        "regulations.cross-province.unknown.ask",
        "Your ID is domiciled in {domicile}, not {province}. Bureaus decide whether they accept out-of-province individuals, usually with a local residence permit.",
        "",
    ),
    (
        "regulations.cross-province.unknown.ask.fix",
        "Answer whether you hold a {province} residence permit.",
        "",
    ),
    (
        "regulations.cross-province.unknown.yes",
        "Your ID is domiciled in {domicile}; you hold a {province} residence permit. We hold no current rule for {province}, so its acceptance cannot be confirmed here.",
        "",
    ),
    (
        "regulations.cross-province.unknown.yes.fix",
        "Check with the {province} bureau that it accepts your residence permit.",
        "",
    ),
    (
        "regulations.cross-province.unknown.no",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit. We hold no current rule for {province}; most bureaus refuse such filings.",
        "",
    ),
    (
        "regulations.cross-province.unknown.no.fix",
        "Check with the {province} bureau, or file in {domicile}.",
        "",
    ),
    (
        "regulations.organisation-province.title",
        "Filing in the province that issued the certificate",
        "",
    ),
    (
        "regulations.organisation-province.done",
        "Your credit code was issued in {issued}, where you file.",
        "",
    ),
    (
        "regulations.organisation-province.mismatch",
        "Your unified social credit code was issued in {issued}, but you file in {province}. Organisations cannot file across provinces.",
        "",
    ),
    (
        "regulations.organisation-province.mismatch.fix",
        "File in {issued}, or check the credit code for a typing mistake.",
        "",
    ),
    (
        "regulations.legal-representative.title",
        "Person in charge is the legal representative",
        "",
    ),
    (
        "regulations.legal-representative.yes",
        "The person in charge is the legal representative, as {province} requires.",
        "",
    ),
    (
        "regulations.legal-representative.no",
        "The person in charge is not the legal representative, but {province} requires it.",
        "",
    ),
    (
        "regulations.legal-representative.no.fix",
        "Name the legal representative (法定代表人) as the person in charge (主体负责人).",
        "",
    ),
    ("regulations.min-age.title", "Minimum age in {province}", ""),
    (
        "regulations.min-age.done",
        "The person in charge is {age}; {province} requires at least {years}.",
        "",
    ),
    (
        "regulations.min-age.under",
        "The person in charge is {age}, but {province} requires at least {years}.",
        "",
    ),
    (
        "regulations.min-age.under.fix",
        "Name someone aged {years} or over as the person in charge, or wait until the birthday.",
        "",
    ),
    (
        "regulations.province-rule.residence_permit",
        "{province}: residence permit for out-of-province individuals",
        "",
    ),
    (
        "regulations.province-rule.local_id_only",
        "{province}: local ID required",
        "",
    ),
    (
        "regulations.province-rule.leader_legal_representative",
        "{province}: person in charge is the legal representative",
        "",
    ),
    (
        "regulations.province-rule.authorization_letter",
        "{province}: letter of authorization",
        "",
    ),
    (
        "regulations.province-rule.domain_confirmation",
        "{province}: domain name confirmation",
        "",
    ),
    (
        "regulations.province-rule.domain_holder_entity",
        "{province}: domain held in the entity's name",
        "",
    ),
    (
        "regulations.province-rule.domain_certificate",
        "{province}: domain name certificates",
        "",
    ),
    (
        "regulations.province-rule.finance_commitment",
        "{province}: finance commitment letter",
        "",
    ),
    (
        "regulations.province-rule.construction_plan",
        "{province}: website construction plan",
        "",
    ),
    (
        "regulations.province-rule.superior_authorization",
        "{province}: authorization from the upper-level authority",
        "",
    ),
    (
        "regulations.province-rule.domain_min_validity",
        "{province}: remaining domain validity",
        "",
    ),
    (
        "regulations.province-rule.document_min_validity",
        "{province}: remaining validity of identity documents",
        "",
    ),
    (
        "regulations.province-rule.min_age",
        "{province}: minimum age",
        "",
    ),
    (
        "regulations.province-rule.hk_macao_residence_permit_only",
        "{province}: Hong Kong and Macao residents use the residence permit",
        "",
    ),
    (
        "regulations.province-rule.note",
        "{province}: other requirement to check",
        "",
    ),
    ("regulations.province-rule.detail", "{rule}", ""),
    (
        "regulations.province-rule.unconfirmed",
        "{rule} This comes from an older or third-party source and may have changed.",
        "",
    ),
    (
        "regulations.province-rule.fix",
        "Check with your provincial bureau (or Alibaba's {province} rules page) whether this still applies.",
        "",
    ),
    // ── domain ──────────────────────────────────────────────────────────────────────────────
    ("domain.domains.title", "Domain names to file", ""),
    (
        "domain.domains.ask",
        "No domain has been entered yet. A filing names the website's domain.",
        "",
    ),
    (
        "domain.domains.ask.fix",
        "Add each domain you want to file (for example example.com).",
        "",
    ),
    (
        "domain.domains.none",
        "You said you have no domain. An ICP filing needs at least one domain name.",
        "",
    ),
    (
        "domain.domains.none.fix",
        "Register a domain with an approved suffix at an MIIT-approved registrar (for example Alibaba Cloud's China site) and add it.",
        "",
    ),
    ("domain.name.title", "{domain}: domain name readable", ""),
    (
        "domain.name.ask",
        "Domain entry {position} has no name.",
        "",
    ),
    (
        "domain.name.ask.fix",
        "Type the domain name, or remove the empty entry.",
        "",
    ),
    (
        "domain.name.invalid",
        "“{domain}” is not a valid domain name: {problems}",
        "",
    ),
    (
        "domain.name.invalid.fix",
        "Type the domain as registered, for example example.com (without http://, paths or spaces).",
        "",
    ),
    ("domain.name.done", "{domain} is a valid domain name.", ""),
    (
        "domain.name.read-as",
        "“{typed}” is filed as {domain}: a filing names the registrable domain, and sub-domains are covered by it.",
        "",
    ),
    ("domain.duplicate.title", "{domain}: listed twice", ""),
    (
        "domain.duplicate.detail",
        "{domain} appears more than once in your list (perhaps as www. or with another spelling).",
        "",
    ),
    ("domain.duplicate.fix", "Remove the duplicate entry.", ""),
    (
        "domain.suffix.title",
        "{domain}: suffix {suffix} approved by MIIT",
        "",
    ),
    (
        "domain.suffix.unlisted",
        "The suffix {suffix} is not on MIIT's list of approved top-level domains as we know it. Only approved suffixes can be filed.",
        "",
    ),
    (
        "domain.suffix.unlisted.fix",
        "Use a domain with an approved suffix such as .cn or .com, or check domain.miit.gov.cn if you believe {suffix} was approved recently.",
        "",
    ),
    (
        "domain.suffix.approved",
        "{suffix} is on MIIT's approved list.",
        "",
    ),
    (
        "domain.suffix.not-approved",
        "{suffix} is not approved by MIIT, so {domain} cannot be filed. {notes}",
        "",
    ),
    (
        "domain.suffix.not-approved.fix",
        "Register and file a domain with an approved suffix such as .cn or .com, or host the site outside the mainland (then no filing is needed).",
        "",
    ),
    (
        "domain.suffix.unknown",
        "Sources disagree on whether {suffix} is approved by MIIT. {notes}",
        "",
    ),
    (
        "domain.suffix.unknown.fix",
        "Check domain.miit.gov.cn before you file; if in doubt use .cn or .com.",
        "",
    ),
    (
        "domain.suffix.restricted-ok",
        "{suffix} is reserved for {allowed}; your entity type may use it.",
        "",
    ),
    (
        "domain.suffix.restricted-unknown",
        "{suffix} is reserved for {allowed}.",
        "",
    ),
    (
        "domain.suffix.restricted-unknown.fix",
        "Answer the entity type so this can be checked.",
        "",
    ),
    (
        "domain.suffix.restricted-soft",
        "{suffix} is meant for {allowed}; registrars note it but filings are not known to be refused.",
        "",
    ),
    (
        "domain.suffix.restricted-soft.fix",
        "Check with your provincial bureau if your entity type is not one of these.",
        "",
    ),
    (
        "domain.suffix.restricted-wrong",
        "{suffix} is reserved for {allowed}; your entity type may not file it.",
        "",
    ),
    (
        "domain.suffix.restricted-wrong.fix",
        "File a domain with an unrestricted suffix such as .cn or .com.",
        "",
    ),
    (
        "domain.registrar.title",
        "{domain}: registrar approved by MIIT",
        "",
    ),
    ("domain.registrar.ask", "Where is {domain} registered?", ""),
    (
        "domain.registrar.ask.fix",
        "Answer the registrar: Alibaba Cloud China site, Alibaba Cloud international site, another MIIT-approved registrar, or another registrar.",
        "",
    ),
    (
        "domain.registrar.approved",
        "{domain} is registered at an MIIT-approved registrar.",
        "",
    ),
    (
        "domain.registrar.international",
        "{domain} is registered on the Alibaba Cloud international site (alibabacloud.com), which serves domains hosted outside the mainland; such domains cannot be filed.",
        "",
    ),
    (
        "domain.registrar.international.fix",
        "Transfer {domain} to the Alibaba Cloud China site (aliyun.com), or register it there, then verify its real name.",
        "",
    ),
    (
        "domain.registrar.unapproved",
        "{domain} is registered at a registrar that MIIT has not approved; it cannot be filed there.",
        "",
    ),
    (
        "domain.registrar.unapproved.fix",
        "Transfer {domain} to an MIIT-approved registrar (for example Alibaba Cloud's China site).",
        "",
    ),
    (
        "domain.registrar.unknown",
        "You do not know where {domain} is registered.",
        "",
    ),
    (
        "domain.registrar.unknown.fix",
        "Look up the registrar with a WHOIS query or in your registrar account, then answer.",
        "",
    ),
    (
        "domain.real-name.title",
        "{domain}: real-name verification complete",
        "",
    ),
    (
        "domain.real-name.ask",
        "Has the real-name verification of {domain} been completed?",
        "",
    ),
    (
        "domain.real-name.ask.fix",
        "Answer yes, no or not sure.",
        "",
    ),
    (
        "domain.real-name.unsure",
        "You are not sure whether {domain} has completed real-name verification.",
        "",
    ),
    (
        "domain.real-name.unsure.fix",
        "Check the domain's real-name status in your registrar's console (Alibaba Cloud: Domains → real-name verification).",
        "",
    ),
    (
        "domain.real-name.yes",
        "{domain} has completed real-name verification.",
        "",
    ),
    (
        "domain.real-name.no",
        "{domain} has not completed real-name verification.",
        "",
    ),
    (
        "domain.real-name.no.fix",
        "Complete real-name verification of {domain} with the holder's certificate at your registrar; then wait 3 working days before you submit.",
        "",
    ),
    (
        "domain.real-name-delay.title",
        "{domain}: real-name data reached the bureau",
        "",
    ),
    (
        "domain.real-name-delay.wait",
        "{domain} was verified on {verified}; the data takes 3–5 working days to reach the bureau.",
        "",
    ),
    (
        "domain.real-name-delay.wait.fix",
        "Submit on or after {from}.",
        "",
    ),
    ("domain.holder.title", "{domain}: holder allowed", ""),
    (
        "domain.holder.ask",
        "Who holds {domain}: the entity itself, a shareholder, a senior executive, the person in charge, or someone else?",
        "",
    ),
    (
        "domain.holder.ask.fix",
        "Look up the holder in the domain's real-name record and answer.",
        "",
    ),
    (
        "domain.holder.entity",
        "{domain} is held by the filing entity itself.",
        "",
    ),
    (
        "domain.holder.individual-other",
        "{domain} is held by {holder}, but an individual must own the domains they file.",
        "",
    ),
    (
        "domain.holder.individual-other.fix",
        "Transfer {domain} into your own name (and verify its real name), or have its holder file it.",
        "",
    ),
    (
        "domain.holder.other",
        "{domain} is held by someone who is not the organisation, a shareholder, a senior executive or the person in charge.",
        "",
    ),
    (
        "domain.holder.other.fix",
        "Transfer {domain} to the organisation (or one of those people) and redo the real-name verification.",
        "",
    ),
    (
        "domain.holder.kind-ask",
        "{domain} is held by {holder}: is that holder a person or an organisation?",
        "",
    ),
    (
        "domain.holder.kind-ask.fix",
        "Answer whether the holder is a person or an organisation; some provinces then ask for a holder certificate.",
        "",
    ),
    (
        "domain.holder.related",
        "{domain} is held by {holder}, which organisations may use.",
        "",
    ),
    (
        "domain.holder-match.title",
        "{domain}: real-name record matches the filing",
        "",
    ),
    (
        "domain.holder-match.ask",
        "Does the real-name record of {domain} show exactly the filing's name, certificate type and certificate number?",
        "",
    ),
    (
        "domain.holder-match.ask.fix",
        "Compare the domain's real-name record with the entity certificate, then answer.",
        "",
    ),
    (
        "domain.holder-match.unsure",
        "You are not sure whether the real-name record of {domain} matches the filing.",
        "",
    ),
    (
        "domain.holder-match.unsure.fix",
        "Open the domain's real-name record and compare name, certificate type and number with the filing, character for character.",
        "",
    ),
    (
        "domain.holder-match.yes",
        "The real-name record of {domain} matches the filing's name, certificate type and number.",
        "",
    ),
    (
        "domain.holder-match.no",
        "The real-name record of {domain} differs from the filing; the bureau rejects such filings.",
        "",
    ),
    (
        "domain.holder-match.no.fix",
        "Change the domain's holder information at the registrar (and re-verify), or correct the filing's entity details, so name, certificate type and number are identical.",
        "",
    ),
    ("domain.expiry.title", "{domain}: registration valid", ""),
    ("domain.expiry.ask", "When does {domain} expire?", ""),
    (
        "domain.expiry.ask.fix",
        "Enter the expiry date from your registrar (YYYY-MM-DD).",
        "",
    ),
    (
        "domain.expiry.expired",
        "{domain} expired on {expires}.",
        "",
    ),
    (
        "domain.expiry.expired.fix",
        "Renew {domain} at your registrar before you apply.",
        "",
    ),
    ("domain.expiry.need-months", "at least {n} full months", ""),
    ("domain.expiry.need-days", "more than {n} days", ""),
    (
        "domain.expiry.province-short",
        "{domain} expires on {expires}, full months left: {months}; {province} needs {need}.",
        "",
    ),
    (
        "domain.expiry.soon",
        "{domain} expires on {expires}, in less than 3 full months; a filing takes weeks.",
        "",
    ),
    (
        "domain.expiry.soon.fix",
        "Renew {domain} before you apply so it stays valid through the review.",
        "",
    ),
    (
        "domain.expiry.done",
        "{domain} is valid until {expires} (full months left: {months}).",
        "",
    ),
    // ── instance ────────────────────────────────────────────────────────────────────────────
    (
        "instance.product.title",
        "Supported Alibaba Cloud instance",
        "",
    ),
    (
        "instance.product.ask",
        "You have not said which Alibaba Cloud product hosts the website.",
        "",
    ),
    (
        "instance.product.ask.fix",
        "Choose the product: ECS, Web Hosting, Simple Application Server, Elastic Web Hosting, a Marketplace website-building product, NAT Gateway, IPv6 Translation Service or ENS.",
        "",
    ),
    (
        "instance.product.done",
        "The website is hosted on {product}.",
        "",
    ),
    ("instance.region.title", "Instance in Mainland China", ""),
    (
        "instance.region.ask",
        "Is your {product} instance in a Mainland China region?",
        "",
    ),
    (
        "instance.region.ask.fix",
        "Check the instance's region in the console (for example cn-hangzhou or cn-shanghai are mainland; cn-hongkong is not) and answer.",
        "",
    ),
    (
        "instance.region.unsure",
        "You are not sure whether your {product} instance is in a Mainland China region.",
        "",
    ),
    (
        "instance.region.unsure.fix",
        "Check the instance's region in the console: Hong Kong, overseas and international regions are not the mainland.",
        "",
    ),
    (
        "instance.region.yes",
        "Your {product} instance is in Mainland China.",
        "",
    ),
    (
        "instance.region.no",
        "Your {product} instance is outside Mainland China; it cannot back an ICP filing (and a site hosted there needs none).",
        "",
    ),
    (
        "instance.region.no.fix",
        "Buy an instance of {product} in a Mainland China region for the filing.",
        "",
    ),
    ("instance.billing.title", "Subscription billing", ""),
    (
        "instance.billing.ask",
        "Is your {product} instance billed by subscription or pay-as-you-go?",
        "",
    ),
    (
        "instance.billing.ask.fix",
        "Check the billing method in the console and answer.",
        "",
    ),
    (
        "instance.billing.payg",
        "Pay-as-you-go instances cannot get service identification numbers.",
        "",
    ),
    (
        "instance.billing.payg.fix",
        "Switch the instance to subscription (包年包月) billing, or buy a subscription instance.",
        "",
    ),
    (
        "instance.billing.done",
        "The instance is billed by subscription.",
        "",
    ),
    (
        "instance.remaining-term.title",
        "At least {min} months of subscription left",
        "",
    ),
    (
        "instance.remaining-term.ask",
        "When does your {product} subscription end?",
        "",
    ),
    (
        "instance.remaining-term.ask.fix",
        "Enter the end date of the paid period (YYYY-MM-DD) from the console.",
        "",
    ),
    (
        "instance.remaining-term.expired",
        "Your {product} subscription ended on {expires}.",
        "",
    ),
    (
        "instance.remaining-term.short",
        "Your {product} subscription ends on {expires}: full months left {months}, required {min}.",
        "",
    ),
    (
        "instance.remaining-term.short.fix",
        "Renew the subscription so at least {min} full months remain before you apply.",
        "",
    ),
    (
        "instance.remaining-term.done",
        "Your {product} subscription ends on {expires}: full months left {months}, required {min}.",
        "",
    ),
    (
        "instance.term.title",
        "Subscription of at least {min} months bought",
        "",
    ),
    (
        "instance.term.ask",
        "For how many months is your {product} subscription bought (including renewals)?",
        "",
    ),
    (
        "instance.term.ask.fix",
        "Enter the subscription term in months.",
        "",
    ),
    (
        "instance.term.done",
        "Subscription bought for {product}: {bought} months (at least {min} required).",
        "",
    ),
    (
        "instance.term.short",
        "Subscription bought for {product}: {bought} months, but at least {min} are required.",
        "",
    ),
    (
        "instance.term.first-order-short",
        "The first order of {product} was for {bought} months; the first order must be at least {min} months.",
        "",
    ),
    (
        "instance.term.short.fix",
        "Extend the subscription to at least {min} months (for Marketplace products, place a first order of at least {min} months).",
        "",
    ),
    ("instance.expiry.title", "Instance paid up", ""),
    (
        "instance.expiry.ask",
        "When does your {product} subscription end?",
        "",
    ),
    (
        "instance.expiry.ask.fix",
        "Enter the end date of the paid period (YYYY-MM-DD).",
        "",
    ),
    (
        "instance.expiry.expired",
        "Your {product} subscription ended on {expires}.",
        "",
    ),
    (
        "instance.expiry.expired.fix",
        "Renew the subscription before you apply.",
        "",
    ),
    (
        "instance.expiry.soon",
        "Your {product} subscription ends on {expires}: full months left {months}, fewer than the {min} bought terms require.",
        "",
    ),
    (
        "instance.expiry.soon.fix",
        "Renew it so the instance keeps running through the review; a filing whose instance lapses may be cancelled.",
        "",
    ),
    (
        "instance.expiry.done",
        "Your {product} subscription runs until {expires}.",
        "",
    ),
    (
        "instance.order-amount.title",
        "Order of at least RMB {min_rmb}",
        "",
    ),
    (
        "instance.order-amount.ask",
        "What was the amount of your {product} order, in RMB?",
        "",
    ),
    (
        "instance.order-amount.ask.fix",
        "Enter the order amount from your Marketplace order.",
        "",
    ),
    (
        "instance.order-amount.short",
        "Your order was RMB {amount}; at least RMB {min_rmb} is required.",
        "",
    ),
    (
        "instance.order-amount.short.fix",
        "Place an order of at least RMB {min_rmb} (and at least 12 months).",
        "",
    ),
    (
        "instance.order-amount.done",
        "Your order was RMB {amount} (at least RMB {min_rmb} required).",
        "",
    ),
    (
        "instance.public-bandwidth.title",
        "Public bandwidth bought",
        "",
    ),
    (
        "instance.public-bandwidth.ask",
        "Does your ECS instance have public network bandwidth (a public IP)?",
        "",
    ),
    (
        "instance.public-bandwidth.ask.fix",
        "Check the instance's public IP and bandwidth in the console, then answer.",
        "",
    ),
    (
        "instance.public-bandwidth.unsure",
        "You are not sure whether your ECS instance has public bandwidth.",
        "",
    ),
    (
        "instance.public-bandwidth.unsure.fix",
        "An instance with a public IP address (or an attached EIP) has it; check the console.",
        "",
    ),
    (
        "instance.public-bandwidth.yes",
        "Your ECS instance has public bandwidth.",
        "",
    ),
    (
        "instance.public-bandwidth.no",
        "Your ECS instance has no public bandwidth, so it cannot get a service identification number.",
        "",
    ),
    (
        "instance.public-bandwidth.no.fix",
        "Buy public bandwidth for the instance (change its configuration) or attach an EIP.",
        "",
    ),
    (
        "instance.quota.title",
        "Service identification numbers left",
        "",
    ),
    ("instance.quota.per-instance", "per instance", ""),
    (
        "instance.quota.per-account",
        "per Alibaba Cloud account",
        "",
    ),
    (
        "instance.quota.ask",
        "How many service identification numbers of this {product} have been used already? It gives {quota} {scope}.",
        "",
    ),
    (
        "instance.quota.ask.fix",
        "Count the numbers already used (0 for a new instance) and answer.",
        "",
    ),
    (
        "instance.quota.exceeded",
        "{product} gives {quota} service identification numbers {scope}: {used} used, {left} left, but websites in this filing: {sites}.",
        "",
    ),
    (
        "instance.quota.exceeded.fix",
        "Buy a new instance (renewing does not raise the quota), or file fewer websites.",
        "",
    ),
    (
        "instance.quota.done",
        "{product} gives {quota} service identification numbers {scope}: {used} used, {left} left; websites in this filing: {sites}.",
        "",
    ),
    // ── materials ───────────────────────────────────────────────────────────────────────────
    ("materials.title", "{en} ({zh})", ""),
    ("materials.ready", "Ready.", ""),
    (
        "materials.prepare.fix",
        "Prepare it as a colour scan or photo of the original, then mark it ready.",
        "",
    ),
    (
        "materials.maybe.fix",
        "Check your province's rules; prepare it if they ask for it.",
        "",
    ),
    ("materials.role.leader", "the person in charge", ""),
    ("materials.role.admin", "the website administrator", ""),
    ("materials.role.entity", "the entity certificate", ""),
    (
        "materials.individual-once.detail",
        "For an individual this is your own identity document, the same as the person in charge's, uploaded once.",
        "",
    ),
    (
        "materials.person.ask",
        "Details of {role} are missing: residency, document type and number.",
        "",
    ),
    (
        "materials.person.ask.fix",
        "Enter {role}'s residency, document type and number.",
        "",
    ),
    (
        "materials.person.missing",
        "For {role}, these answers are missing: {fields}.",
        "",
    ),
    (
        "materials.number.invalid",
        "The number of {role}'s document cannot be right: {problem}",
        "",
    ),
    (
        "materials.number.invalid.fix",
        "Copy the number again from the document itself.",
        "",
    ),
    ("materials.basic.why", "{material}: needed for {role}.", ""),
    ("residency.mainland", "Mainland China", ""),
    ("residency.hong_kong", "Hong Kong", ""),
    ("residency.macao", "Macao", ""),
    ("residency.taiwan", "Taiwan", ""),
    ("residency.foreign", "foreign", ""),
    (
        "materials.document.wrong",
        "{role} is a {residency} resident, who files with {allowed}, not {document}.",
        "",
    ),
    ("materials.document.wrong.fix", "Use {allowed}.", ""),
    (
        "materials.document.permit-only",
        "{role} uses {document}, but {rule}",
        "",
    ),
    (
        "materials.document.permit-only.fix",
        "Apply for and use the Residence Permit for Hong Kong and Macao Residents (港澳居民居住证).",
        "",
    ),
    (
        "materials.validity.expired",
        "{role}'s document expired on {until}.",
        "",
    ),
    (
        "materials.validity.expired.fix",
        "Renew the document and use the new one.",
        "",
    ),
    (
        "materials.validity.short",
        "{role}'s document is valid until {until} (full months left: {months}); {rule}",
        "",
    ),
    (
        "materials.entity.ask",
        "The entity certificate's type and number are missing.",
        "",
    ),
    (
        "materials.entity.ask.fix",
        "Enter the certificate type (for example business licence) and its number.",
        "",
    ),
    (
        "materials.entity.why",
        "The organisation's own certificate (business licence or other registration certificate).",
        "",
    ),
    (
        "materials.entity.personal",
        "An organisation files with its own certificate, not a personal identity document.",
        "",
    ),
    (
        "materials.entity.personal.fix",
        "Choose the organisation's certificate type (business licence, organisation code, …).",
        "",
    ),
    (
        "materials.face-photo.why",
        "Some provinces ask individuals for a photo of the website administrator holding the identity document.",
        "",
    ),
    (
        "materials.face-photo-org.why",
        "Some provinces ask organisations for a photo of the website administrator holding the organisation's certificate.",
        "",
    ),
    (
        "materials.change.why",
        "The entity's certificate changed, so a certificate of change from the issuing authority is required.",
        "",
    ),
    (
        "materials.authorization.province",
        "The person in charge or the website administrator is not the legal representative: {province} requires a letter of authorization. {rule}",
        "",
    ),
    (
        "materials.authorization.some",
        "The person in charge or the website administrator is not the legal representative; some provinces then require a letter of authorization.",
        "",
    ),
    (
        "materials.holder-certificate.province",
        "{domains} is held by a person, and {province} wants domains under the organisation's name: provide the domain name holder certificate.",
        "",
    ),
    (
        "materials.holder-certificate.some",
        "{domains} is held by a person; provinces that want domains under the organisation's name ask for a domain name holder certificate.",
        "",
    ),
    (
        "materials.beijing.ask",
        "In Beijing, can every domain be listed in the authenticity statement? If not, the Beijing domain confirmation sheet is needed.",
        "",
    ),
    (
        "materials.beijing.ask.fix",
        "Answer whether all your domains fit in the authenticity statement.",
        "",
    ),
    (
        "materials.beijing.why",
        "Not every domain fits in the authenticity statement, so {province} requires the domain name confirmation listing them all.",
        "",
    ),
    (
        "materials.finance.ask",
        "Does the website carry information about the financial industry? {province} then requires a commitment letter.",
        "",
    ),
    (
        "materials.finance.ask.fix",
        "Answer whether the site has finance-related content.",
        "",
    ),
    (
        "materials.finance.why",
        "The website carries finance-related information, so {province} requires the commitment letter for finance-related websites.",
        "",
    ),
    (
        "materials.construction-plan.why",
        "The filing has {count} domains (more than {limit}), so {province} requires a website construction plan besides the authenticity statement.",
        "",
    ),
    (
        "materials.domain-certificate.province",
        "{province} asks for domain name certificates: {rule}",
        "",
    ),
    (
        "materials.domain-certificate.some",
        "Some provinces ask for a domain name certificate for each domain.",
        "",
    ),
    (
        "materials.residence-permit.why",
        "Your ID is domiciled in {domicile}, so {province} requires your residence permit.",
        "",
    ),
    (
        "materials.residence-permit.missing",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit, which {province} requires.",
        "",
    ),
    (
        "materials.residence-permit.missing.fix",
        "Obtain a {province} residence permit, or file in {domicile}.",
        "",
    ),
    (
        "materials.superior.why",
        "{province} requires public institutions and government agencies to provide a certificate of authorization from their upper-level authority.",
        "",
    ),
    (
        "materials.upload-format.title",
        "Upload colour scans or photos",
        "",
    ),
    (
        "materials.upload-format.detail",
        "Upload photos or scanned colour copies of the original materials, clear and complete; Alibaba has them captured in its app with face recognition.",
        "",
    ),
    (
        "materials.upload-format.fix",
        "Have the originals at hand when you open the order; no black-and-white copies, no photos of screens.",
        "",
    ),
    (
        "materials.splicing.title",
        "Auxiliary material without its own upload slot",
        "",
    ),
    (
        "materials.splicing.detail",
        "If no separate upload button is offered for an auxiliary material, splice its photo together with the entity's certificate into one image and upload that.",
        "",
    ),
    (
        "materials.splicing.fix",
        "Use an image tool to combine the two photos into one image before uploading.",
        "",
    ),
    (
        "materials.certificate-changed.title",
        "Certificate changes answered",
        "",
    ),
    (
        "materials.certificate-changed.ask",
        "Has the entity's certificate changed (for example a new business licence with a new number)?",
        "",
    ),
    (
        "materials.certificate-changed.unsure",
        "You are not sure whether the entity's certificate changed.",
        "",
    ),
    (
        "materials.certificate-changed.ask.fix",
        "Compare the certificate with earlier registrations (for example at the registrar) and answer.",
        "",
    ),
    ("materials.prepared.title", "Materials marked ready", ""),
    (
        "materials.prepared.ask",
        "You have not said which materials are ready.",
        "",
    ),
    (
        "materials.prepared.ask.fix",
        "Mark each material you have as a colour scan or photo.",
        "",
    ),
    // ── account ─────────────────────────────────────────────────────────────────────────────
    (
        "account.exists.title",
        "Alibaba Cloud account registered",
        "",
    ),
    (
        "account.exists.ask",
        "Do you have an Alibaba Cloud account?",
        "",
    ),
    ("account.exists.ask.fix", "Answer yes, no or not sure.", ""),
    (
        "account.exists.unsure",
        "You are not sure whether you have an Alibaba Cloud account.",
        "",
    ),
    (
        "account.exists.unsure.fix",
        "Try to sign in at aliyun.com; register if you have none.",
        "",
    ),
    (
        "account.exists.yes",
        "You have an Alibaba Cloud account.",
        "",
    ),
    (
        "account.exists.no",
        "You have no Alibaba Cloud account yet; you need one before you apply.",
        "",
    ),
    (
        "account.exists.no.fix",
        "Register an account on the Alibaba Cloud China site (aliyun.com).",
        "",
    ),
    ("account.site.title", "China-site account (aliyun.com)", ""),
    (
        "account.site.ask",
        "Is your account on the China site (aliyun.com) or the international site (alibabacloud.com)?",
        "",
    ),
    (
        "account.site.ask.fix",
        "Check where you sign in and answer.",
        "",
    ),
    (
        "account.site.china",
        "Your account is on the China site (aliyun.com).",
        "",
    ),
    (
        "account.site.international",
        "Your account is on the international site (alibabacloud.com), which does not accept filing applications.",
        "",
    ),
    (
        "account.site.international.fix",
        "Register a China-site account (aliyun.com) and file from it.",
        "",
    ),
    ("account.real-name.title", "Account real-name verified", ""),
    (
        "account.real-name.ask",
        "Has your Alibaba Cloud account completed real-name verification?",
        "",
    ),
    (
        "account.real-name.ask.fix",
        "Answer yes, no or not sure.",
        "",
    ),
    (
        "account.real-name.unsure",
        "You are not sure whether your account completed real-name verification.",
        "",
    ),
    (
        "account.real-name.unsure.fix",
        "Check the account's real-name status in the console.",
        "",
    ),
    (
        "account.real-name.yes",
        "Your account has completed real-name verification.",
        "",
    ),
    (
        "account.real-name.no",
        "Your account has not completed real-name verification.",
        "",
    ),
    (
        "account.real-name.no.fix",
        "Complete real-name verification in the Alibaba Cloud console.",
        "",
    ),
    (
        "account.one-entity.title",
        "Account free for this entity",
        "",
    ),
    (
        "account.one-entity.ask",
        "Does this account already carry a filing for a different entity?",
        "",
    ),
    (
        "account.one-entity.ask.fix",
        "Answer yes, no or not sure.",
        "",
    ),
    (
        "account.one-entity.unsure",
        "You are not sure whether this account already carries a filing for another entity.",
        "",
    ),
    (
        "account.one-entity.unsure.fix",
        "Check the ICP Filing system (beian.aliyun.com) for existing filings of this account.",
        "",
    ),
    (
        "account.one-entity.no",
        "The account carries no other entity's filing.",
        "",
    ),
    (
        "account.one-entity.yes",
        "This account already carries a filing for another entity; one account may hold only one.",
        "",
    ),
    (
        "account.one-entity.yes.fix",
        "File from a separate Alibaba Cloud account for this entity.",
        "",
    ),
    // ── pre-approval ────────────────────────────────────────────────────────────────────────
    (
        "preapproval.industries.title",
        "Special industries answered",
        "",
    ),
    (
        "preapproval.industries.ask",
        "Does the website involve a special industry (news, publishing, medicine, medical devices, culture, radio/film/TV, finance, religion, …)?",
        "",
    ),
    (
        "preapproval.industries.ask.fix",
        "Choose the industries the site's content involves, or none.",
        "",
    ),
    (
        "preapproval.industries.none",
        "The website involves no industry that needs pre-approval.",
        "",
    ),
    (
        "preapproval.industries.some",
        "The website involves: {industries}.",
        "",
    ),
    (
        "preapproval.unconfirmed",
        "the competent authority (not confirmed here)",
        "",
    ),
    ("preapproval.no-document", "the approval document", ""),
    ("preapproval.industry.title", "Pre-approval: {industry}", ""),
    (
        "preapproval.industry.ready",
        "You hold the {industry} approval: {document}.",
        "",
    ),
    (
        "preapproval.industry.missing",
        "{industry} content needs pre-approval before filing: {document} from {body}.",
        "",
    ),
    (
        "preapproval.industry.missing.fix",
        "Obtain {document} from {body} before you apply, or remove {industry} content from the site.",
        "",
    ),
    (
        "preapproval.industry.ask",
        "Do you already hold the {industry} approval ({document})?",
        "",
    ),
    (
        "preapproval.industry.ask.fix",
        "Answer which approvals you have in hand.",
        "",
    ),
    (
        "preapproval.industry.abolished",
        "The {industry} pre-approval was abolished (outside a few provinces, per a 2017 table).",
        "",
    ),
    (
        "preapproval.industry.abolished.fix",
        "Check with your provincial bureau whether a commitment letter (不涉及前置审批承诺书) is asked instead.",
        "",
    ),
    (
        "preapproval.industry.unconfirmed-industry",
        "Whether {industry} needs pre-approval, and from whom, is not confirmed: {body}.",
        "",
    ),
    (
        "preapproval.industry.unconfirmed-industry.fix",
        "Check with your provincial bureau which approval {industry} content needs.",
        "",
    ),
];
