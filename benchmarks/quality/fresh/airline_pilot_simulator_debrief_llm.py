"""Simulator debrief assistant: the first design, before any security review.

The airline's training department runs full flight simulator sessions for
recurrent and type-rating training. After each session the simulator host
exports its session recording (flight parameters, pilot inputs, injected
malfunctions, event markers); a collector turns it into an event timeline. The
instructor writes notes in the instructor debrief portal and asks for a draft:
an orchestrator combines the timeline, the notes and the operator's competency
framework into a prompt for an LLM hosted by a cloud provider in an EU region,
which drafts the debrief and a grade per competency. The instructor edits and
confirms the draft; only confirmed grades are written to the pilot training
records system, which trainees read in the crew training portal. Staff sign in
through corporate SSO with MFA; the records system is encrypted, role-based and
audited; the LLM provider was assessed by procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pilot simulator debrief assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM-drafted simulator debriefs and competency grades, confirmed by instructors.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Simulator session recording",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flight parameters, control inputs, malfunctions and event markers, tagged with crew ids.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
timeline = tg.Data(
    "Session event timeline",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
notes = tg.Data(
    "Instructor notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text observations per exercise, written during and after the session.",
)
debrief_request = tg.Data(
    "Debrief draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
framework_docs = tg.Data(
    "Competency framework and grading guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Core competencies, behavioural indicators, the 1-5 grading scale and training manual extracts.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Debrief prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the framework extracts, the timeline and the instructor notes.",
)
completion = tg.Data("LLM debrief completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft debrief and competency grades",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
confirmed = tg.Data(
    "Confirmed debrief and competency grades",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Training record entries the aviation authority requires the operator to keep.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
view_request = tg.Data(
    "Training record view request", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trainees read their debriefs from home or on layovers, on their own devices.
    pilot = tm.add(tg.Actor("Trainee pilot", role="flight crew"))

with tm.boundary("Training centre network", trust=tg.Trust.INTERNAL):
    # Type-rating instructors and examiners who run the sessions and own the grading.
    instructor = tm.add(tg.Actor("Simulator instructor", role="type rating instructor"))
    # Keeps the competency framework and grading guidance current.
    standards_manager = tm.add(
        tg.Actor("Training standards manager", role="head of training standards", privileged=True)
    )
    # The full flight simulator's host computer: the source of what happened in the session.
    simulator = tm.add(
        tg.Device(
            "Full flight simulator host",
            fleet=True,
            description="Exports a session recording file when the instructor closes the session.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose model from a cloud provider's EU region; the contract excludes training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted debrief LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the debrief narrative and proposes a grade per competency.",
            controls={
                c.SupplierAssessment(note="procurement review: EU region, no training on prompts")
            },
        )
    )

with tm.boundary("Training platform", trust=tg.Trust.INTERNAL):
    # Where instructors write notes, request, edit and confirm drafts.
    instructor_portal = tm.add(
        tg.Endpoint(
            "Instructor debrief portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="the instructor who ran the session confirms each grade"),
            },
        )
    )
    # Picks up recordings from the simulators and turns them into event timelines.
    collector = tm.add(
        tg.Service(
            "Simulator data collector",
            description="Parses the simulator's recording format into a timeline of exercises and events.",
        )
    )
    # Holds timelines until the debrief is confirmed.
    session_store = tm.add(tg.DataStore("Session data store", stores={timeline}))
    # The operator's competency framework, behavioural indicators and grading guidance.
    guidance_store = tm.add(tg.DataStore("Grading guidance library", stores={framework_docs}))
    # Builds the prompt, calls the LLM, parses the draft.
    orchestrator = tm.add(
        tg.Service(
            "Debrief orchestrator",
            description="Assembles the prompt from timeline, notes and guidance; stores the parsed draft.",
        )
    )
    # Drafts and their edits, kept while the instructor reviews them.
    drafts_store = tm.add(tg.DataStore("Debrief drafts store", stores={draft, notes}))
    # Trainees' view of their confirmed debriefs and grades.
    crew_portal = tm.add(
        tg.Endpoint(
            "Crew training portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="crew SSO (OIDC) with MFA")},
        )
    )

    with tm.boundary("Training records enclave", trust=tg.Trust.RESTRICTED):
        # System of record for pilot training, kept for the aviation authority.
        records = tm.add(
            tg.DataStore(
                "Pilot training records system",
                stores={confirmed},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
# session data
tm.flow(simulator, collector, recording, protocol="sftp", label="session export")
tm.flow(collector, session_store, timeline)

# drafting
tm.flow(instructor, instructor_portal, notes, debrief_request, protocol="https")
tm.flow(instructor_portal, orchestrator, debrief_request, notes)
tm.flow(session_store, orchestrator, timeline)
tm.flow(guidance_store, orchestrator, framework_docs)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, drafts_store, draft, notes)

# review and confirmation
tm.flow(drafts_store, instructor_portal, draft, notes)
tm.flow(instructor_portal, instructor, draft, protocol="https")
tm.flow(instructor, instructor_portal, confirmed, protocol="https", label="edits and confirms")
tm.flow(instructor_portal, records, confirmed)

# guidance upkeep
tm.flow(
    standards_manager, guidance_store, framework_docs, protocol="https", label="publishes revisions"
)

# trainee access
tm.flow(pilot, crew_portal, view_request, protocol="https")
tm.flow(records, crew_portal, confirmed)
tm.flow(crew_portal, pilot, confirmed, protocol="https")
