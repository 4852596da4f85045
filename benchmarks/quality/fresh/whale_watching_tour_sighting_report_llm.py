"""Whale watching sighting reports: the first design, before any security review.

A whale watching tour operator in the Azores runs three boats a day. During each
trip the skipper records short voice notes and takes photos in a phone app; the
app tags them with the phone's GPS position and uploads them over the mobile
network to an upload API in the operator's cloud project, where the app login is
each skipper's own e-mail and password. A report service sends the audio to a
hosted speech-to-text API, then gives the transcript, the photos, the positions
and the trip times from the booking system to a hosted multimodal LLM, which
drafts one structured sighting report per encounter (species, count, position,
behaviour) and the day's social media post. Sighting reports go to the regional
marine mammal research database every night without review; the office
coordinator approves the post in a review dashboard (Google sign-in with 2SV)
before it is published. Photos show passengers and notes carry voices: GDPR applies.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Whale watching sighting report assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Turns skippers' voice notes and photos into sighting reports and a daily post.",
)

# ---------------------------------------------------------------- data assets
voice_notes = tg.Data(
    "Skipper voice notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Short audio clips recorded on deck; the skipper's voice, sometimes passengers'.",
)
photos = tg.Data(
    "Sighting photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of flukes, dorsal fins and the sea state; passengers are often in frame.",
)
positions = tg.Data(
    "Sighting positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GPS fixes the app attaches to each note and photo.",
)
trip_schedule = tg.Data(
    "Trip schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat, skipper, departure and return times and passenger count; no names.",
)
transcript = tg.Data("Voice note transcripts", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafting_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, transcripts, photos, positions and trip times of one trip.",
)
draft = tg.Data(
    "Draft sighting reports and post",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
reports = tg.Data(
    "Sighting reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Species, count, position, time and behaviour per encounter.",
)
submission = tg.Data(
    "Research database submission", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
post = tg.Data(
    "Daily social media post",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Text and two or three chosen photos for the operator's page.",
)
post_approval = tg.Data(
    "Post edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Tour boats (mobile network)",
    trust=tg.Trust.UNTRUSTED,
    description="Unmanaged company phones on the public mobile network at sea.",
):
    # Records what is seen; the source of every report.
    skipper = tm.add(tg.Actor("Skipper", role="boat skipper"))
    # The capture app: audio, photos and GPS, queued until there is signal.
    phone_app = tm.add(
        tg.Device(
            "Skipper phone app",
            description="Company phone app that records notes and photos and uploads them.",
        )
    )

with tm.boundary("Operator cloud project", trust=tg.Trust.INTERNAL):
    # The only entry point for the boats.
    upload_api = tm.add(
        tg.Endpoint(
            "Upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-skipper e-mail and password")},
        )
    )
    # Raw audio and photos, kept so reports can be checked against them.
    media_store = tm.add(
        tg.DataStore(
            "Media bucket",
            stores={voice_notes, photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Positions, drafts, approved reports and the submission history.
    sighting_db = tm.add(
        tg.DataStore("Sighting database", stores={positions, draft, reports, post, receipt})
    )
    # Fixed pipeline: transcribe, draft with the LLM, submit nightly, publish on approval.
    report_service = tm.add(
        tg.Service(
            "Sighting report service",
            description="Transcribes notes, asks the LLM for drafts, submits reports nightly "
            "and publishes the approved post.",
            controls={
                c.SecretsManagement(note="research API key and page token in the secret manager"),
                c.HumanInTheLoop(
                    approver="office coordinator",
                    note="the social media post only; sighting reports are submitted automatically",
                ),
            },
        )
    )
    # Where the coordinator reads drafts and approves the day's post.
    dashboard = tm.add(
        tg.Endpoint(
            "Review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Approves what goes public.
    coordinator = tm.add(tg.Actor("Office coordinator", role="office staff"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription; audio leaves our project here.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    # Hosted multimodal model that writes the reports and the post.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads transcripts and photos; returns JSON reports and a post draft.",
        )
    )

with tm.boundary("Booking provider", trust=tg.Trust.PARTNER):
    # SaaS booking system; tells us which boat ran which trip when.
    booking = tm.add(tg.ExternalService("Booking system", provides="data-provider"))

with tm.boundary("Research institute", trust=tg.Trust.PARTNER):
    # The regional marine mammal database the reports are for.
    research_db = tm.add(tg.ExternalService("Marine mammal research database"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The operator's public page.
    social = tm.add(tg.ExternalService("Social media platform"))

# ---------------------------------------------------------------- flows
tm.flow(skipper, phone_app, voice_notes, photos, label="records on deck")
tm.flow(phone_app, upload_api, voice_notes, photos, positions, protocol="https")
tm.flow(upload_api, media_store, voice_notes, photos)
tm.flow(upload_api, sighting_db, positions)

tm.flow(booking, report_service, trip_schedule, protocol="https")
tm.flow(media_store, report_service, voice_notes, photos)
tm.flow(sighting_db, report_service, positions)
tm.flow(report_service, stt, voice_notes, protocol="https")
tm.flow(stt, report_service, transcript, protocol="https")
tm.flow(report_service, llm, drafting_prompt, protocol="https")
tm.flow(llm, report_service, draft, protocol="https")
tm.flow(report_service, sighting_db, draft, reports)

tm.flow(sighting_db, dashboard, draft, reports)
tm.flow(dashboard, coordinator, draft, reports, protocol="https")
tm.flow(coordinator, dashboard, post_approval, protocol="https")
tm.flow(dashboard, sighting_db, post, post_approval)

tm.flow(sighting_db, report_service, reports, post, label="nightly submission and approved post")
tm.flow(report_service, research_db, submission, protocol="https")
tm.flow(research_db, report_service, receipt, protocol="https")
tm.flow(report_service, social, post, protocol="https")
