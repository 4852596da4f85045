"""Nursery daily diary: the first design, before any security review.

Staff in a chain of children's nurseries dictate short care notes during the day
on shared room tablets and take activity photos. The app vendor's cloud sends
the audio to a speech-to-text API, then has a hosted LLM turn the transcripts,
with the child's care profile, into each child's daily diary: meals, naps,
nappy changes, activities and incidents. Parents sign in to the parent app with
e-mail and password and see their own child's diary and photos. Before a photo
is shared, a face detector finds the children in it and every child the staff
did not tag is blurred. Incident and medication entries are held until the
nursery manager signs them off; routine entries are published straight away.
The vendor hosts everything in its own cloud account, with encrypted storage,
role-based access in the API and contracts with the AI providers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursery daily diary",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-written daily diaries of young children for their parents, hosted by the app vendor.",
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Dictated care note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio of a practitioner naming children and what they ate, slept, did.",
)
transcript = tg.Data("Care note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
photos = tg.Data(
    "Activity photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Original photos; often show several children.",
)
photo_tags = tg.Data(
    "Photo child tags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which child each photo is for, tapped by the practitioner.",
)
faces = tg.Data("Detected face boxes", kind="model-output", sensitivity=tg.Sensitivity.PII)
shared_photos = tg.Data("Blurred photos for parents", kind="media", sensitivity=tg.Sensitivity.PII)
profiles = tg.Data(
    "Child care profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, dates of birth, room, allergies, dietary and medical needs, linked parents.",
)
diary_prompt = tg.Data(
    "Diary drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the day's transcripts and the child's care profile.",
)
diary_draft = tg.Data("Drafted diary entries", kind="model-output", sensitivity=tg.Sensitivity.PII)
diary = tg.Data("Child daily diary", kind="records", sensitivity=tg.Sensitivity.PII)
incidents = tg.Data(
    "Incident and medication records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_off = tg.Data("Manager sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_login = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
parent_login = tg.Data("Parent sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
notification = tg.Data(
    "Diary update notification",
    sensitivity=tg.Sensitivity.PII,
    description="Push message naming the child, e.g. 'Amelia's diary has a new entry'.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers of enrolled children, on their own phones.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # The vendor's parent app, installed from the app stores.
    parent_app = tm.add(tg.Device("Parent phone app", description="iOS and Android app."))

with tm.boundary("Nursery sites", trust=tg.Trust.PARTNER):
    # Room staff who look after the children and dictate the notes.
    practitioner = tm.add(tg.Actor("Nursery practitioner", role="room staff"))
    # Signs off incidents and medication; runs one nursery of the chain.
    manager = tm.add(tg.Actor("Nursery manager", role="manager", privileged=True))
    # Shared tablets left in each room, on the nursery Wi-Fi.
    tablet = tm.add(
        tg.Device("Room tablet app", description="Shared Android tablets, one or two per room.")
    )

with tm.boundary("AI providers", trust=tg.Trust.PARTNER):
    # Turns dictated audio into text; we do not run speech models ourselves.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="DPA signed; audio not kept or used for training")},
        )
    )
    # Writes the diary entries from the transcripts.
    llm = tm.add(
        tg.LLM(
            "Diary writing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model with our diary system prompt.",
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option enabled")},
        )
    )

with tm.boundary("Mobile push services", trust=tg.Trust.PARTNER):
    # Apple and Google push, to tell parents a new entry is there.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # The one API the tablets, the manager's dashboard and the parent app call.
    api = tm.add(
        tg.Endpoint(
            "Diary API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="parents: e-mail and password; staff: nursery tablet account and personal PIN"
                ),
                c.RBAC(note="parents see only their linked children; staff only their nursery"),
                c.AuditLogging(note="records who signed off each incident or medication entry"),
            },
        )
    )
    # Transcribes, builds the prompt, calls the LLM, flags incidents for sign-off.
    orchestrator = tm.add(
        tg.Service(
            "Diary generation service",
            controls={
                c.HumanInTheLoop(
                    approver="nursery manager",
                    note="incident and medication entries only; routine entries publish directly",
                )
            },
        )
    )
    # Makes the per-parent copy of each photo with other children blurred.
    blur = tm.add(
        tg.Service(
            "Photo blurring service",
            controls={
                c.DataMinimization(note="faces of children not tagged in a photo are blurred")
            },
        )
    )
    # Finds the children's faces in each photo for the blurring service.
    face_model = tm.add(
        tg.Model(
            "Child face detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Off-the-shelf face detection model, not fine-tuned.",
        )
    )

    with tm.boundary("Vendor data tier", trust=tg.Trust.RESTRICTED):
        # Care profiles, diaries, incident records and sign-offs for every nursery.
        diary_db = tm.add(
            tg.DataStore(
                "Diary database",
                stores={profiles, diary, incidents, sign_off},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.DataVersioning(note="daily snapshots kept 30 days"),
                },
            )
        )
        # Original and blurred photos.
        photo_store = tm.add(
            tg.DataStore(
                "Photo bucket",
                stores={photos, photo_tags, shared_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# Staff on the tablets
tm.flow(
    practitioner,
    tablet,
    voice_note,
    photos,
    photo_tags,
    staff_login,
    label="dictates, photographs, tags",
)
tm.flow(tablet, practitioner, profiles, diary, label="room list and today's entries")
tm.flow(tablet, api, voice_note, photos, photo_tags, staff_login, protocol="https")
tm.flow(api, tablet, profiles, diary, protocol="https")

# Diary generation
tm.flow(api, orchestrator, voice_note)
tm.flow(orchestrator, stt, voice_note, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(diary_db, orchestrator, profiles, label="child context")
tm.flow(orchestrator, llm, diary_prompt, protocol="https")
tm.flow(llm, orchestrator, diary_draft, protocol="https")
tm.flow(orchestrator, diary_db, diary, incidents)
tm.flow(orchestrator, push, notification, protocol="https")
tm.flow(push, parent_app, notification, protocol="https")

# Manager sign-off, from the manager's web dashboard
tm.flow(api, manager, incidents, protocol="https", label="entries awaiting sign-off")
tm.flow(manager, api, sign_off, staff_login, protocol="https")
tm.flow(api, diary_db, sign_off)
tm.flow(diary_db, api, profiles, diary, incidents)

# Photos
tm.flow(api, photo_store, photos, photo_tags)
tm.flow(photo_store, blur, photos, photo_tags)
tm.flow(blur, face_model, photos)
tm.flow(face_model, blur, faces)
tm.flow(blur, photo_store, shared_photos)
tm.flow(photo_store, api, shared_photos)

# Parents
tm.flow(parent, parent_app, parent_login)
tm.flow(parent_app, parent, diary, incidents, shared_photos)
tm.flow(parent_app, api, parent_login, protocol="https")
tm.flow(api, parent_app, diary, incidents, shared_photos, protocol="https")
