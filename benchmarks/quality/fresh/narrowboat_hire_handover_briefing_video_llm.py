"""Narrowboat handover assistant: the first design, before any security review.

A narrowboat hire base sends every hirer a link to its safety briefing video a
week before the holiday. The briefing page plays the video from a video hosting
platform and reports viewing progress, so the assistant can tell who has watched
it to the end. On the page and at the base, hirers sign in with their booking
reference and surname and ask a chat assistant about locks, moorings and the
route; a hosted LLM answers from the base's own handbook and the canal
operator's stoppage notices, retrieved from a vector index rebuilt each night.
The assistant records the handover checklist (video watched, questions asked,
topics to go over again) against the booking; the boatyard instructor opens it
on the yard tablet, goes through the practical handover and signs the boat off.
The assistant runs in a cloud account; the booking system and the handbook
folder (a cloud drive) are reached over their HTTPS APIs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Narrowboat handover briefing assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks the safety video was watched, answers hirers' questions, records handovers.",
)

# ---------------------------------------------------------------- data assets
booking_ref = tg.Data(
    "Booking reference and surname", kind="credentials", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead hirer's name, contact details, party size, boat, dates and route.",
)
video = tg.Data("Safety briefing video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
progress = tg.Data(
    "Video viewing progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player events: booking, seconds watched, reached the end.",
)
question = tg.Data("Hirer question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data(
    "Assistant answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Prompt with handbook passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the booking's boat and route, the question and retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
handbook = tg.Data(
    "Hire base handbook",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Lock operation, mooring rules, tunnels, the base's cruising routes.",
)
notices = tg.Data("Stoppage notices", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
passages = tg.Data(
    "Handbook and notice passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
checklist = tg.Data(
    "Handover checklist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Video watched, questions asked, topics flagged, instructor sign-off.",
)
summary = tg.Data("Handover note draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
sign_off = tg.Data("Instructor sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_login = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Lead hirer and crew, on their phones at home or on the base's guest Wi-Fi.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))
    # The canal operator's public stoppage and restriction notices.
    notice_feed = tm.add(
        tg.DataSource(
            "Canal stoppage notices",
            origin=tg.Origin.PUBLIC_WEB,
            provides={notices},
            description="Published notices for closures, low water and lock restrictions.",
        )
    )

with tm.boundary("Video platform", trust=tg.Trust.PARTNER):
    # Hosts the briefing video as an unlisted video embedded in our page.
    video_host = tm.add(
        tg.ExternalService(
            "Video hosting platform",
            provides=tg.ExternalCategory.GENERIC,
            description="Commercial video host; the player runs in the hirer's browser.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Answers from the retrieved passages and drafts the handover note.",
        )
    )

with tm.boundary("Assistant cloud account", trust=tg.Trust.INTERNAL):
    # Briefing page and chat API the hirer's browser talks to.
    hirer_api = tm.add(
        tg.Endpoint(
            "Briefing and chat API",
            purpose=tg.EndpointPurpose.API,
            description="Serves the briefing page, takes player progress events and chat messages.",
            controls={
                c.Authentication(method="booking reference and surname"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Fixed steps: look up the booking, retrieve passages, call the LLM, write the checklist.
    orchestrator = tm.add(
        tg.Service(
            "Handover orchestrator",
            description="Builds the prompt, calls the LLM, marks the video watched at 95 %.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Handbook and notices, chunked and embedded.
    guide_index = tm.add(tg.VectorStore("Waterways guide index", stores={passages}))
    # Rebuilds the index each night from the handbook and the notices.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly guide indexing job",
            stage=tg.Stage.INGESTION,
            description="Fetches notices for the base's waterways, chunks and embeds everything.",
        )
    )
    # Checklists, viewing progress and chat transcripts per booking.
    handover_db = tm.add(
        tg.DataStore(
            "Handover records",
            stores={checklist, progress, transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # What the instructor uses at the boat.
    instructor_app = tm.add(
        tg.Endpoint(
            "Instructor handover app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Tablet web app: today's handovers, checklist, hirer's questions, sign-off.",
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.HumanInTheLoop(approver="the boatyard instructor signs off each handover"),
            },
        )
    )

with tm.boundary("Hire base office", trust=tg.Trust.INTERNAL):
    # Existing booking system; the assistant reads bookings through its API.
    booking_system = tm.add(tg.DataStore("Booking system", stores={bookings}))
    # The office's cloud-drive folder where the base manager keeps the handbook.
    handbook_drive = tm.add(tg.DataStore("Handbook folder", stores={handbook}))
    # Maintains the handbook and the briefing video.
    manager = tm.add(tg.Actor("Base manager", role="manager", privileged=True))

with tm.boundary("Boatyard", trust=tg.Trust.INTERNAL):
    # Does the practical handover and lets the boat go.
    instructor = tm.add(tg.Actor("Boatyard instructor", role="instructor"))

# ---------------------------------------------------------------- flows
# hirer: briefing video and progress
tm.flow(hirer, hirer_api, booking_ref, protocol="https", label="signs in")
tm.flow(video_host, hirer, video, protocol="https", label="embedded player")
tm.flow(hirer, hirer_api, progress, protocol="https", label="player progress events")
tm.flow(hirer_api, orchestrator, booking_ref, progress)
tm.flow(orchestrator, booking_system, booking_ref, protocol="https", label="booking lookup")
tm.flow(booking_system, orchestrator, bookings, protocol="https")
tm.flow(orchestrator, handover_db, progress, checklist)

# hirer: questions about locks and moorings
tm.flow(hirer, hirer_api, question, protocol="https")
tm.flow(hirer_api, orchestrator, question)
tm.flow(orchestrator, guide_index, question, label="similarity query")
tm.flow(guide_index, orchestrator, passages)
tm.flow(orchestrator, llm, prompt, llm_key, protocol="https")
tm.flow(llm, orchestrator, completion, summary, protocol="https")
tm.flow(orchestrator, hirer_api, answer)
tm.flow(hirer_api, hirer, answer, protocol="https")
tm.flow(orchestrator, handover_db, transcripts, summary, label="transcript and handover note")

# the guide index
tm.flow(manager, handbook_drive, handbook, label="edits handbook")
tm.flow(manager, video_host, video, protocol="https", label="uploads briefing video")
tm.flow(handbook_drive, indexer, handbook, protocol="https", label="nightly sync")
tm.flow(notice_feed, indexer, notices, protocol="https", label="nightly fetch")
tm.flow(indexer, guide_index, passages)

# the instructor at the boat
tm.flow(instructor, instructor_app, staff_login, sign_off, protocol="https")
tm.flow(handover_db, instructor_app, checklist, progress, transcripts, summary)
tm.flow(instructor_app, instructor, checklist, summary, protocol="https")
tm.flow(instructor_app, handover_db, sign_off, checklist)
