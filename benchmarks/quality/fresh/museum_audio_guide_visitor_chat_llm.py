"""National museum audio guide with visitor chat: the first design, before any security review.

Visitors use the museum's audio-guide app on their own phone (or a loaned handset)
to ask questions about the object in front of them, by voice or by text. Bluetooth
beacons in the galleries tell the app which room and case the visitor is near. The
guide API passes voice to a hosted speech service for transcription, then a chat
orchestrator retrieves passages about the object from a RAG index and asks a hosted
LLM to answer from them; answers can be read aloud through the same speech service.
The index is rebuilt nightly from the collection management system, which holds the
object records and curators' notes that curators edit on the museum network.
Visitors may create an account (e-mail and password) to save favourites. Visitors
can flag an answer; flagged conversations go to a review queue that curators work
through weekly in a staff console signed in with museum SSO. The LLM vendor's
content filter is on, the API is rate-limited and all external traffic uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum audio guide visitor chat",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Audio-guide app answering visitors' questions about collection objects with a "
        "hosted LLM over a RAG index of collection records and curators' notes."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Typed text or recorded voice, with the object or gallery the visitor is near.",
)
voice_audio = tg.Data("Visitor voice question audio", sensitivity=tg.Sensitivity.PII, kind="media")
transcript = tg.Data("Question transcript", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data("Guide answer", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
answer_audio = tg.Data("Spoken answer audio", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
prompt = tg.Data(
    "Prompt with collection context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the question and the top passages about the object.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
location_id = tg.Data("Gallery beacon id", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
object_records = tg.Data(
    "Collection object records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Catalogue entries: title, maker, date, description, gallery location.",
)
curator_notes = tg.Data(
    "Curators' notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Research notes, interpretation text and some unpublished provenance details.",
)
passages = tg.Data(
    "Collection passages and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
account = tg.Data(
    "Visitor account and favourites",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="E-mail address, display name and saved objects.",
)
visitor_login = tg.Data(
    "Visitor sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
conversations = tg.Data(
    "Flagged conversations",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Question, answer, retrieved passages and the visitor's flag reason.",
)
review_outcome = tg.Data(
    "Curator review outcome", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
staff_sso = tg.Data("Museum staff SSO token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Visitors and galleries", trust=tg.Trust.UNTRUSTED):
    # Any member of the public with the app; no sign-in needed to ask questions.
    visitor = tm.add(tg.Actor("Museum visitor", role="visitor"))
    # Our app on visitors' phones and on loaned handsets.
    guide_app = tm.add(
        tg.Device(
            "Audio guide app", description="iOS/Android app, also preinstalled on loan handsets."
        )
    )
    # Fixed BLE beacons in each gallery that broadcast a room and case id.
    beacons = tm.add(
        tg.Device("Gallery BLE beacons", description="Broadcast-only location beacons.")
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answer from the retrieved passages.
    llm = tm.add(
        tg.LLM(
            "Hosted guide LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # Hosted speech-to-text and text-to-speech for voice questions and spoken answers.
    speech = tm.add(tg.ExternalService("Hosted speech service", provides="model-api"))

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API the app calls for questions, answers and flags.
    guide_api = tm.add(
        tg.Endpoint(
            "Guide API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Retrieves passages for the object, builds the prompt, calls speech and LLM.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="System prompt tells the model to answer only from the supplied passages.",
        )
    )
    # Search index over object records and curators' notes.
    index = tm.add(tg.VectorStore("Collection RAG index", stores={passages}))
    # Nightly job that exports, chunks and embeds collection content.
    indexer = tm.add(tg.Pipeline("Nightly collection indexing job", stage=tg.Stage.INGESTION))
    # Visitor sign-up, sign-in and favourites.
    accounts = tm.add(
        tg.Service(
            "Visitor account service",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Account records and saved favourites.
    account_db = tm.add(
        tg.DataStore(
            "Visitor account database",
            stores={account},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversations visitors flagged, waiting for curator review.
    flag_queue = tm.add(
        tg.DataStore(
            "Flagged answer review queue",
            stores={conversations, review_outcome},
            controls={c.RetentionLimits(days=180)},
        )
    )

with tm.boundary("Museum staff network", trust=tg.Trust.INTERNAL):
    # Curators write the notes and review flagged answers weekly.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # The museum's collection management system, the source of truth for objects.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={object_records, curator_notes},
            controls={c.RBAC(note="curatorial departments edit their own objects")},
        )
    )
    # Staff web console listing flagged conversations for review.
    review_console = tm.add(
        tg.Endpoint(
            "Answer review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum staff SSO (Entra ID) with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# asking a question
tm.flow(beacons, guide_app, location_id, protocol="ble")
tm.flow(visitor, guide_app, question, voice_audio, label="speaks or types")
tm.flow(guide_app, guide_api, question, voice_audio, protocol="https")
tm.flow(guide_api, orchestrator, question, voice_audio)
tm.flow(orchestrator, speech, voice_audio, protocol="https", label="transcribe")
tm.flow(speech, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, index, transcript, label="similarity query filtered by object id")
tm.flow(index, orchestrator, passages)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, speech, answer, protocol="https", id="answer-to-speech", label="synthesise")
tm.flow(speech, orchestrator, answer_audio, protocol="https", id="speech-to-answer")
tm.flow(orchestrator, guide_api, answer, answer_audio)
tm.flow(guide_api, guide_app, answer, answer_audio, protocol="https")
tm.flow(guide_app, visitor, answer, answer_audio, label="plays or shows the answer")

# accounts and favourites
tm.flow(
    visitor,
    guide_app,
    visitor_login,
    account,
    id="visitor-account-input",
    label="sign-in and favourites",
)
tm.flow(guide_app, accounts, visitor_login, account, protocol="https")
tm.flow(accounts, account_db, account)
tm.flow(account_db, accounts, account)
tm.flow(accounts, guide_app, account, protocol="https")

# flags and review
tm.flow(
    guide_app,
    guide_api,
    conversations,
    id="flag-answer",
    protocol="https",
    label="visitor flags answer",
)
tm.flow(guide_api, flag_queue, conversations)
tm.flow(flag_queue, review_console, conversations, protocol="https")
tm.flow(review_console, flag_queue, review_outcome, protocol="https")
tm.flow(curator, review_console, staff_sso, review_outcome, protocol="https")
tm.flow(review_console, curator, conversations, protocol="https")

# collection content
tm.flow(curator, cms, object_records, curator_notes, protocol="https", label="edits notes")
tm.flow(cms, indexer, object_records, curator_notes, protocol="https", label="nightly export")
tm.flow(indexer, index, passages)
