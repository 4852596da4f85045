"""Graduation name pronunciation: text-to-speech announcements, first design.

Graduating students sign in to the student portal with university SSO and
either record themselves saying their name or type a phonetic spelling. A
generation service in the university's cloud tenancy takes the graduand list
from the student record system and asks a text-to-speech model, an open-weights
model we host on our own GPU node, to speak each name in the announcer voice,
using the recording or spelling as its pronunciation guide. Students can listen
to the result in the portal. The ceremony team checks and approves every
announcement in a review app before the running order is exported to the
reader's screen and to the sound desk in the hall. Controls in this design: SSO
sign-in with MFA for students and staff, upload checks on recordings, approval
of each announcement by the ceremony team, TLS on web traffic and a retention
limit on recordings.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Graduation ceremony name pronunciation TTS",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Students' name pronunciations turned into ceremony announcements by a TTS model.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Name recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of the student saying their own name.",
)
spelling = tg.Data(
    "Phonetic spelling",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text such as 'SHIV-awn NEE-av', typed by the student.",
)
sso_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
graduands = tg.Data(
    "Graduand list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name as it will be read, degree, classification and ceremony slot.",
)
tts_request = tg.Data(
    "Synthesis request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name text, the phonetic spelling and the reference recording.",
)
announcement = tg.Data(
    "Announcement audio",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
approval = tg.Data("Review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
running_order = tg.Data(
    "Running order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names in crossing order, with pronunciation guides and audio file names.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weights = tg.Data("TTS model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Graduating students, on their own phones and laptops.
    student = tm.add(tg.Actor("Graduating student", role="student"))
    # Where we downloaded the open-weights TTS model from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's cloud SSO, used by the portal and the review app.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="OIDC sign-in with the university's MFA policy.",
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing student portal; gains a page to record, type and play back the name.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="audio type, size and 10-second length checks"),
            },
        )
    )
    # Holds recordings, spellings and generated audio for this year's ceremonies.
    pron_store = tm.add(
        tg.DataStore(
            "Pronunciation store",
            stores={recording, spelling, announcement, approval},
            controls={c.RetentionLimits(days=180)},
        )
    )
    # Batch job that turns each graduand's guide into an announcement.
    generator = tm.add(
        tg.Service(
            "Announcement generation service",
            description="Runs nightly and on demand when a student changes their entry.",
        )
    )
    # The text-to-speech model, served on our own GPU node.
    tts = tm.add(
        tg.Model(
            "Text-to-speech model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Speaks names in one fixed announcer voice, guided by a reference clip.",
        )
    )
    # Ceremony team's web app: listen, correct the spelling, approve or reject.
    review_app = tm.add(
        tg.Endpoint(
            "Ceremony review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(note="ceremonies office staff group only"),
            },
        )
    )
    # Builds each ceremony's running order from approved announcements only.
    exporter = tm.add(
        tg.Service(
            "Running order export",
            controls={c.HumanInTheLoop(approver="ceremony team, per announcement")},
        )
    )

with tm.boundary("Registry systems", trust=tg.Trust.RESTRICTED):
    # System of record for who is graduating and under what name.
    records = tm.add(tg.DataStore("Student record system", stores={graduands}))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Ceremonies office staff who check every announcement.
    team = tm.add(tg.Actor("Ceremony team", role="ceremonies office staff"))

with tm.boundary("Ceremony hall", trust=tg.Trust.INTERNAL):
    # Screen at the lectern showing the next names and pronunciation guides.
    screen = tm.add(tg.Device("Reader's screen", fleet=False))
    # The hall's sound desk that plays each announcement.
    sound_desk = tm.add(tg.Device("Hall sound desk", fleet=False))
    # The academic who reads names aloud and falls back to the guide.
    reader = tm.add(tg.Actor("Name reader", role="ceremony reader"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(student, sso, sso_token, protocol="https", label="sign in")
tm.flow(sso, portal, sso_token, protocol="https")
tm.flow(team, sso, sso_token, protocol="https", label="sign in")
tm.flow(sso, review_app, sso_token, protocol="https")

# students give their pronunciation and listen to the result
tm.flow(student, portal, recording, spelling, protocol="https")
tm.flow(portal, pron_store, recording, spelling)
tm.flow(pron_store, portal, announcement, label="playback")
tm.flow(portal, student, announcement, protocol="https")

# generation
tm.flow(records, generator, graduands)
tm.flow(pron_store, generator, recording, spelling)
tm.flow(generator, tts, tts_request)
tm.flow(tts, generator, announcement)
tm.flow(generator, pron_store, announcement)
tm.flow(hub, tts, weights, protocol="https", label="model download at deployment")

# review
tm.flow(pron_store, review_app, announcement, spelling, recording)
tm.flow(review_app, team, announcement, spelling, recording, protocol="https")
tm.flow(team, review_app, approval, spelling, protocol="https")
tm.flow(review_app, pron_store, approval, spelling)

# export to the hall
tm.flow(records, exporter, graduands)
tm.flow(pron_store, exporter, announcement, approval)
tm.flow(exporter, screen, running_order, protocol="https")
tm.flow(exporter, sound_desk, running_order, announcement, protocol="smb")
tm.flow(screen, reader, running_order)
