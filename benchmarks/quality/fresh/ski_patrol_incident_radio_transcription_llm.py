"""Ski patrol incident capture from radio traffic: the first design, before any security review.

A ski resort in the French Alps records all traffic on its ski-patrol radio channel.
A recorder at the patrol base takes the audio off the base station and uploads it to
a bucket in the resort's cloud tenant, where recordings are kept for 90 days. An
incident pipeline sends each recording to a speech-to-text model the resort hosts,
then sends the transcript, with any notes patrollers typed into their handheld app,
to a hosted LLM API that extracts incidents (location, injury type, time) into the
incident log and drafts the insurance incident report. The patrol director reviews
and corrects each draft in a web console and, once approved, it is uploaded to the
resort insurer's claims portal. Patrollers and the director sign in with the
resort's staff SSO (the director with MFA); the LLM vendor was assessed and signed a
data processing agreement. Guests' injuries are personal health data under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski patrol incident radio transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribes patrol radio traffic and drafts incident and insurance reports with an LLM.",
)

# ---------------------------------------------------------------- data assets
radio_audio = tg.Data(
    "Patrol radio audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice traffic naming guests, locations and injuries.",
)
transcript = tg.Data("Radio transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
notes = tg.Data("Patroller notes", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the patroller notes for one incident.",
)
completion = tg.Data(
    "Extracted incident and draft report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
incidents = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Location, injury type, time and guest details of each incident.",
)
draft_report = tg.Data("Draft insurance report", kind="documents", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Insurance incident report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
review_edits = tg.Data(
    "Director corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Mountain", trust=tg.Trust.UNTRUSTED, description="Slopes: radio and mobile network"
):
    # Patrollers report incidents by radio and add details in the app.
    patroller = tm.add(tg.Actor("Ski patroller", role="patrol staff"))
    # Handheld radios on the patrol channel; anyone with a scanner can listen.
    radios = tm.add(tg.Device("Patrol radios", fleet=True))
    # Resort-issued phones running the patrol app, used to add notes to incidents.
    handheld = tm.add(tg.Device("Patrol handheld app", fleet=True))

with tm.boundary("Patrol base", trust=tg.Trust.INTERNAL):
    # Logs the base station's audio output and uploads it in segments.
    recorder = tm.add(tg.Service("Radio recorder"))

with tm.boundary("Resort cloud tenant", trust=tg.Trust.INTERNAL):
    # Keeps raw recordings for 90 days for disputes and investigations.
    recordings = tm.add(
        tg.DataStore(
            "Radio recording bucket",
            stores={radio_audio},
            controls={
                c.RetentionLimits(days=90),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Open-weights speech model on a GPU instance the resort runs.
    speech = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Transcribes radio segments; French and English.",
        )
    )
    # Orchestrates transcription, LLM extraction and report drafting.
    pipeline = tm.add(
        tg.Service(
            "Incident pipeline",
            description="Picks up new recordings, transcribes them, calls the LLM, writes incidents.",
        )
    )
    # The system of record for patrol incidents and draft reports.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incidents, notes, draft_report, report},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Backend of the patrol app: receives notes, shows the day's incidents.
    app_api = tm.add(
        tg.Endpoint(
            "Patrol app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="resort staff SSO, username and password")},
        )
    )
    # Where the director reviews, corrects and approves insurance reports.
    console = tm.add(
        tg.Endpoint(
            "Incident review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort staff SSO with MFA"),
                c.HumanInTheLoop(approver="patrol director"),
            },
        )
    )

with tm.boundary("Resort office network", trust=tg.Trust.INTERNAL):
    # Reviews every insurance report before it leaves the resort.
    director = tm.add(tg.Actor("Patrol director", role="patrol director", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model API that extracts incidents and drafts the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA; no training on our data")},
        )
    )

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The resort insurer's claims portal, which receives approved reports.
    insurer = tm.add(tg.ExternalService("Insurer claims portal"))

# ---------------------------------------------------------------- flows
tm.flow(patroller, radios, radio_audio, label="calls on patrol channel")
tm.flow(radios, recorder, radio_audio, protocol="dmr", label="over the air via base station")
tm.flow(recorder, recordings, radio_audio, protocol="https", label="segment upload")
tm.flow(recordings, pipeline, radio_audio)
tm.flow(pipeline, speech, radio_audio)
tm.flow(speech, pipeline, transcript)
tm.flow(incident_log, pipeline, notes, label="notes for the incident")
tm.flow(pipeline, llm, extraction_prompt, protocol="https")
tm.flow(llm, pipeline, completion, protocol="https")
tm.flow(pipeline, incident_log, incidents, draft_report)

tm.flow(patroller, handheld, notes, label="types notes")
tm.flow(handheld, app_api, notes, protocol="https")
tm.flow(app_api, incident_log, notes)
tm.flow(incident_log, app_api, incidents, label="today's incidents")
tm.flow(app_api, handheld, incidents, protocol="https")
tm.flow(handheld, patroller, incidents)

tm.flow(incident_log, console, incidents, draft_report)
tm.flow(console, director, incidents, draft_report, protocol="https")
tm.flow(director, console, review_edits, protocol="https")
tm.flow(console, incident_log, report, review_edits)
tm.flow(console, insurer, report, protocol="https", label="upload approved report")
