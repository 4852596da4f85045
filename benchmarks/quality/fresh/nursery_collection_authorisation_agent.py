"""Nursery collection authorisation agent: the first design, before any security review.

A chain of day nurseries lets parents tell the nursery who will collect their
child today by messaging an assistant in the parent app. The assistant is an LLM
agent in our cloud platform that calls a hosted model API. It looks up the
child's authorised-collector list and any court-order or custody notes in the
nursery management system, and writes the day's collection entry (collector's
name and a one-time password word) to the collection register, which key-workers
see on a tablet at the nursery door. The agent cannot add a new collector: only
the nursery manager can, in the admin system. Parents sign in to the app with
e-mail and password; door tablets sign in with a shared nursery PIN; staff use
company SSO for the admin system. Traffic is HTTPS, the records database is
encrypted at rest with role-based access, and register writes are audit-logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Nursery collection authorisation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Parents tell an LLM assistant who collects their child; key-workers see it at the door.",
)

# ---------------------------------------------------------------- data assets
parent_login = tg.Data("Parent sign-in credentials", sensitivity="secret", kind="credentials")
parent_message = tg.Data(
    "Parent collection message",
    sensitivity="pii",
    kind="prompt",
    description="Free text such as 'Grandma Sue is picking Amy up at 4 today'.",
)
assistant_reply = tg.Data(
    "Assistant reply",
    sensitivity="pii",
    kind="model-output",
    description="Confirmation of the collection entry, with the one-time password word.",
)
prompt = tg.Data(
    "Assistant prompt with child context",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, the parent's message, the collector list and custody notes.",
)
completion = tg.Data("Model completion and tool calls", sensitivity="pii", kind="model-output")
lookup_call = tg.Data("Collector lookup request", sensitivity="pii", kind="tool-call")
child_records = tg.Data(
    "Child and family records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
collectors = tg.Data(
    "Authorised collector list",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
custody_notes = tg.Data(
    "Court-order and custody notes",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Who must not collect a child, from court orders and safeguarding notes.",
)
lookup_result = tg.Data(
    "Collector list and custody notes for the child", sensitivity="regulated", kind="tool-result"
)
entry_call = tg.Data("Collection entry write request", sensitivity="pii", kind="tool-call")
collection_entry = tg.Data(
    "Daily collection entry",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Child, collector's name, expected time.",
)
password_word = tg.Data(
    "One-time collection password word",
    sensitivity="secret",
    kind="credentials",
    description="The word the collector must say at the door.",
)
handover = tg.Data("Handover confirmation", sensitivity="pii", kind="records")
collector_change = tg.Data(
    "New authorised collector",
    sensitivity="pii",
    kind="records",
    description="Name, relationship and photo of a person added by the manager.",
)
tablet_pin = tg.Data("Shared nursery PIN", sensitivity="secret", kind="credentials")
transcripts = tg.Data("Assistant conversation log", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # A parent or carer with an account in the parent app.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # The nursery's own phone app: messaging, daily diary, invoices.
    parent_app = tm.add(tg.Device("Parent app", description="iOS and Android app used by parents."))

with tm.boundary("Model vendor", trust="partner"):
    # General-purpose chat model behind the vendor's API; no fine-tuning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="Reads the parent's message and the child's records and decides the entry.",
        )
    )

with tm.boundary("Nursery cloud platform", trust="internal"):
    # The app's back end; all parent traffic comes in here.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose="api",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Understands the message, checks the lists and writes the day's entry itself.
    agent = tm.add(
        tg.Agent(
            "Collection assistant",
            autonomy="autonomous",
            description="Writes the day's collection entry for collectors already on the list.",
        )
    )
    # Read-only lookup of one child's collectors and custody notes.
    lookup_tool = tm.add(tg.Tool("Collector list lookup", capabilities={"read"}))
    # Writes today's entry; has no access to the authorised list itself.
    entry_tool = tm.add(
        tg.Tool(
            "Collection entry writer",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="can write only the day's collection register, not the authorised list"
                )
            },
        )
    )
    # The day's collection entries per nursery, read by the door tablets.
    register = tm.add(
        tg.DataStore(
            "Daily collection register",
            stores={collection_entry, password_word, handover},
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # What parents said and what the assistant answered, for complaints.
    convo_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))
    # Back office where managers maintain children's records and collector lists.
    admin = tm.add(
        tg.Service(
            "Nursery admin system",
            controls={
                tg.controls.Authentication(method="staff SSO"),
                tg.controls.RBAC(note="only nursery managers may add authorised collectors"),
            },
        )
    )

    with tm.boundary("Records tier", trust="restricted"):
        # System of record for children, families, collectors and custody notes.
        nms = tm.add(
            tg.DataStore(
                "Nursery management system",
                stores={child_records, collectors, custody_notes},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Nursery sites", trust="internal"):
    # Tablet at each nursery door showing who collects which child today.
    door_tablet = tm.add(
        tg.Device(
            "Door tablet",
            controls={tg.controls.Authentication(method="shared nursery PIN")},
        )
    )
    # Hands children over at the door after checking name and password word.
    key_worker = tm.add(tg.Actor("Key-worker", role="nursery staff"))
    # Only person who can add a brand-new collector.
    manager = tm.add(tg.Actor("Nursery manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(parent, parent_app, parent_message, label="types in the app")
tm.flow(parent_app, parent, assistant_reply, label="shown in the app")
tm.flow(parent_app, parent_api, parent_login, parent_message, protocol="https")
tm.flow(parent_api, parent_app, assistant_reply, password_word, protocol="https")

tm.flow(parent_api, agent, parent_message)
tm.flow(agent, parent_api, assistant_reply, password_word)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, convo_log, transcripts)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, nms, lookup_call)
tm.flow(nms, lookup_tool, collectors, custody_notes, child_records)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, entry_tool, entry_call)
tm.flow(entry_tool, register, collection_entry, password_word)

tm.flow(key_worker, door_tablet, tablet_pin, label="types PIN on the touchscreen")
tm.flow(register, door_tablet, collection_entry, password_word, protocol="https")
tm.flow(door_tablet, key_worker, collection_entry, password_word, label="shown on the touchscreen")
tm.flow(key_worker, door_tablet, handover, label="marks collected on the touchscreen")
tm.flow(door_tablet, register, handover, protocol="https")

tm.flow(manager, admin, collector_change, protocol="https")
tm.flow(admin, manager, child_records, collectors, custody_notes, protocol="https")
tm.flow(admin, nms, collector_change)
tm.flow(nms, admin, child_records, collectors, custody_notes)
