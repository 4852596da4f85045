"""School trip risk assessment drafting assistant: the first design, before any security review.

A secondary school's trip leaders enter a planned educational visit (itinerary,
activities, transport, staffing, the list of pupils going) in a trip planning
portal and upload the venue's own documents (its risk assessment, licences).
A drafting service pulls the medical and additional-needs records of the pupils
on the list from the school MIS, fetches the venue's public web pages, adds the
school's visits policy and OEAP guidance, and asks a hosted LLM (Azure OpenAI,
UK region) to draft the risk assessment, including pupil-specific measures.
The trip leader edits the draft and submits it; the visits coordinator reviews
and approves it in the portal before it becomes the trip's risk assessment.
The portal runs in the school's Azure tenancy and is reachable from home, with
Microsoft 365 single sign-on and role-based access; actions are audit-logged,
the trip database is encrypted at rest, and the DPO reviewed the model vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School trip risk assessment drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts educational visit risk assessments from the trip plan, venue information "
        "and pupils' medical and needs records, for the visits coordinator to approve."
    ),
)

# ---------------------------------------------------------------- data assets
trip_plan = tg.Data(
    "Trip plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Itinerary, activities, transport, staffing ratios and the pupil list.",
)
venue_docs = tg.Data(
    "Venue documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PDFs the venue or activity provider sends: its risk assessment, licences.",
)
venue_pages = tg.Data("Venue web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
pupil_query = tg.Data(
    "Pupil record query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The MIS ids of the pupils on the trip list.",
)
medical_needs = tg.Data(
    "Pupil medical and needs records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Medical conditions, medication, allergies, care plans, SEND needs.",
)
guidance = tg.Data(
    "Visits policy and OEAP guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The school's educational visits policy, templates and national guidance.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the trip plan, venue text, guidance and pupils' needs.",
)
completion = tg.Data("Model draft", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_ra = tg.Data(
    "Draft risk assessment",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("Risk assessment approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_ra = tg.Data(
    "Approved risk assessment",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
notification = tg.Data(
    "Review notification e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trip name, status and a link to the portal.",
)
audit_events = tg.Data("Portal audit events", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Staff devices", trust=tg.Trust.INTERNAL, description="School laptops in school and at home."
):
    # Teacher planning and leading the visit; writes the plan, edits the draft.
    trip_leader = tm.add(tg.Actor("Trip leader", role="teacher"))
    # Educational visits coordinator: the only role that approves a risk assessment.
    coordinator = tm.add(tg.Actor("Visits coordinator", role="visits coordinator", privileged=True))
    # Keeps pupils' medical and SEND records up to date in the MIS.
    senco = tm.add(tg.Actor("SENCo", role="special educational needs coordinator"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Venues' and activity providers' public pages, fetched from the URL in the plan.
    venue_web = tm.add(
        tg.DataSource("Venue websites", origin=tg.Origin.PUBLIC_WEB, provides={venue_pages})
    )

with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The school's management information system, hosted by its vendor; system of record.
    mis = tm.add(tg.DataStore("School MIS pupil records", stores={medical_needs}))

with tm.boundary("Azure OpenAI (UK South)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts hazards, control measures and pupil-specific arrangements.",
            controls={c.SupplierAssessment(note="DPO reviewed the data processing terms")},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The school's mail, used to tell the coordinator a draft is waiting.
    mail = tm.add(tg.ExternalService("School e-mail (Exchange Online)"))

with tm.boundary("School Azure tenancy", trust=tg.Trust.INTERNAL):
    # Web app where plans are entered, drafts edited and risk assessments approved.
    portal = tm.add(
        tg.Endpoint(
            "Trip planning portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on (OIDC)"),
                c.RBAC(note="trip leaders see their own trips; only the coordinator approves"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Gathers the inputs, builds the prompt, calls the LLM and saves the draft.
    drafter = tm.add(
        tg.Service(
            "Risk assessment drafting service",
            description="Parses uploaded venue PDFs and fetched pages into the prompt.",
            controls={
                c.HumanInTheLoop(
                    approver="the visits coordinator, who approves each risk assessment "
                    "before it is final"
                )
            },
        )
    )
    # Trip plans, uploads, drafts, approvals and approved risk assessments.
    trip_db = tm.add(
        tg.DataStore(
            "Trip workspace database",
            stores={trip_plan, venue_docs, draft_ra, approval, approved_ra},
            controls={c.EncryptionAtRest(key_management="Azure SQL TDE, service-managed keys")},
        )
    )
    # Policy, templates and guidance the drafts must follow; edited by the coordinator.
    guidance_lib = tm.add(tg.DataStore("Visits guidance library", stores={guidance}))
    # Who viewed, edited or approved which trip.
    audit_log = tm.add(tg.DataStore("Portal audit log", stores={audit_events}))

# ---------------------------------------------------------------- flows
tm.flow(trip_leader, portal, trip_plan, venue_docs, protocol="https", label="plan and uploads")
tm.flow(portal, trip_db, trip_plan, venue_docs)
tm.flow(portal, drafter, trip_plan, venue_docs, label="draft request")

tm.flow(drafter, mis, pupil_query, protocol="https", label="MIS API")
tm.flow(mis, drafter, medical_needs, protocol="https", label="MIS API")
tm.flow(senco, mis, medical_needs, protocol="https", label="maintains records")
tm.flow(venue_web, drafter, venue_pages, protocol="https", label="fetch venue URL")
tm.flow(guidance_lib, drafter, guidance)
tm.flow(coordinator, guidance_lib, guidance, protocol="https", label="maintains guidance")

tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, trip_db, draft_ra)

tm.flow(trip_db, portal, draft_ra, approved_ra)
tm.flow(portal, trip_leader, draft_ra, approved_ra, protocol="https")
tm.flow(trip_leader, portal, draft_ra, protocol="https", label="edits and submits")
tm.flow(portal, mail, notification, protocol="https", label="Graph API")
tm.flow(mail, coordinator, notification, protocol="https")
tm.flow(portal, coordinator, draft_ra, protocol="https", label="review")
tm.flow(coordinator, portal, approval, protocol="https")
tm.flow(portal, trip_db, draft_ra, approval, approved_ra, label="saves edits and approval")
tm.flow(portal, audit_log, audit_events)
