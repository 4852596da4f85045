"""Remote online notarization with automated ID checks: the first design.

Signers upload the document to be notarized, photograph their government ID and
join a live video session from a browser; business customers (title companies,
lenders) can also submit documents through an API. Before the session, an
identity-verification service sends the ID images to a vendor's document
authentication model, compares the ID portrait with frames of the live video
using our in-house face match model, and runs knowledge-based authentication
through a KBA provider. A commissioned notary, working from home through the
notary portal, sees the results, runs the video session and applies the
electronic seal and certificate. Sessions are recorded and, with the electronic
journal and the notarized documents, kept for ten years as state law requires.
Controls in this design: TLS everywhere, TOTP sign-in for notaries, KMS
encryption of the evidence stores, audit logging of notarial acts, and the
notary's own decision before any seal is applied.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Remote online notarization ID check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Browser-based RON: ID document authentication, face match and KBA, "
    "then a recorded video session with a commissioned notary.",
)

# ---------------------------------------------------------------- data assets
id_images = tg.Data(
    "ID document images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Front and back of a driver's licence or passport, photographed by the signer.",
)
live_frames = tg.Data(
    "Live face frames",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frames taken from the signer's webcam for the face comparison (biometric).",
)
video = tg.Data("Live session video", kind="media", sensitivity=tg.Sensitivity.PII)
recording = tg.Data(
    "Session recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Audio and video of the whole notarial act, kept as legal evidence.",
)
document = tg.Data(
    "Document to notarize",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Deeds, powers of attorney, loan closing packages.",
)
notarized = tg.Data(
    "Notarized document",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identity_attrs = tg.Data(
    "Identity attributes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address and ID number read from the document.",
)
kba_questions = tg.Data("KBA questions", kind="records", sensitivity=tg.Sensitivity.PII)
kba_answers = tg.Data("KBA answers", kind="records", sensitivity=tg.Sensitivity.PII)
kba_result = tg.Data("KBA result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
doc_verdict = tg.Data(
    "Document authenticity verdict", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_result = tg.Data(
    "Identity check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass/fail for document, face match and KBA, shown to the notary.",
)
seal_decision = tg.Data(
    "Notarial act and seal instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
journal_entry = tg.Data(
    "Notary journal entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
session_status = tg.Data("Session status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person whose signature is notarized; joins from any browser.
    signer = tm.add(tg.Actor("Signer", role="signer"))
    # Title companies and lenders that send closing documents and collect results.
    business = tm.add(tg.Actor("Business customer", role="business customer", human=False))
    # Commissioned notaries are contractors working from their own home offices.
    notary = tm.add(tg.Actor("Commissioned notary", role="notary", privileged=True))

with tm.boundary("IDV vendor", trust=tg.Trust.PARTNER):
    # Vendor model that checks security features, templates and MRZ of ID documents.
    doc_auth = tm.add(
        tg.Model(
            "Document authentication model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor API; returns authentic/suspect plus extracted identity fields.",
        )
    )
    # Knowledge-based authentication questions from credit-bureau data, required by state RON law.
    kba = tm.add(
        tg.ExternalService(
            "KBA provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Generates five out-of-wallet questions and grades the answers.",
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Signer-facing web app backend: uploads, ID capture, KBA and session join.
    signer_api = tm.add(
        tg.Endpoint(
            "Signer web API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="emailed one-time session link")},
        )
    )
    # API for business customers to submit documents and fetch notarized results.
    business_api = tm.add(
        tg.Endpoint(
            "Business API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-customer API key")},
        )
    )
    # Portal notaries use to see ID results, run sessions and seal documents.
    notary_portal = tm.add(
        tg.Endpoint(
            "Notary portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="password with TOTP"), c.RBAC()},
        )
    )
    # Orchestrates document authentication, face match and KBA into one result.
    idv = tm.add(tg.Service("Identity verification service"))
    # In-house face comparison between the ID portrait and live webcam frames.
    face_match = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Embedding-based 1:1 match; a similarity above threshold counts as a pass.",
        )
    )
    # WebRTC media server that connects signer and notary and records the session.
    video_svc = tm.add(tg.Service("Video session service"))
    # Applies the notary's electronic seal and digital certificate to the document.
    sealing = tm.add(
        tg.Service(
            "Notarization and sealing service",
            controls={
                c.HumanInTheLoop(approver="the commissioned notary"),
                c.SecretsManagement(note="notary signing certificates held in a cloud HSM"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

    with tm.boundary("Evidence vault", trust=tg.Trust.RESTRICTED):
        # Recordings of every session, kept as evidence of the notarial act.
        recordings = tm.add(
            tg.DataStore(
                "Session recording store",
                stores={recording},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RetentionLimits(days=3650),
                },
            )
        )
        # Uploaded and notarized documents.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={document, notarized, id_images},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # The electronic notary journal each state requires.
        journal = tm.add(
            tg.DataStore(
                "Electronic notary journal",
                stores={journal_entry, id_result},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# Signer onboarding and ID capture
tm.flow(signer, signer_api, document, id_images, live_frames, protocol="https")
tm.flow(signer_api, signer, session_status, kba_questions, protocol="https")
tm.flow(signer, signer_api, kba_answers, protocol="https", label="KBA answers")
tm.flow(business, business_api, document, protocol="https")
tm.flow(business_api, business, notarized, session_status, protocol="https")
tm.flow(business_api, doc_store, document)
tm.flow(signer_api, doc_store, document, id_images)

# Identity verification
tm.flow(signer_api, idv, id_images, live_frames, kba_answers)
tm.flow(idv, signer_api, kba_questions, session_status)
tm.flow(idv, doc_auth, id_images, protocol="https")
tm.flow(doc_auth, idv, doc_verdict, identity_attrs, protocol="https")
tm.flow(idv, face_match, id_images, live_frames)
tm.flow(face_match, idv, match_score)
tm.flow(idv, kba, identity_attrs, kba_answers, protocol="https")
tm.flow(kba, idv, kba_questions, kba_result, protocol="https")
tm.flow(idv, journal, id_result)
tm.flow(idv, notary_portal, id_result, label="ID check shown to the notary")

# Video session
tm.flow(signer, video_svc, video, protocol="srtp", label="signer webcam")
tm.flow(video_svc, signer, video, protocol="srtp")
tm.flow(notary, video_svc, video, protocol="srtp", label="notary webcam")
tm.flow(video_svc, notary, video, protocol="srtp")
tm.flow(video_svc, recordings, recording)

# Notarial act
tm.flow(notary, notary_portal, seal_decision, protocol="https")
tm.flow(notary_portal, notary, id_result, document, protocol="https")
tm.flow(doc_store, notary_portal, document)
tm.flow(notary_portal, sealing, seal_decision)
tm.flow(doc_store, sealing, document)
tm.flow(sealing, doc_store, notarized)
tm.flow(sealing, journal, journal_entry)
tm.flow(doc_store, signer_api, notarized)
tm.flow(signer_api, signer, notarized, protocol="https", label="download notarized copy")
tm.flow(doc_store, business_api, notarized)
