"""Mortuary body tracking agent: the first design, before any security review.

An NHS trust's mortuary tags each deceased patient with RFID wrist and body-bag tags.
Fixed readers at the fridge doors, post-mortem room and release bay report reads to
a tag event service on the mortuary VLAN, which keeps locations in the mortuary
register. Anatomical pathology technologists use an LLM agent from the mortuary
dashboard: it finds bodies, updates the register and, before each release to a
funeral director, checks that tag, register, PAS record and release paperwork
(registrar's certificate, cremation forms or a coroner's release) name the same
person. Funeral directors and coroner's officers book collections and upload
paperwork on an internet-facing portal; the agent e-mails when a body is ready.
Staff sign in by trust single sign-on, the technician on duty confirms each release
on the dashboard, and the register is encrypted at rest and audit logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortuary body tracking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tracks deceased patients by RFID tag and checks identity before each release.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "RFID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tag id, reader location and time of each read.",
)
deceased_record = tg.Data(
    "Deceased patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, NHS and hospital numbers, ward, infection risk, "
    "tag id, location history and release status.",
)
death_notification = tg.Data(
    "Death notification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PAS demographics sent when a death is recorded on the ward.",
)
location_update = tg.Data("Body location update", kind="records", sensitivity=tg.Sensitivity.PII)
paperwork = tg.Data(
    "Release paperwork",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Registrar's certificate, cremation forms, next of kin's authority to "
    "collect, uploaded as PDFs and photos.",
)
coroner_release = tg.Data(
    "Coroner's release order", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
booking = tg.Data(
    "Collection booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Funeral director, deceased's name, next of kin, collection time.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
staff_request = tg.Data("Technician request", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the technician's request, tag events and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
tag_events = tg.Data("Tag movement events", kind="records", sensitivity=tg.Sensitivity.PII)
register_call = tg.Data("Register tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
register_result = tg.Data(
    "Register tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
id_check_call = tg.Data("Identity check call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
id_check_result = tg.Data(
    "Identity check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which identifiers match or differ across tag, register, PAS and paperwork.",
)
notify_call = tg.Data("Notification request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ready_notice = tg.Data(
    "Ready for collection e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local funeral directors; any firm can register for a portal account.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))

with tm.boundary("Coroner's office", trust=tg.Trust.PARTNER):
    # Coroner's officers release bodies after an inquest or when no PM is needed.
    coroner = tm.add(
        tg.ExternalService(
            "Coroner's office",
            description="Coroner's officers upload release orders on the portal.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted in a UK region under the trust's contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="NHS data processing agreement, UK region")},
        )
    )

with tm.boundary("Hospital DMZ", trust=tg.Trust.INTERNAL):
    # Where funeral directors and coroner's officers book collections and upload paperwork.
    portal = tm.add(
        tg.Service(
            "Funeral director portal",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and JPEG only, 10 MB limit"),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Anatomical pathology technologist who receives, moves and releases bodies.
    technician = tm.add(tg.Actor("Mortuary technician", role="anatomical pathology technologist"))
    # The trust's patient administration system, the source of the deceased's identity.
    pas = tm.add(tg.DataStore("Patient administration system (PAS)", stores={deceased_record}))
    # Web dashboard on the mortuary workstations where staff talk to the agent.
    dashboard = tm.add(
        tg.Service(
            "Mortuary dashboard",
            controls={
                c.Authentication(method="trust single sign-on with NHS smartcard"),
                c.RBAC(note="mortuary staff role only"),
            },
        )
    )

    with tm.boundary("Mortuary VLAN", trust=tg.Trust.INTERNAL):
        # Fixed readers at fridge doors, the PM room and the release bay.
        readers = tm.add(tg.Device("RFID tag readers", fleet=True))
        # Turns raw reads into movements and keeps the register's locations current.
        tag_service = tm.add(
            tg.Service(
                "Tag event service",
                description="Deduplicates reads and turns them into body movements.",
            )
        )

    with tm.boundary("Mortuary application servers", trust=tg.Trust.INTERNAL):
        # The LLM agent that answers staff, updates the register and runs release checks.
        agent = tm.add(
            tg.Agent(
                "Body tracking agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={
                    c.HumanInTheLoop(
                        approver="the mortuary technician on duty, on the dashboard, "
                        "before a release is recorded"
                    )
                },
            )
        )
        # Reads and updates body records: location, PM status, release status.
        register_tool = tm.add(tg.Tool("Body register tool", capabilities={"read", "write"}))
        # Compares identifiers on the tag, register, PAS record and paperwork.
        id_check_tool = tm.add(tg.Tool("Release identity check tool", capabilities={"read"}))
        # E-mails the funeral director when a body is ready for collection.
        notify_tool = tm.add(
            tg.Tool("Collection notification tool", capabilities={"send-messages"})
        )
        # Uploaded release paperwork and coroner's orders, kept with each case.
        paperwork_store = tm.add(
            tg.DataStore("Release paperwork store", stores={paperwork, coroner_release})
        )

        with tm.boundary("Mortuary data tier", trust=tg.Trust.RESTRICTED):
            # The mortuary register: every body, its tag, location history and release.
            register = tm.add(
                tg.DataStore(
                    "Mortuary register",
                    stores={deceased_record, booking},
                    controls={
                        c.EncryptionAtRest(key_management="trust key vault"),
                        c.AuditLogging(note="HTA traceability"),
                    },
                )
            )

# ---------------------------------------------------------------- flows
# Admission and tracking
tm.flow(pas, register, death_notification, protocol="mllp", label="HL7 death notification feed")
tm.flow(readers, tag_service, tag_reads, protocol="llrp")
tm.flow(tag_service, register, location_update)
tm.flow(tag_service, agent, tag_events, label="movement events")

# Staff and the agent
tm.flow(technician, dashboard, staff_request, release_approval, protocol="https")
tm.flow(dashboard, technician, agent_reply, protocol="https")
tm.flow(dashboard, agent, staff_request, release_approval)
tm.flow(agent, dashboard, agent_reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Register tool
tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, agent, register_result)
tm.flow(register_tool, register, location_update, label="location and release status")
tm.flow(register, register_tool, deceased_record, booking)

# Identity check before release
tm.flow(agent, id_check_tool, id_check_call)
tm.flow(id_check_tool, agent, id_check_result)
tm.flow(register, id_check_tool, deceased_record)
tm.flow(pas, id_check_tool, deceased_record, protocol="https", label="PAS patient lookup")
tm.flow(paperwork_store, id_check_tool, paperwork, coroner_release)

# Funeral directors, coroner's officers and notifications
tm.flow(funeral_director, portal, booking, paperwork, protocol="https")
tm.flow(portal, funeral_director, booking_confirmation, protocol="https")
tm.flow(coroner, portal, coroner_release, protocol="https")
tm.flow(portal, paperwork_store, paperwork, coroner_release)
tm.flow(portal, register, booking)
tm.flow(agent, notify_tool, notify_call)
tm.flow(notify_tool, funeral_director, ready_notice, protocol="smtp")
