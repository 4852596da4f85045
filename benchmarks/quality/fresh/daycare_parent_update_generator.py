"""Daycare parent update generator: the first design, before any security review.

Teachers in our chain of daycare centres (UK and EU sites) take photos and type quick
notes on a shared classroom tablet during the day. The tablets upload to a backend in
our cloud tenancy, where a face-recognition model, matched against a gallery built
from the children's enrolment photos, tags which children are in each photo. At the
end of the day an LLM behind a vendor's API writes one update per family from the
teacher's notes; the teacher glances at each draft on the tablet and presses send,
and the update with its photos reaches the parents' mobile app (with a push alert).
Parents can reply in the app; the LLM drafts an answer that the centre manager edits
and sends from a web dashboard. Staff and parents log in to the API (staff SSO,
parent e-mail and password) and see only their role's screens; photos are encrypted
at rest with the cloud's managed keys; all traffic outside the tenancy is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Daycare parent update generator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Daily family updates from classroom photos and notes, with face tagging "
    "of children and LLM-drafted messages to and from parents.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Classroom photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of children taken on the classroom tablet during the day.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
notes = tg.Data(
    "Teacher notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meals, naps, nappies, moods, small incidents, per child.",
)
enrolment_photos = tg.Data(
    "Enrolment photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Reference photos of each child taken at enrolment.",
)
face_templates = tg.Data(
    "Child face templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face embeddings of enrolled children (biometric data).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
tags = tg.Data(
    "Child identifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which child ids appear in which photo, with a match score.",
)
update_prompt = tg.Data(
    "Update prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the child's first name and the day's notes.",
)
draft_update = tg.Data("Draft family update", kind="model-output", sensitivity=tg.Sensitivity.PII)
family_update = tg.Data(
    "Family update",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The update the teacher sent, with the photos the child is tagged in.",
)
parent_message = tg.Data(
    "Parent message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text replies and questions from parents.",
)
reply_prompt = tg.Data(
    "Reply prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The parent's message with the child's recent notes and updates.",
)
draft_reply = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
manager_reply = tg.Data("Manager reply", kind="documents", sensitivity=tg.Sensitivity.PII)
push_alert = tg.Data(
    "Push notification",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'New update for <child first name>' and a device token.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Parents' phones", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians who receive updates and write back.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Our iOS/Android app on parents' own phones.
    parent_app = tm.add(
        tg.Device("Parent app", description="Shows updates and photos; sends replies.")
    )

with tm.boundary("Daycare centre network", trust=tg.Trust.INTERNAL):
    # Writes notes, takes photos and approves each family update.
    teacher = tm.add(tg.Actor("Teacher", role="classroom teacher"))
    # Shared tablet in each classroom, on the centre Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Classroom tablet",
            description="Shared by the room's staff; camera, notes app and review screen.",
            controls={c.Authentication(method="4-digit staff PIN")},
        )
    )
    # Enrols children and answers parents' questions from a web dashboard.
    manager = tm.add(tg.Actor("Centre manager", role="centre manager"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one API that tablets, the parent app and the manager dashboard call.
    api = tm.add(
        tg.Endpoint(
            "Updates API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="staff SSO; parent e-mail and password"),
                c.RBAC(note="teacher, manager and parent roles"),
            },
        )
    )
    # Tags photos, assembles prompts, holds drafts until a person sends them.
    orchestrator = tm.add(
        tg.Service(
            "Update orchestrator",
            description="Runs tagging on upload and drafting at the end of the day.",
            controls={
                c.HumanInTheLoop(
                    approver="the classroom teacher for updates; the centre manager for replies"
                )
            },
        )
    )
    # Recognises enrolled children in classroom photos.
    vision = tm.add(
        tg.Model(
            "Child recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights face recognition model served on our GPU node.",
        )
    )

    with tm.boundary("Child data tier", trust=tg.Trust.RESTRICTED):
        # Originals and thumbnails of classroom and enrolment photos.
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={photos, enrolment_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Face templates of enrolled children that the model matches against.
        gallery = tm.add(tg.VectorStore("Face gallery", stores={face_templates}))
        # Notes, tags, drafts, sent updates and the parent message threads.
        messages = tm.add(
            tg.DataStore(
                "Family message store",
                stores={
                    notes,
                    tags,
                    draft_update,
                    family_update,
                    parent_message,
                    draft_reply,
                    manager_reply,
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the family updates and the draft replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Apple and Google push services, reached through one notification vendor.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
# During the day: photos and notes from the classroom.
tm.flow(teacher, tablet, notes, photos, protocol="local", label="types notes, takes photos")
tm.flow(tablet, api, notes, photos, protocol="https")
tm.flow(api, orchestrator, notes, photos)
tm.flow(orchestrator, photo_store, photos)
tm.flow(orchestrator, vision, photos, label="tag on upload")
tm.flow(gallery, vision, face_templates, label="match")
tm.flow(vision, orchestrator, tags)
tm.flow(orchestrator, messages, notes, tags)

# Enrolment: reference photos become face templates.
tm.flow(manager, api, enrolment_photos, protocol="https", label="enrols a child")
tm.flow(api, orchestrator, enrolment_photos, label="enrolment")
tm.flow(orchestrator, photo_store, enrolment_photos, label="enrolment")
tm.flow(orchestrator, vision, enrolment_photos, label="enrolment embedding")
tm.flow(vision, gallery, face_templates, label="enrolment")

# End of day: drafting, teacher review and sending.
tm.flow(messages, orchestrator, notes, tags, label="day's notes and tags")
tm.flow(orchestrator, llm, update_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_update, protocol="https")
tm.flow(orchestrator, messages, draft_update)
tm.flow(orchestrator, api, draft_update, label="for review")
tm.flow(api, tablet, draft_update, protocol="https", label="for review")
tm.flow(tablet, teacher, draft_update, protocol="local")
tm.flow(teacher, tablet, family_update, protocol="local", label="send")
tm.flow(tablet, api, family_update, protocol="https", label="send")
tm.flow(api, orchestrator, family_update, label="send")
tm.flow(orchestrator, messages, family_update)
tm.flow(photo_store, orchestrator, photos, label="tagged photos for the family")
tm.flow(orchestrator, push, push_alert, protocol="https")
tm.flow(push, parent_app, push_alert, protocol="https")
tm.flow(parent_app, api, parent_message, protocol="https", label="fetch updates; reply")
tm.flow(api, parent_app, family_update, photos, protocol="https")
tm.flow(parent_app, parent, family_update, photos, protocol="local")
tm.flow(parent, parent_app, parent_message, protocol="local")

# Parent replies: drafted by the LLM, sent by the centre manager.
tm.flow(api, orchestrator, parent_message)
tm.flow(orchestrator, messages, parent_message)
tm.flow(messages, orchestrator, family_update, parent_message, label="thread history")
tm.flow(orchestrator, llm, reply_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_reply, protocol="https")
tm.flow(orchestrator, messages, draft_reply)
tm.flow(orchestrator, api, parent_message, draft_reply, label="manager inbox")
tm.flow(api, manager, parent_message, draft_reply, protocol="https")
tm.flow(manager, api, manager_reply, protocol="https", label="edits and sends")
tm.flow(api, orchestrator, manager_reply)
tm.flow(orchestrator, messages, manager_reply)
tm.flow(api, parent_app, manager_reply, protocol="https")
