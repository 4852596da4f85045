"""Court transcript drafting service: the first design, before any security review.

We are an approved court transcription company. Solicitors, litigants in person and
journalists order transcripts of hearings on our order portal. Once an order is in, a
retrieval job fetches the hearing recording over SFTP from the court's digital
recording system and keeps it in our audio store in our cloud account (UK region).
A drafting service runs an open-weights speaker diarisation model on our own GPUs to
split the audio into speaker turns, then sends the audio segments, speaker turns and
the case details (party and counsel names) to a hosted multimodal LLM that drafts the
transcript. Home-based transcribers correct the draft against the audio in a web
editor (password plus TOTP, and they only see jobs assigned to them). Judgment
transcripts are e-mailed to the judge for approval; approved transcripts are put up
for download on the portal and the party is told by e-mail. Stores are encrypted at
rest; the LLM vendor was vetted and contracted not to retain or train on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court transcript drafting with speaker diarisation and an LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hearing audio from the court recording system is diarised, drafted into a "
        "transcript by a hosted LLM, corrected by transcribers and delivered to the "
        "parties who ordered it."
    ),
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Transcript order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who orders, case number, court, hearing date, contact and invoice details.",
)
recording_request = tg.Data(
    "Recording request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Court, room and hearing times of the recording to fetch.",
)
hearing_audio = tg.Data(
    "Hearing audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Recordings of hearings, including family and criminal cases and "
    "evidence given by children and vulnerable witnesses.",
)
case_details = tg.Data(
    "Case details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Party, witness and counsel names and spellings used as a glossary.",
)
speaker_turns = tg.Data(
    "Speaker turns",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Time-stamped speaker segments with anonymous speaker labels.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, audio segments, speaker turns and the case glossary.",
)
draft_transcript = tg.Data(
    "Draft transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
corrected_transcript = tg.Data(
    "Corrected transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_transcript = tg.Data(
    "Approved transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ready_notice = tg.Data(
    "Transcript ready notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the ordering party with a link to the portal.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Solicitors, litigants in person and the press who order and pay for transcripts.
    party = tm.add(tg.Actor("Ordering party", role="solicitor or litigant"))
    # Our home-based transcribers, working on their own computers.
    transcriber = tm.add(tg.Actor("Transcriber", role="transcriber"))
    # Sends the "transcript ready" e-mails on our behalf.
    mailer = tm.add(tg.ExternalService("Transactional e-mail provider"))

with tm.boundary("Court network", trust=tg.Trust.PARTNER):
    # The court's digital recording system: the source of every hearing recording.
    court_recordings = tm.add(
        tg.DataSource(
            "Court digital recording system",
            origin=tg.Origin.PARTNER,
            provides={hearing_audio},
            description="Run by the courts service; exposes recordings to approved "
            "transcription companies over SFTP.",
        )
    )

with tm.boundary("Judiciary", trust=tg.Trust.PARTNER):
    # Judges approve transcripts of their judgments before release.
    judge = tm.add(tg.Actor("Judge", role="judge"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that turns audio segments into transcript text.
    llm = tm.add(
        tg.LLM(
            "Transcript drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts verbatim transcript text from audio segments and speaker turns.",
            controls={c.SupplierAssessment(note="DPA: no retention, no training on our data")},
        )
    )

with tm.boundary("Transcription cloud (UK region)", trust=tg.Trust.INTERNAL):
    # Public web portal where transcripts are ordered and downloaded.
    portal = tm.add(
        tg.Endpoint(
            "Order portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Orders and the case details that come with them.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, case_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up new orders and fetches the matching recording from the court.
    retrieval = tm.add(tg.Service("Audio retrieval job"))
    # Keeps the hearing recordings for drafting and for transcribers to listen to.
    audio_store = tm.add(
        tg.DataStore(
            "Hearing audio store",
            stores={hearing_audio},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Open-weights diarisation model on our own GPU nodes.
    diariser = tm.add(
        tg.Model(
            "Speaker diarisation model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Segments hearing audio into speaker turns.",
        )
    )
    # Orchestrates diarisation and the LLM calls for each order.
    drafting = tm.add(
        tg.Service(
            "Transcript drafting service",
            description="Runs diarisation, chunks the audio, builds prompts and stitches "
            "the LLM's output into a draft.",
        )
    )
    # Every version of each transcript: draft, corrected and approved.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={draft_transcript, corrected_transcript, approved_transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web editor where transcribers play the audio and correct the draft.
    editor = tm.add(
        tg.Endpoint(
            "Transcript editor",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="transcribers see only the jobs assigned to them"),
            },
        )
    )
    # Sends judgments for approval and releases approved transcripts to the portal.
    release = tm.add(
        tg.Service(
            "Approval and release service",
            controls={
                c.HumanInTheLoop(approver="the judge for judgments, a senior proofreader otherwise")
            },
        )
    )

# ---------------------------------------------------------------- flows
# ordering
tm.flow(party, portal, order, case_details, protocol="https")
tm.flow(portal, order_db, order, case_details)
tm.flow(order_db, retrieval, order, label="new orders")

# fetching the recording
tm.flow(retrieval, court_recordings, recording_request, protocol="sftp")
tm.flow(court_recordings, retrieval, hearing_audio, protocol="sftp")
tm.flow(retrieval, audio_store, hearing_audio)

# drafting
tm.flow(audio_store, drafting, hearing_audio)
tm.flow(order_db, drafting, case_details)
tm.flow(drafting, diariser, hearing_audio)
tm.flow(diariser, drafting, speaker_turns)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_transcript, protocol="https")
tm.flow(drafting, transcript_store, draft_transcript)

# correction by transcribers
tm.flow(transcript_store, editor, draft_transcript)
tm.flow(audio_store, editor, hearing_audio, label="playback")
tm.flow(editor, transcriber, draft_transcript, hearing_audio, protocol="https")
tm.flow(transcriber, editor, corrected_transcript, protocol="https")
tm.flow(editor, transcript_store, corrected_transcript)

# approval and release
tm.flow(transcript_store, release, corrected_transcript)
tm.flow(release, judge, corrected_transcript, protocol="smtp+starttls", label="for approval")
tm.flow(judge, release, approved_transcript, protocol="smtp+starttls", label="approved")
tm.flow(release, transcript_store, approved_transcript)
tm.flow(release, portal, approved_transcript)
tm.flow(portal, party, approved_transcript, protocol="https", label="download")
tm.flow(release, mailer, ready_notice, protocol="https")
tm.flow(mailer, party, ready_notice, protocol="smtp")
