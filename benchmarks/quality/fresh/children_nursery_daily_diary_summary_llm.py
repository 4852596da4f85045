"""Children's nursery daily diary with LLM-written summaries: the first design.

Key workers record each child's day (meals eaten, naps, nappy changes,
activities) on shared room tablets running our staff app. Once a day a summary
job takes each child's entries plus first name and dietary needs, and asks a
hosted LLM to write a short, friendly summary for the parents. The draft waits
in a review queue until the room leader reads, edits and approves it on the room
tablet; only then is it published to the parent app, and a push notification
tells parents it is there. Everything but the LLM (a vendor API under a data
processing agreement) runs in our cloud account. Staff sign in with their own
PIN, parents with e-mail and password; traffic uses TLS, databases are encrypted
at rest, and prompts carry no surnames or dates of birth.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursery daily diary summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Key workers log each child's day; an LLM drafts the parents' daily "
    "summary and the room leader approves it before parents see it.",
)

# ---------------------------------------------------------------- data assets
diary_entries = tg.Data(
    "Diary entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per child: meals and amounts eaten, naps, nappy changes, activities, "
    "short free-text notes from the key worker.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
child_profile = tg.Data(
    "Child profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, room, allergies, dietary and medical needs, parent contacts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary_context = tg.Data(
    "Child summary context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="First name and dietary needs the summary job reads for each child.",
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the child's first name, dietary needs and the day's entries.",
)
draft_summary = tg.Data("Draft daily summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_summary = tg.Data(
    "Approved daily summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data(
    "Summary approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The room leader's approval, with any edits to the text.",
)
staff_pin = tg.Data("Staff PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
parent_login = tg.Data(
    "Parent sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
notification = tg.Data(
    "New summary notification",
    sensitivity=tg.Sensitivity.PII,
    description="'Today's diary for <first name> is ready'.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers of enrolled children; they only read summaries.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # Our app on the parents' own phones.
    parent_app = tm.add(tg.Device("Parent mobile app", fleet=True))

with tm.boundary("Nursery premises", trust=tg.Trust.INTERNAL):
    # Record the day as it happens.
    key_worker = tm.add(tg.Actor("Key worker", role="nursery practitioner"))
    # Reviews and approves every summary for the children in their room.
    room_leader = tm.add(tg.Actor("Room leader", role="room leader"))
    # One managed tablet per room, shared by the room's staff.
    room_tablet = tm.add(
        tg.Device(
            "Room tablet",
            fleet=True,
            description="Nursery-managed tablets running the staff app, on the nursery Wi-Fi.",
        )
    )

with tm.boundary("Nursery app cloud", trust=tg.Trust.INTERNAL):
    # API the staff app calls to log entries and review drafts.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff API",
            purpose=tg.EndpointPurpose.API,
            description="Key workers and room leaders see the children of their own room.",
            controls={
                c.Authentication(method="individual staff PIN on nursery-managed tablets"),
                c.RBAC(note="key worker and room leader roles, scoped to a room"),
            },
        )
    )
    # API behind the parent app.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent API",
            purpose=tg.EndpointPurpose.API,
            description="Returns only the approved summaries of the signed-in parent's "
            "own children.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Runs once a day after the last entries; one prompt per child.
    summary_job = tm.add(
        tg.Service(
            "Daily summary job",
            description="Builds each child's prompt, calls the LLM, queues the draft for review.",
            controls={
                c.HumanInTheLoop(
                    approver="room leader", note="every summary, before it is published"
                ),
                c.DataMinimization(note="first name only; no surname or date of birth in prompts"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for what happened to each child each day.
        diary_db = tm.add(
            tg.DataStore(
                "Diary database",
                stores={diary_entries},
                controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
            )
        )
        # Enrolment data the diary needs, including allergies.
        profiles_db = tm.add(
            tg.DataStore(
                "Child profiles database",
                stores={child_profile},
                controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
            )
        )
        # Drafts waiting for the room leader, and published summaries.
        summary_store = tm.add(
            tg.DataStore(
                "Summary store",
                stores={draft_summary, approved_summary},
                controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to the parent app.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
# Logging the day
tm.flow(key_worker, room_tablet, staff_pin, diary_entries, label="logs the day in the staff app")
tm.flow(room_tablet, staff_api, staff_pin, diary_entries, protocol="https")
tm.flow(staff_api, diary_db, diary_entries)
tm.flow(diary_db, staff_api, diary_entries, label="today's entries for the room")
tm.flow(profiles_db, staff_api, child_profile, label="room list, allergies")
tm.flow(staff_api, room_tablet, diary_entries, child_profile, protocol="https")

# Writing the summaries
tm.flow(diary_db, summary_job, diary_entries, label="day's entries per child")
tm.flow(profiles_db, summary_job, summary_context)
tm.flow(summary_job, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_job, draft_summary, protocol="https")
tm.flow(summary_job, summary_store, draft_summary, label="review queue")

# Review and approval
tm.flow(summary_store, staff_api, draft_summary)
tm.flow(staff_api, room_tablet, draft_summary, protocol="https")
tm.flow(room_tablet, room_leader, draft_summary, diary_entries, label="review screen")
tm.flow(room_leader, room_tablet, staff_pin, approval, label="edits and approves")
tm.flow(room_tablet, staff_api, approval, protocol="https")
tm.flow(staff_api, summary_store, approval, approved_summary, label="publish")

# Parents
tm.flow(parent, parent_app, parent_login)
tm.flow(parent_app, parent_api, parent_login, protocol="https")
tm.flow(summary_store, parent_api, approved_summary)
tm.flow(parent_api, parent_app, approved_summary, protocol="https")
tm.flow(parent_app, parent, approved_summary)
tm.flow(parent_api, push, notification, protocol="https")
tm.flow(push, parent_app, notification, protocol="https")
