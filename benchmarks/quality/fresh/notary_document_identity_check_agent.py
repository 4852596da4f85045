"""Remote online notary identity check agent: the first design, before any security review.

Signers (home buyers, people signing affidavits or powers of attorney) open a
link from their title company or sign up directly, upload the document and a
photo of their driver's licence or passport, record a short selfie video and answer
knowledge-based authentication (KBA) questions from a KBA vendor. An identity
check agent then reads the ID photo with a vendor-hosted multimodal LLM
(extracting name, date of birth, expiry and looking for signs of alteration),
compares the ID portrait with frames of the selfie through a face-match model
we run ourselves, and, when the checks pass, queues the signing session for a
commissioned notary; anything that fails or errors goes to a manual review
queue. Notaries, independent contractors working from home, pick sessions up in
the notary portal, see the evidence and the agent's result, and confirm the
signer on live video before performing the notarial act, which is recorded in
the notarial journal kept for ten years as state RON law requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Remote online notary identity check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="An agent checks signers' ID photos and selfie videos, then queues notary sessions.",
)

# ---------------------------------------------------------------- data assets
id_photo = tg.Data(
    "ID document photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Front and back of a driver's licence, state ID or passport.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
selfie_video = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A few seconds of the signer's face; biometric data under state laws.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signing_docs = tg.Data(
    "Documents to notarise",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Deeds, loan documents, affidavits, powers of attorney.",
)
kba_answers = tg.Data("KBA answers", kind="records", sensitivity=tg.Sensitivity.PII)
kba_lookup = tg.Data(
    "KBA lookup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Signer's name, address, date of birth and last four of the SSN.",
)
kba_result = tg.Data("KBA questions and result", kind="records", sensitivity=tg.Sensitivity.PII)
check_request = tg.Data(
    "Identity check request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data(
    "ID reading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the ID images and the name the signer typed.",
)
id_reading = tg.Data(
    "Extracted ID fields and tamper assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
face_request = tg.Data("Face match request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
face_pair = tg.Data(
    "ID portrait and selfie frames",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
face_result = tg.Data("Face match result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
queue_call = tg.Data("Queue session call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Identity verification result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, fail or manual review, with the agent's reasons and the extracted fields.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
queued_session = tg.Data(
    "Queued signing session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Signer, documents, state of the act, verification result.",
)
check_status = tg.Data("Check status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signer_request = tg.Data("Signer web request", kind="records", sensitivity=tg.Sensitivity.PII)
signer_view = tg.Data("Signing flow pages", kind="records", sensitivity=tg.Sensitivity.PII)
notary_action = tg.Data(
    "Notary session actions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim session, confirm identity, apply seal and certificate.",
)
notary_view = tg.Data("Notary session view", kind="records", sensitivity=tg.Sensitivity.PII)
journal_entry = tg.Data(
    "Notarial journal entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Statutory journal record and the audio-video recording of the session.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who need a document notarised.
    signer = tm.add(tg.Actor("Signer", role="signer"))

with tm.boundary("Notary home offices", trust=tg.Trust.PARTNER):
    # Commissioned notaries under contract; they perform the notarial act.
    notary = tm.add(tg.Actor("Commissioned notary", role="notary"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # Reads the ID photo: vision-capable LLM behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention agreement")},
        )
    )
    # Generates KBA questions from credit-bureau data, as state RON rules require.
    kba = tm.add(tg.ExternalService("KBA provider", provides="data-provider"))

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Where signers upload ID, record the selfie and answer KBA.
    web_app = tm.add(
        tg.Endpoint(
            "Signing web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="one-time e-mail link"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image and video type and size checks on upload"),
            },
        )
    )
    # Holds every signer's ID photos, selfie videos, KBA results and documents.
    evidence_store = tm.add(
        tg.DataStore(
            "Identity evidence store",
            stores={id_photo, selfie_video, kba_result, signing_docs},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Runs the identity check and decides whether the session is queued.
    agent = tm.add(
        tg.Agent(
            "Identity check agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="each step, tool call and model answer logged per session"),
            },
        )
    )
    # Lets the agent compare the ID portrait with selfie frames.
    face_tool = tm.add(
        tg.Tool(
            "Face match tool",
            capabilities={"read"},
            controls={
                c.FailClosed(fallback="a face-match error sends the session to manual review")
            },
        )
    )
    # Open-weights face recognition model served on our own GPUs.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Cosine similarity of face embeddings; the agent treats 0.8 and above as a match.",
        )
    )
    # The agent's only write: puts a session in the notary queue or the manual review queue.
    queue_tool = tm.add(
        tg.Tool(
            "Session queue tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.LeastPrivilegeTools(note="can create queue entries only")},
        )
    )
    # Sessions waiting for a notary, with the verification result attached.
    session_queue = tm.add(tg.DataStore("Session queue", stores={queued_session, check_result}))
    # Where notaries claim sessions, review evidence and run the live session.
    notary_portal = tm.add(
        tg.Endpoint(
            "Notary portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password and TOTP"),
                c.RBAC(note="notaries see sessions for the states they are commissioned in"),
                c.HumanInTheLoop(
                    approver="commissioned notary",
                    note="the notary confirms the signer on live video before any notarial act",
                ),
            },
        )
    )
    # The statutory electronic journal and session recordings.
    journal = tm.add(
        tg.DataStore(
            "Notarial journal",
            stores={journal_entry},
            controls={
                c.EncryptionAtRest(key_management="AWS KMS"),
                c.ImmutableArtifacts(note="S3 object lock"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Signer onboarding.
tm.flow(
    signer,
    web_app,
    signer_request,
    signing_docs,
    id_photo,
    selfie_video,
    kba_answers,
    protocol="https",
)
tm.flow(web_app, signer, signer_view, check_status, protocol="https")
tm.flow(web_app, kba, kba_lookup, kba_answers, protocol="https")
tm.flow(kba, web_app, kba_result, protocol="https")
tm.flow(web_app, evidence_store, id_photo, selfie_video, kba_result, signing_docs)

# Identity check.
tm.flow(web_app, agent, check_request)
tm.flow(agent, web_app, check_status)
tm.flow(evidence_store, agent, id_photo, selfie_video, kba_result)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, id_reading, protocol="https")
tm.flow(agent, face_tool, face_request)
tm.flow(face_tool, face_model, face_pair, protocol="grpc")
tm.flow(face_model, face_tool, match_score, protocol="grpc")
tm.flow(face_tool, agent, face_result)
tm.flow(agent, queue_tool, queue_call)
tm.flow(queue_tool, session_queue, queued_session, check_result)

# Notary session.
tm.flow(notary, notary_portal, notary_action, protocol="https")
tm.flow(session_queue, notary_portal, queued_session, check_result)
tm.flow(evidence_store, notary_portal, id_photo, selfie_video, signing_docs)
tm.flow(notary_portal, notary, notary_view, id_photo, selfie_video, signing_docs, protocol="https")
tm.flow(notary_portal, session_queue, queued_session, label="claim and close session")
tm.flow(notary_portal, journal, journal_entry)
