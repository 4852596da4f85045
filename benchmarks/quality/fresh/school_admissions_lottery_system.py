"""School admissions lottery: the first design, before any security review.

Families apply online for places at the district's schools through a public
admissions portal. They list ranked school choices, claim sibling priority and
upload proof of address. The application service verifies sibling claims against
the district's student information system and geocodes home addresses through a
commercial geocoding API to compute distance priority. After the deadline a
lottery engine runs deterministic matching with a random seed over the priority
groups and writes offers to a results store. A letter service asks a hosted LLM
to draft each family's decision letter; admissions staff review and approve every
letter in a staff console before it is released to the portal and an e-mail
notice is sent. Families can appeal an outcome in the portal; staff decide appeals.
The portal uses e-mail and password accounts; staff sign in with district SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School admissions lottery",
    profile=tg.RiskProfile.HIGH,
    description=(
        "District school-place applications, a priority lottery, LLM-drafted decision "
        "letters approved by staff, and an online appeals process."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "School application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, date of birth, home address, ranked choices, sibling claims.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
address_proof = tg.Data(
    "Proof of address documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded utility bills and lease agreements.",
)
appeal = tg.Data("Appeal submission", kind="documents", sensitivity=tg.Sensitivity.PII)
home_address = tg.Data("Home address", kind="records", sensitivity=tg.Sensitivity.PII)
distance = tg.Data("Geocoded location and distance", kind="records", sensitivity=tg.Sensitivity.PII)
enrolment = tg.Data(
    "Current enrolment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Enrolled students and their household links, used to verify sibling claims.",
)
offers = tg.Data(
    "Lottery offers and waitlist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
letter_prompt = tg.Data(
    "Letter drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template instructions plus the family's name, child, outcome and waitlist position.",
)
draft_letter = tg.Data("Draft decision letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_letter = tg.Data(
    "Approved decision letter", kind="documents", sensitivity=tg.Sensitivity.PII
)
staff_decision = tg.Data("Staff approval and appeal decision", kind="records")
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("E-mail notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians applying from home or a library computer.
    family = tm.add(tg.Actor("Parent or guardian", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used only to write letters in plain language.
    llm = tm.add(
        tg.LLM(
            "Hosted letter LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API under the district's enterprise account.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Turns home addresses into coordinates for the distance priority.
    geocoder = tm.add(
        tg.ExternalService("Geocoding API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends "your decision is ready" e-mails to families.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("District cloud", trust=tg.Trust.INTERNAL):
    # The public web front end for applications, letters and appeals.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Business logic for applications and appeals; computes priority groups.
    app_service = tm.add(
        tg.Service(
            "Application service",
            description="Validates applications, checks sibling claims, requests geocoding.",
        )
    )
    # Runs the lottery: priority groups (siblings, then distance), random order within a group.
    lottery = tm.add(
        tg.Service(
            "Lottery matching engine",
            description="Deferred-acceptance matching with a seeded random tie-breaker.",
            controls={
                c.AuditLogging(note="seed, input snapshot and results recorded per run"),
                c.Contestability(note="families can appeal through the portal"),
            },
        )
    )
    # Builds prompts from offers and collects draft letters for staff review.
    letter_service = tm.add(tg.Service("Letter drafting service"))
    # Internal web app where admissions staff approve letters and decide appeals.
    console = tm.add(
        tg.Service(
            "Staff review console",
            controls={
                c.Authentication(method="district SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="admissions staff approve every letter"),
            },
        )
    )

    with tm.boundary("Admissions data tier", trust=tg.Trust.RESTRICTED):
        # System of record for applications, documents and appeals.
        app_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application, address_proof, appeal, distance},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Offers, waitlists and approved letters per admissions round.
        results = tm.add(tg.DataStore("Lottery results store", stores={offers, approved_letter}))

with tm.boundary("District network", trust=tg.Trust.INTERNAL):
    # Existing student information system: source of truth for current enrolment.
    sis = tm.add(tg.DataSource("Student information system", provides={enrolment}))
    # Central admissions office staff.
    staff = tm.add(tg.Actor("Admissions staff", role="admissions officer", privileged=True))

# ---------------------------------------------------------------- flows
# Applications and appeals in, status and letters out.
tm.flow(family, portal, application, address_proof, appeal, protocol="https")
tm.flow(portal, family, status, approved_letter, protocol="https")
tm.flow(portal, app_service, application, address_proof, appeal)
tm.flow(app_service, portal, status, approved_letter)
tm.flow(app_service, app_db, application, address_proof, appeal, distance)
tm.flow(app_db, app_service, application, appeal)

# Priority checks.
tm.flow(app_service, geocoder, home_address, protocol="https")
tm.flow(geocoder, app_service, distance, protocol="https")
tm.flow(sis, app_service, enrolment, label="sibling verification")

# The lottery run.
tm.flow(app_db, lottery, application, distance, label="applications with priorities")
tm.flow(lottery, results, offers)

# Letter drafting and approval.
tm.flow(results, letter_service, offers)
tm.flow(letter_service, llm, letter_prompt, protocol="https")
tm.flow(llm, letter_service, draft_letter, protocol="https")
tm.flow(letter_service, console, draft_letter)
tm.flow(console, staff, draft_letter, offers, appeal, protocol="https")
tm.flow(staff, console, staff_decision, protocol="https")
tm.flow(app_db, console, appeal, application, label="appeal case files")
tm.flow(console, results, approved_letter, staff_decision)
tm.flow(results, app_service, approved_letter, offers, label="release to portal")

# Notifications.
tm.flow(app_service, mailer, notice, protocol="https")
tm.flow(mailer, family, notice, protocol="smtp+starttls")
