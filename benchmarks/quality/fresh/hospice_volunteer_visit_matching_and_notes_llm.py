"""Hospice volunteer visits: the first design, before any security review.

A UK hospice sends trained, DBS-checked volunteers to sit with patients at home.
Volunteer coordinators enter each patient referral and keep volunteer profiles
in a cloud-hosted coordination app; a matching service ranks volunteers for a
referral by distance, availability, language and interests, and a coordinator
confirms every match. Volunteers get visit reminders by text message and see
their visits in a volunteer web portal, where after each visit they type up
what happened. A notes service sends the raw note to a hosted LLM (a vendor
under a data processing agreement, no training on our data) to tidy it into the
care-record format; the volunteer reads the tidied note and confirms it, and the
service files it into the hospice's electronic patient record through the EPR
supplier's API, where the community nurses read it. Coordinators sign in with
Microsoft 365 and MFA; volunteers with an e-mail and password set at induction.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice volunteer visit matching and notes",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches volunteers to home-visit patients and has an LLM tidy visit notes "
    "into the care record.",
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Patient visit referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, address, diagnosis summary, preferences, access notes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
profile = tg.Data(
    "Volunteer profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, home area, availability, languages, training and DBS dates.",
)
availability = tg.Data(
    "Volunteer availability update", kind="records", sensitivity=tg.Sensitivity.PII
)
proposals = tg.Data(
    "Ranked match proposals",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
confirmation = tg.Data(
    "Coordinator match confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
assignment = tg.Data(
    "Visit assignment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient first name, address, visit time and what to know before arriving.",
)
reminder = tg.Data(
    "Visit reminder text",
    sensitivity=tg.Sensitivity.PII,
    description="Visit time and patient's first name and street.",
)
raw_note = tg.Data(
    "Raw visit note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The volunteer's own words on how the visit went, mood, pain, concerns.",
)
prompt = tg.Data(
    "Note tidying prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Formatting instructions plus the raw note.",
)
tidied = tg.Data("Tidied visit note", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
confirmed = tg.Data(
    "Confirmed visit note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
care_record = tg.Data(
    "Patient care record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers use their own phones and home computers.
    volunteer = tm.add(tg.Actor("Volunteer", role="hospice volunteer"))

with tm.boundary("Hospice office network", trust=tg.Trust.INTERNAL):
    # Staff who take referrals, keep volunteer records and confirm matches.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator"))
    # Community nurses who read volunteers' notes in the patient record.
    nurse = tm.add(tg.Actor("Community nurse", role="clinical staff"))

with tm.boundary("Hospice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app where coordinators manage referrals, volunteers and matches.
    coord_app = tm.add(
        tg.Service(
            "Coordination app",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="coordinator role"),
                c.HumanInTheLoop(approver="a volunteer coordinator"),
            },
        )
    )
    # Referrals, volunteer profiles and confirmed visit assignments.
    directory = tm.add(
        tg.DataStore(
            "Volunteer and referral database",
            stores={referral, profile, assignment},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores each available volunteer against a referral; suggests, never assigns.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Weighted score on travel distance, availability, language and "
            "shared interests; returns the top five for the coordinator.",
        )
    )
    # Where volunteers see their visits, update availability and write visit notes.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password set at induction")},
        )
    )
    # Sends raw notes to the LLM, holds drafts until confirmed, files them into the EPR.
    notes_svc = tm.add(
        tg.Service(
            "Visit notes service",
            controls={c.HumanInTheLoop(approver="the volunteer who wrote the note")},
        )
    )
    # Raw and tidied notes kept until filing, for the volunteer to confirm.
    notes_store = tm.add(
        tg.DataStore(
            "Visit notes store",
            stores={raw_note, tidied, confirmed},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that rewrites notes into the care-record format.
    llm = tm.add(
        tg.LLM(
            "Hosted note-tidying LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; UK region; no training on inputs")},
        )
    )

with tm.boundary("EPR supplier", trust=tg.Trust.PARTNER):
    # The hospice's electronic patient record, hosted by its supplier.
    epr = tm.add(tg.DataStore("Electronic patient record", stores={care_record, confirmed}))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends visit reminders to volunteers' mobiles.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# referrals and matching
tm.flow(coordinator, coord_app, referral, profile, protocol="https")
tm.flow(coord_app, directory, referral, profile)
tm.flow(directory, matcher, referral, profile)
tm.flow(matcher, coord_app, proposals)
tm.flow(coord_app, coordinator, proposals, protocol="https")
tm.flow(coordinator, coord_app, confirmation, protocol="https")
tm.flow(coord_app, directory, assignment)
tm.flow(coord_app, sms, reminder, protocol="https")
tm.flow(sms, volunteer, reminder, protocol="sms")

# volunteer portal
tm.flow(volunteer, portal, availability, protocol="https")
tm.flow(portal, directory, availability)
tm.flow(directory, portal, assignment)
tm.flow(portal, volunteer, assignment, protocol="https")

# visit notes
tm.flow(volunteer, portal, raw_note, protocol="https")
tm.flow(portal, notes_svc, raw_note)
tm.flow(notes_svc, notes_store, raw_note, tidied, confirmed)
tm.flow(notes_svc, llm, prompt, protocol="https")
tm.flow(llm, notes_svc, tidied, protocol="https")
tm.flow(notes_svc, portal, tidied)
tm.flow(portal, volunteer, tidied, protocol="https", label="tidied note to check")
tm.flow(volunteer, portal, confirmed, protocol="https", label="confirms or edits")
tm.flow(portal, notes_svc, confirmed)
tm.flow(notes_svc, epr, confirmed, protocol="https", label="filed through the EPR API")
tm.flow(epr, nurse, care_record, confirmed, protocol="https")
