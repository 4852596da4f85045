"""Sperm bank donor profiles: the first design, before any security review.

A sperm bank in the EU recruits donors who sign in to a donor portal and fill in
health, lifestyle and three-generation family history questionnaires. A partner
genetics laboratory runs carrier screening and karyotype tests and uploads the
results to us by SFTP. A profile drafting service sends the questionnaire answers
and the screening summary to a hosted LLM, which writes a draft public donor
profile (background, interests, health summary, screening outcome) with no name
or contact details. A genetic counsellor reviews and edits every draft in the
staff review app and approves it before it is published to the profile catalogue.
Recipients and their clinics browse the catalogue on the public website, sign in
and order straws; payment goes through a card payment provider. Everything runs
in our cloud tenancy; the donor records database is encrypted at rest, portals
use e-mail and password sign-in, and staff use SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sperm bank donor profile and genetic screening LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted public donor profiles from questionnaires and genetic tests, "
    "reviewed by a genetic counsellor; recipients browse and order online.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Donor health and family history questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Medical history, medications, lifestyle and three generations of family illness.",
)
donor_identity = tg.Data(
    "Donor identity and contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
genetic_results = tg.Data(
    "Genetic screening results",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Carrier screening panel and karyotype reports from the laboratory.",
)
drafting_prompt = tg.Data(
    "Profile drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, questionnaire answers and screening summary for one donor.",
)
draft_profile = tg.Data(
    "Draft donor profile",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_profile = tg.Data(
    "Published donor profile",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Non-identifying profile with health summary and screening outcome.",
)
counsellor_edits = tg.Data(
    "Counsellor edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
recipient_account = tg.Data(
    "Recipient account and clinic details", kind="records", sensitivity=tg.Sensitivity.PII
)
order = tg.Data("Sample order", kind="records", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Card payment request", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Donors fill in questionnaires from home.
    donor = tm.add(tg.Actor("Donor", role="sperm donor"))
    # Intended parents and their clinics browse profiles and order samples.
    recipient = tm.add(tg.Actor("Recipient", role="recipient or clinic"))

with tm.boundary("Genetics laboratory", trust=tg.Trust.PARTNER):
    # Accredited lab that runs carrier screening and karyotyping on donor samples.
    lab = tm.add(
        tg.ExternalService(
            "Genetic testing laboratory",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Uploads signed PDF and CSV result files to our SFTP drop.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that writes the profile prose.
    llm = tm.add(
        tg.LLM(
            "Hosted profile LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called through its EU-region API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments for sample orders; we never see card numbers.
    payments = tm.add(
        tg.ExternalService("Card payment provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Sperm bank cloud", trust=tg.Trust.INTERNAL):
    # Where donors sign in and submit questionnaires.
    donor_portal = tm.add(
        tg.Endpoint(
            "Donor portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Public catalogue and shop for recipients.
    recipient_site = tm.add(
        tg.Endpoint(
            "Recipient website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the prompt from a donor's records and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Profile drafting service",
            description="Runs when a donor's questionnaire and lab results are both complete.",
        )
    )
    # Staff app where the counsellor reviews, edits and approves drafts.
    review_app = tm.add(
        tg.Service(
            "Counsellor review app",
            controls={
                c.Authentication(method="SSO with MFA"),
                c.HumanInTheLoop(
                    approver="a genetic counsellor approves every profile before publication"
                ),
            },
        )
    )
    # Published profiles that the recipient website reads.
    catalogue = tm.add(tg.DataStore("Donor profile catalogue", stores={approved_profile}))
    # Recipient accounts and orders.
    order_db = tm.add(tg.DataStore("Order database", stores={recipient_account, order}))

    with tm.boundary("Donor records tier", trust=tg.Trust.RESTRICTED):
        # System of record for donors: identity, questionnaires, lab results, drafts.
        donor_db = tm.add(
            tg.DataStore(
                "Donor records database",
                stores={
                    donor_identity,
                    questionnaire,
                    genetic_results,
                    draft_profile,
                    counsellor_edits,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Reviews every draft against the questionnaire and lab reports.
    counsellor = tm.add(tg.Actor("Genetic counsellor", role="genetic counsellor"))

# ---------------------------------------------------------------- flows
tm.flow(donor, donor_portal, donor_identity, questionnaire, protocol="https")
tm.flow(donor_portal, donor, questionnaire, protocol="https", label="saved answers")
tm.flow(donor_portal, donor_db, donor_identity, questionnaire)

tm.flow(lab, donor_db, genetic_results, protocol="sftp", label="result upload")

tm.flow(donor_db, drafting, questionnaire, genetic_results)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_profile, protocol="https")
tm.flow(drafting, donor_db, draft_profile)

tm.flow(donor_db, review_app, draft_profile, questionnaire, genetic_results)
tm.flow(counsellor, review_app, counsellor_edits, protocol="https")
tm.flow(review_app, counsellor, draft_profile, questionnaire, genetic_results, protocol="https")
tm.flow(review_app, donor_db, counsellor_edits)
tm.flow(review_app, catalogue, approved_profile, label="publish")

tm.flow(catalogue, recipient_site, approved_profile)
tm.flow(recipient, recipient_site, recipient_account, order, protocol="https")
tm.flow(recipient_site, recipient, approved_profile, order, protocol="https")
tm.flow(recipient_site, order_db, recipient_account, order)
tm.flow(order_db, recipient_site, recipient_account, order)
tm.flow(recipient_site, payments, payment_request, protocol="https")
tm.flow(payments, recipient_site, payment_result, protocol="https")
